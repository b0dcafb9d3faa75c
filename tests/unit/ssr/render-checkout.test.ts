/**
 * `renderCheckout` on Node: a declarative shadow root the browser can attach, no inline script,
 * no inline style unless asked for (then the stylesheet's rules, with the nonce), every attribute
 * value and text escaped, the language from the options or Accept-Language.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../../scripts/vite/minify-css-literals.js';
import { checkoutHeadTags, checkoutStyleHash, chooseLocale, renderCheckout } from '../../../src/ssr/index.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const assets = { base: 'https://cdn.example/dodo/' };
const cart = [{ product_id: 'pdt_mug', quantity: 1, name: 'Mug "<script>alert(1)</script>', price: 2400 }];
const options = { endpoint: '/api/payments', currency: 'USD', country: 'US', cart };

const isElement = (node: Node): node is Element => 'tagName' in node;
const children = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);
function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  for (const child of children(node)) yield* elements(child);
  if (isElement(node) && node.tagName === 'template') yield* elements((node as DefaultTreeAdapterMap['template']).content);
}
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

describe('renderCheckout', () => {
  it('writes each line\'s amount, and its unit price when there is more than one', async () => {
    const lines = [
      { product_id: 'pdt_beans', quantity: 2, name: 'Beans', price: 2400 },
      { product_id: 'pdt_mug', quantity: 1, name: 'Mug', price: 1200 },
    ];
    const text = (await renderCheckout({ ...options, cart: lines }, { assets })).replace(/<!--[^>]*-->/g, '');
    expect(text).toContain('$48.00');
    expect(text).toContain('($24.00 each)');
    expect(text).toContain('$12.00');
    expect(text).not.toContain('$12.00 each');
  });

  it('writes <dodo-checkout> with its options and a declarative shadow root holding the form', async () => {
    const markup = await renderCheckout(options, { assets });
    const fragment = parseFragment(markup);
    const [host, ...rest] = fragment.childNodes.filter(isElement);
    expect(rest).toEqual([]);
    expect(host!.tagName).toBe('dodo-checkout');
    expect(attribute(host!, 'endpoint')).toBe('/api/payments');
    expect(JSON.parse(attribute(host!, 'cart')!)).toEqual(cart);
    const template = host!.childNodes.filter(isElement)[0] as DefaultTreeAdapterMap['template'];
    expect(template.tagName).toBe('template');
    expect(attribute(template, 'shadowrootmode')).toBe('open');
    const inside = [...elements(template.content)];
    expect(inside[0]!.tagName, 'the stylesheet comes first, before anything it styles').toBe('link');
    expect(attribute(inside[0]!, 'href')).toBe('https://cdn.example/dodo/dodo-checkout.css');
    const wrapper = inside.find((element) => attribute(element, 'class') === 'checkout')!;
    expect(wrapper.attrs.some((attr) => attr.name === 'hidden'), 'the form is hidden until the stylesheet shows it').toBe(true);
    const ids = inside.map((element) => attribute(element, 'id')).filter(Boolean);
    expect(ids).toEqual(expect.arrayContaining(['email', 'name', 'country', 'street', 'city', 'state', 'zipcode']));
    // The country is the native select, with the configured country chosen.
    const country = inside.find((element) => attribute(element, 'id') === 'country')!;
    expect(country.tagName).toBe('select');
    const chosen = [...elements(country)].filter((option) => option.attrs.some((attr) => attr.name === 'selected'));
    expect(chosen.map((option) => attribute(option, 'value'))).toEqual(['US']);
    // Pay cannot submit the bare form before the script runs.
    const pay = inside.find((element) => element.tagName === 'button' && attribute(element, 'type') === 'submit')!;
    expect(pay.attrs.some((attr) => attr.name === 'disabled')).toBe(true);
  });

  it('lists every country once, named in the page language, with no hydration markers per country', async () => {
    const markup = await renderCheckout({ ...options, country: 'DE' }, { assets, acceptLanguage: 'de-DE' });
    const inside = [...elements(parseFragment(markup) as unknown as Node)];
    const country = inside.find((element) => attribute(element, 'id') === 'country')!;
    const listed = [...elements(country)].filter((element) => element.tagName === 'option' && attribute(element, 'value'));
    expect(listed.length).toBeGreaterThanOrEqual(249);
    expect(new Set(listed.map((option) => attribute(option, 'value'))).size).toBe(listed.length);
    const text = (element: Element) => children(element).map((node) => ('value' in node ? node.value : '')).join('');
    expect(text(listed.find((option) => attribute(option, 'value') === 'DE')!)).toBe('Deutschland');
    expect(listed.filter((option) => option.attrs.some((attr) => attr.name === 'selected')).map((option) => attribute(option, 'value'))).toEqual(['DE']);
    const list = markup.slice(markup.indexOf('<select id="country"'), markup.indexOf('</select>', markup.indexOf('<select id="country"')));
    expect(list.match(/<!--/g)?.length ?? 0, 'markers in the country list').toBeLessThanOrEqual(4);
  });

  it('writes no inline script or style, and no style attribute', async () => {
    const markup = await renderCheckout({ ...options, termsUrl: 'https://shop.example/terms' }, { assets });
    const all = [...elements(parseFragment(markup) as unknown as Node)];
    expect(all.filter((element) => element.tagName === 'script' || element.tagName === 'style')).toEqual([]);
    expect(all.filter((element) => attribute(element, 'style') !== undefined)).toEqual([]);
    expect(markup).not.toMatch(/<style|<script/i);
  });

  it('with styles: \'inline\', carries the element\'s rules in a <style> first in the shadow root, with the nonce, and no link', async () => {
    const markup = await renderCheckout(options, { assets, styles: 'inline', nonce: 'r4nd0m+/=' });
    const host = parseFragment(markup).childNodes.find(isElement)!;
    const template = host.childNodes.filter(isElement)[0] as DefaultTreeAdapterMap['template'];
    const inside = [...elements(template.content)];
    const style = inside[0]!;
    expect(style.tagName, 'the rules come first, before anything they style').toBe('style');
    expect(attribute(style, 'nonce')).toBe('r4nd0m+/=');
    expect(inside.filter((element) => element.tagName === 'link' || element.tagName === 'style')).toEqual([style]);
    expect(inside.find((element) => attribute(element, 'class') === 'checkout')!.attrs.some((attr) => attr.name === 'hidden'), 'styled from the start: nothing hidden').toBe(false);
    const rules = children(style).map((node) => ('value' in node ? node.value : '')).join('');
    // The rules the stylesheet holds: the host's custom properties and the submit button's.
    expect(rules).toContain(':host');
    expect(rules).toContain('--dodo-color-accent');
    expect(rules).toMatch(/\.submit\b/);
    // The hash a policy names is the hash of exactly that text.
    expect(checkoutStyleHash()).toBe(`'sha256-${createHash('sha256').update(rules).digest('base64')}'`);
    // No nonce: a bare <style>, for a policy that names the hash.
    const bare = parseFragment(await renderCheckout(options, { assets, styles: 'inline' }));
    const bareStyle = [...elements(bare as unknown as Node)].find((element) => element.tagName === 'style')!;
    expect(bareStyle.attrs).toEqual([]);
  });

  it('holds the same rules inline as the stylesheet it links to', async () => {
    const markup = await renderCheckout(options, { assets, styles: 'inline' });
    const inline = markup.slice(markup.indexOf('<style>') + '<style>'.length, markup.indexOf('</style>'));
    // The stylesheet as the build writes it (minified), beside the rules as the source writes them.
    // (The built entry's rules are the built stylesheet's byte for byte: tests/unit/packaging/ssr-import.test.ts.)
    const folder = mkdtempSync(join(tmpdir(), 'dodo-css-'));
    try {
      const file = join(folder, 'dodo-checkout.css');
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/write-checkout-css.ts', file]);
      expect(minifyCss(inline)).toBe(minifyCss(readFileSync(file, 'utf8')));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses a nonce for linked styles, a nonce no policy could name, and styles it does not know', async () => {
    await expect(renderCheckout(options, { assets, nonce: 'n' })).rejects.toThrow(/a nonce is for styles: 'inline'/);
    for (const nonce of ['', "a b'c", 'abc==='] as const) {
      await expect(renderCheckout(options, { assets, styles: 'inline', nonce }), JSON.stringify(nonce)).rejects.toThrow(/not base64 or base64url/);
    }
    await expect(renderCheckout(options, { assets, styles: 'inline', nonce: 'aZ09+/_-==' })).resolves.toContain('<style nonce="aZ09+/_-==">');
    await expect(renderCheckout(options, { assets, styles: 'embedded' as never })).rejects.toThrow(/styles is 'link' or 'inline'/);
    expect(() => checkoutHeadTags({ base: 'https://cdn.example/' }, { styles: 'Inline' as never })).toThrow(/styles is 'link' or 'inline'/);
    // The settings are checked before the options: a wrong setting is named even beside a wrong option.
    await expect(renderCheckout({ ...options, endpont: '/x' } as never, { assets, styles: 'embedded' as never })).rejects.toThrow(/styles is 'link' or 'inline'/);
  });

  it('escapes attribute values and texts: a product name cannot open a tag', async () => {
    const markup = await renderCheckout(options, { assets });
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('Mug &quot;&lt;script&gt;alert(1)&lt;/script&gt;');
    const all = [...elements(parseFragment(markup) as unknown as Node)];
    expect(all.some((element) => element.tagName === 'script')).toBe(false);
    // The summary shows the name as text.
    const texts = JSON.stringify(parseFragment(markup), (key, value: unknown) => (key === 'parentNode' ? undefined : value));
    expect(texts).toContain('Mug \\"<script>alert(1)</script>');
  });

  it('leaves the terms box unticked and writes a link per document', async () => {
    const markup = await renderCheckout({ ...options, termsUrl: 'https://shop.example/terms?a=1&b="2"' }, { assets });
    const all = [...elements(parseFragment(markup) as unknown as Node)];
    const box = all.find((element) => attribute(element, 'id') === 'terms')!;
    expect(box.attrs.map((attr) => attr.name)).not.toContain('checked');
    expect(all.find((element) => element.tagName === 'a')!.attrs).toContainEqual({ name: 'href', value: 'https://shop.example/terms?a=1&b="2"' });
  });

  it('writes flags as bare attributes, lists and objects as the element reads them', async () => {
    const markup = await renderCheckout({ ...options, collectPhone: true, shortLink: false, allowedPaymentMethodTypes: ['credit', 'debit'], metadata: { order: 'A1' }, timeout: 20000 }, { assets });
    const host = parseFragment(markup).childNodes.find(isElement)!;
    expect(attribute(host, 'collect-phone')).toBe('');
    expect(attribute(host, 'short-link')).toBeUndefined();
    expect(attribute(host, 'allowed-payment-method-types')).toBe('credit debit');
    expect(attribute(host, 'metadata')).toBe('{"order":"A1"}');
    expect(attribute(host, 'timeout')).toBe('20000');
    expect(markup).toContain('id="phone"');
  });

  it('refuses an option the element does not have', async () => {
    await expect(renderCheckout({ ...options, endpont: '/x' } as never, { assets })).rejects.toThrow(/unknown option "endpont"/);
  });

  it('renders the language of Accept-Language and writes it as `locale`', async () => {
    const markup = await renderCheckout(options, { assets, acceptLanguage: 'xx;q=0.9, de-AT;q=0.8, en;q=0.5' });
    expect(markup).toMatch(/<dodo-checkout[^>]* locale="de-AT"/);
    expect(markup).toContain('E-Mail');
    expect(markup).toContain('>Deutschland<');
  });

  it('shows the configuration problems when the options are wrong, as the browser would', async () => {
    const markup = await renderCheckout({ endpoint: 'ftp://x', cart: '[' }, { assets });
    expect(markup).toContain('role="alert"');
    expect(markup).toContain('is not an http(s) URL');
    expect(markup).not.toContain('<form');
  });
});

describe('chooseLocale', () => {
  it('takes `locale` first, then the most wanted language there are messages for', () => {
    expect(chooseLocale('fr-CA', 'de')).toBe('fr-CA');
    expect(chooseLocale(undefined, 'tlh, sv-SE;q=0.8, de;q=0.9')).toBe('de');
    expect(chooseLocale(undefined, 'en-GB,de;q=0.9')).toBe('en-GB');
    expect(chooseLocale(undefined, '*;q=1, pt-BR;q=0.5')).toBe('pt-BR');
    expect(chooseLocale(undefined, 'de;q=0')).toBe('en');
    expect(chooseLocale(undefined, undefined)).toBe('en');
  });
});

describe('checkoutHeadTags', () => {
  it('pins the script and stylesheet when given their hashes, and escapes the URLs', () => {
    const tags = checkoutHeadTags({ base: 'https://cdn.example/a"b', integrity: { script: 'sha384-S', stylesheet: 'sha384-C' } });
    expect(tags).toContain('<script src="https://cdn.example/a&quot;b/dodo-checkout.js" defer integrity="sha384-S" crossorigin="anonymous"></script>');
    expect(tags).toContain('<link rel="preload" as="style" href="https://cdn.example/a&quot;b/dodo-checkout.css" integrity="sha384-C" crossorigin="anonymous">');
  });

  it('preloads no stylesheet for inline styles, and keeps the script and Lit\'s hydration', () => {
    const tags = checkoutHeadTags({ base: 'https://cdn.example/dist/cdn/' }, { styles: 'inline' });
    expect(tags).not.toContain('dodo-checkout.css');
    expect(tags).toContain('<script src="https://cdn.example/dist/cdn/dodo-checkout.js" defer></script>');
    expect(tags).toContain('chunks/hydrate.js');
    expect(checkoutHeadTags({ base: 'https://cdn.example/dist/cdn/' }, { styles: 'link' })).toContain('<link rel="preload" as="style" href="https://cdn.example/dist/cdn/dodo-checkout.css">');
  });

  it('fetches Lit\'s hydration module early, unchecked only where nothing is pinned, and not at all where the script is pinned with a hash of another build', () => {
    const unpinned = checkoutHeadTags({ base: 'https://cdn.example/dist/cdn/' });
    expect(unpinned).toContain('<link rel="modulepreload" href="https://cdn.example/dist/cdn/chunks/hydrate.js">');
    expect(checkoutHeadTags({ base: 'https://cdn.example/dist/cdn', integrity: false })).toContain('<link rel="modulepreload" href="https://cdn.example/dist/cdn/chunks/hydrate.js">');
    // The script checks the module against the hash it carries: a preload of unchecked bytes would
    // put them in the page's module map, and the script's own checked import would then find them.
    const pinned = checkoutHeadTags({ base: 'https://cdn.example/dist/cdn', integrity: { script: 'sha384-S' } });
    expect(pinned).not.toContain('modulepreload');
    expect(pinned).toContain('integrity="sha384-S"');
    expect(checkoutHeadTags({ base: 'https://cdn.example/dist/cdn', integrity: { script: 'sha384-S', hydrate: 'sha384-H' } }))
      .toContain('<link rel="modulepreload" href="https://cdn.example/dist/cdn/chunks/hydrate.js" integrity="sha384-H" crossorigin="anonymous">');
  });
});
