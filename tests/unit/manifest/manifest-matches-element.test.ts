/**
 * custom-elements.json is generated from the element's JSDoc, so it can only be as right as the
 * JSDoc. These tests hold it against the code: the events actually dispatched, the
 * `HTMLElementEventMap` augmentation, the reactive properties' attributes, and the React
 * wrapper's event props and JSX attribute typing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeName, CHECKOUT_OPTIONS, type OptionName } from '../../../src/config/options.js';
import { DodoCheckout } from '../../../src/dodo-checkout.js';

interface ManifestEvent {
  name: string;
  type?: { text: string };
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  events?: ManifestEvent[];
  attributes?: ManifestAttribute[];
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: Array<{ declarations?: ManifestDeclaration[] }> };
const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === 'dodo-checkout');
const documentedEvents = (declaration?.events ?? []).map((event) => event.name).sort();
const documentedAttributes = (declaration?.attributes ?? []).map((attribute) => attribute.name).sort();

/** The element's sources: everything under src/ that ships to the browser. */
function clientSources(dir = 'src'): Array<{ path: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join('src', 'server') ? [] : clientSources(path);
    return entry.name.endsWith('.ts') ? [{ path: relative('.', path), text: readFileSync(path, 'utf8') }] : [];
  });
}
const sources = clientSources();

/**
 * Events dispatched by name in the sources, with where: calls of the `emit` helper and
 * `new Event(…)` / `new CustomEvent(…)` with a literal type.
 */
function dispatchedEvents(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const patterns = [/\bemit\(\s*[^,()]+,\s*['"`]([^'"`]+)['"`]/g, /\bnew\s+(?:Custom)?Event\(\s*['"`]([^'"`]+)['"`]/g];
  for (const { path, text } of sources) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) found.set(match[1]!, [...(found.get(match[1]!) ?? []), path]);
    }
  }
  return found;
}

/**
 * Events of internal elements that never reach a merchant as part of the API: the country
 * picker's `change`, which the checkout handles on the picker itself.
 */
const INTERNAL_EVENTS: Record<string, string> = { change: 'src/components/country-combobox.ts' };

/** Keys and value types of every `interface HTMLElementEventMap` augmentation in the sources. */
function eventMapEntries(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const { text } of sources) {
    for (const block of text.matchAll(/interface\s+HTMLElementEventMap\s*\{([^}]*)\}/g)) {
      for (const entry of block[1]!.matchAll(/['"]([^'"]+)['"]\s*:\s*([\w<>]+)/g)) entries.set(entry[1]!, entry[2]!);
    }
  }
  return entries;
}

/** `type XEvent = CustomEvent<XDetail>` aliases in the sources. */
function eventAliases(): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const { text } of sources) {
    for (const match of text.matchAll(/export\s+type\s+(\w+)\s*=\s*(CustomEvent<\w+>)/g)) aliases.set(match[1]!, match[2]!);
  }
  return aliases;
}

const reactSource = readFileSync('src/react.ts', 'utf8');

describe('custom-elements.json matches <dodo-checkout>', () => {
  it('documents the element', () => {
    expect(declaration, 'a declaration with tagName dodo-checkout').toBeDefined();
    expect(documentedEvents.length).toBeGreaterThan(0);
    expect(documentedAttributes.length).toBeGreaterThan(0);
  });

  it('documents exactly the events the sources dispatch', () => {
    const dispatched = dispatchedEvents();
    for (const [name, path] of Object.entries(INTERNAL_EVENTS)) {
      expect(dispatched.get(name), `${name} is still dispatched only in ${path}`).toEqual([path]);
      dispatched.delete(name);
    }
    // Any other event a listener on the page can receive must be documented.
    const undocumented = [...dispatched].filter(([name]) => !documentedEvents.includes(name));
    expect(undocumented, 'dispatched but not in custom-elements.json (add an @fires to the class JSDoc)').toEqual([]);
    expect([...dispatched.keys()].sort()).toEqual(documentedEvents);
  });

  it('documents exactly the events typed in HTMLElementEventMap, with the same detail types', () => {
    const entries = eventMapEntries();
    expect([...entries.keys()].sort()).toEqual(documentedEvents);
    const aliases = eventAliases();
    for (const event of declaration?.events ?? []) {
      const mapped = entries.get(event.name)!;
      expect(aliases.get(mapped) ?? mapped, `type of ${event.name}`).toBe(event.type?.text);
    }
  });

  it('documents exactly the attributes of the reactive properties, with their property names', () => {
    // Reading the observed attributes finalizes the class, which reads its static `properties`.
    const observed = [...(DodoCheckout as unknown as { observedAttributes: string[] }).observedAttributes].sort();
    const properties = [...DodoCheckout.elementProperties]
      .filter(([, options]) => !options.state && options.attribute !== false)
      .map(([field, options]) => ({
        name: typeof options.attribute === 'string' ? options.attribute : String(field).toLowerCase(),
        fieldName: String(field),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const documented = (declaration?.attributes ?? [])
      .map(({ name, fieldName }) => ({ name, fieldName }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(documented).toEqual(properties);
    expect(observed).toEqual(documentedAttributes);
  });
});

describe('the React wrapper covers what custom-elements.json documents', () => {
  it('has an on… prop for every event', () => {
    const wrapped = [...reactSource.matchAll(/^\s*on\w+:\s*'([^']+)'\s+as\s+EventName/gm)].map((match) => match[1]!).sort();
    expect(wrapped).toEqual(documentedEvents);
  });

  it('types every attribute for JSX from the option table', () => {
    expect(/interface\s+DodoCheckoutAttributes\b[^{]*\bCheckoutOptionAttributes\b[^{]*\{/.test(reactSource), 'DodoCheckoutAttributes extends CheckoutOptionAttributes').toBe(true);
    expect((Object.keys(CHECKOUT_OPTIONS) as OptionName[]).map(attributeName).sort()).toEqual(documentedAttributes);
  });
});
