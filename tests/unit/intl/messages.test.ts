import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CITY_LABEL_KINDS, STATE_LABEL_KINDS, ZIP_LABEL_KINDS } from '../../../src/intl/address-format.js';
import { decodeCountryNames } from '../../../src/intl/country-names.js';
import { COUNTRY_CODES } from '../../../src/api/enums.js';
import core, { type Messages } from '../../../src/intl/messages/en.js';
import enQuote from '../../../src/intl/messages/en-quote.js';
import { formatMessage, type MessageValue } from '../../../src/intl/messages/message-format.js';
import { reviveMessages, serializeMessages } from '../../../src/intl/messages/message-json.js';
import { UI_LANGUAGES } from '../../../src/intl/ui-languages.js';

/** Every English message: the bundled ones and the live quote's, which its module brings. */
const en: Messages = { ...core, ...enQuote };

/** A language's messages: its own file and its live quote file (`<lang>-quote.ts`, loaded with it; English's with the quote module). */
async function messagesOf(lang: string): Promise<Messages> {
  if (lang === 'en') return en;
  const [core, quote] = await Promise.all([import(`../../../src/intl/messages/${lang}.ts`), import(`../../../src/intl/messages/${lang}-quote.ts`)]);
  return { ...core.default, ...quote.default };
}

const SAMPLE_STRINGS = ['«X»', ''];
const SAMPLE_NUMBERS = [0, 1, 2, 3, 5, 11, 100, 101];

/** Every way the element may call a message, with the argument kinds its English form implies. */
function sampleCalls(key: keyof Messages): unknown[][] {
  const reference = en[key] as MessageValue;
  if (typeof reference === 'string') return [[]];
  if (typeof reference === 'function') return [Array.from({ length: reference.length }, (_, index) => `«arg${index}»`)];
  const numeric = typeof reference === 'object' && ('one' in reference || '=0' in reference);
  return (numeric ? SAMPLE_NUMBERS : SAMPLE_STRINGS).map((value) => [value]);
}

/** Names that are the same in every language: Ireland's postcode system, Korea's province/city kind. */
// `taxRate` only joins the tax's name and rate; GST is the tax's own name where it applies.
const SAME_AS_ENGLISH_EVERYWHERE = ['zip_eircode', 'state_do_si', 'taxRate', 'tax_gst'];

/**
 * Words spelled as in English in that language: the native checkout word (Dutch "Postcode", French
 * "Province", Romanian "Card"), "Oblast" as Latin-script languages borrow it, and loanwords a
 * native checkout uses ("Email" in Greek, Indonesian, Vietnamese and Filipino checkouts).
 */
const SAME_AS_ENGLISH: Partial<Record<string, readonly string[]>> = {
  ca: ['subtotal', 'total'],
  cs: ['state_oblast'],
  da: ['state_region', 'state_oblast', 'subtotal'],
  de: ['optional', 'state_region', 'state_oblast'],
  el: ['email'],
  es: ['subtotal', 'total'],
  et: ['state_oblast'],
  fil: ['email', 'zip_zip', 'subtotal', 'cryptocurrency', 'tax_vat', 'tax_sales', 'tax_jct', 'billingCurrencyTitle'],
  fr: ['state_province', 'state_oblast', 'state_district', 'city_district', 'total'],
  hr: ['state_oblast'],
  id: ['email', 'state_oblast', 'subtotal', 'total'],
  it: ['state_oblast'],
  lv: ['state_province'],
  nb: ['state_region', 'state_oblast'],
  nl: ['state_oblast', 'state_district', 'city_district', 'zip_postcode', 'taxIncluded'],
  pl: ['state_region', 'tax_vat'],
  pt: ['state_oblast', 'subtotal', 'total'],
  'pt-BR': ['subtotal', 'total'],
  ro: ['state_district', 'subtotal', 'total', 'card', 'taxIncluded'],
  sl: ['state_oblast'],
  sv: ['state_region', 'state_oblast'],
  tr: ['state_oblast'],
  vi: ['email', 'tax_vat'],
  hi: ['tax_vat'],
  ja: ['tax_vat'],
  ms: ['tax_vat'],
  th: ['tax_vat'],
};

describe('the language list', () => {
  it('has a message file for each language and no file without one', () => {
    const dir = fileURLToPath(new URL('../../../src/intl/messages', import.meta.url));
    const files = readdirSync(dir).filter((file) => !file.startsWith('message-')).map((file) => file.replace(/\.ts$/, ''));
    expect(files.filter((file) => !file.endsWith('-quote')).sort()).toEqual([...UI_LANGUAGES].sort());
    // The live quote's messages, one file a language, loaded with the language (English's with the quote module).
    expect(files.filter((file) => file.endsWith('-quote')).sort()).toEqual(UI_LANGUAGES.map((lang) => `${lang}-quote`).sort());
    expect(UI_LANGUAGES.length).toBeGreaterThanOrEqual(40);
  });
});

describe.each(UI_LANGUAGES)('messages in %s', (lang) => {
  it('have every English key, of the same kind, with text for every call', async () => {
    const messages = await messagesOf(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof Messages>) {
      const value = messages[key] as MessageValue;
      expect(typeof value, key).toBe(typeof en[key]);
      for (const args of sampleCalls(key)) {
        const text = formatMessage(value, args, lang);
        expect(text.trim(), `${key}(${args.join(', ')})`).not.toBe('');
        // A non-empty argument must show up in the text (except plural forms that spell out one/two).
        const shown = args.filter((arg) => typeof arg === 'string' && arg !== '');
        for (const arg of shown) expect(text, key).toContain(arg);
      }
    }
  });

  it('survive the JSON round trip of the CDN build exactly (functions only interpolate)', async () => {
    const messages = await messagesOf(lang);
    const revived = reviveMessages(JSON.parse(JSON.stringify(serializeMessages(messages))));
    for (const key of Object.keys(en) as Array<keyof Messages>) {
      for (const args of sampleCalls(key)) {
        expect(formatMessage(revived[key] as MessageValue, args, lang), key).toBe(formatMessage(messages[key] as MessageValue, args, lang));
      }
    }
  });

  it('have exactly the plural forms CLDR gives the language, and counts in its digits', async () => {
    const messages = await messagesOf(lang);
    const rules = new Intl.PluralRules(lang);
    const categories = rules.resolvedOptions().pluralCategories;
    for (const key of Object.keys(en) as Array<keyof Messages>) {
      const reference = en[key] as MessageValue;
      if (typeof reference !== 'object' || !('one' in reference || '=0' in reference)) continue;
      const keys = Object.keys(messages[key] as object);
      // A category may go without a form only where exact forms cover all its numbers (Arabic "zero" by "=0").
      const coveredByExactForms = (category: string) =>
        Array.from({ length: 1001 }, (_, n) => n).every((n) => rules.select(n) !== category || keys.includes(`=${n}`));
      const forms = keys.filter((form) => !form.startsWith('='));
      expect(forms.sort(), `${lang} ${key}`).toEqual(categories.filter((category) => forms.includes(category) || !coveredByExactForms(category)).sort());
      const count = 1234567;
      expect(formatMessage(messages[key] as MessageValue, [count], lang), key).toContain(new Intl.NumberFormat(lang).format(count));
    }
  });

  it('leave nothing in English but names and codes', async () => {
    const messages = await messagesOf(lang);
    if (lang === 'en') return;
    const allowed = new Set([...SAME_AS_ENGLISH_EVERYWHERE, ...(SAME_AS_ENGLISH[lang] ?? [])]);
    const untranslated = (Object.keys(en) as Array<keyof Messages>).filter((key) =>
      sampleCalls(key).some((args) => formatMessage(messages[key] as MessageValue, args, lang) === formatMessage(en[key] as MessageValue, args, 'en')),
    );
    const unexpected = untranslated.filter((key) => !allowed.has(key));
    expect(unexpected, unexpected.map((key) => `${key}: ${JSON.stringify(formatMessage(messages[key] as MessageValue, sampleCalls(key)[0]!, lang))}`).join('; ')).toEqual([]);
    // The allowlist holds only what is still the same, so it cannot hide a later regression.
    expect([...(SAME_AS_ENGLISH[lang] ?? [])].filter((key) => !untranslated.includes(key as keyof Messages))).toEqual([]);
  });

  it('name every API country', async () => {
    const { names } = await import(`../../../src/intl/data/countries/${lang}.ts`);
    expect(names.split('|')).toHaveLength(COUNTRY_CODES.length);
    const decoded = decodeCountryNames(names);
    for (const code of COUNTRY_CODES) expect(decoded[code]?.trim(), `${lang} ${code}`).toBeTruthy();
  });
});

/** The element's sources, messages aside: where every message must be used. */
function sourceText(dir = fileURLToPath(new URL('../../../src', import.meta.url))): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'messages' || entry.name === 'data' ? '' : sourceText(path);
      return entry.name.endsWith('.ts') ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
}

describe('English messages', () => {
  it('are all used: no message is left that the element never shows', () => {
    const source = sourceText();
    const labelKinds = new Set([...STATE_LABEL_KINDS.map((kind) => `state_${kind}`), ...CITY_LABEL_KINDS.map((kind) => `city_${kind}`), ...ZIP_LABEL_KINDS.map((kind) => `zip_${kind}`)]);
    // Label keys are built from the address data's kinds (`zip_${format.zipLabel}`); every other key is named in the code.
    const unused = Object.keys(en).filter((key) => !labelKinds.has(key) && !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('label every address label kind the data uses', () => {
    const keys = Object.keys(en);
    for (const kind of STATE_LABEL_KINDS) expect(keys).toContain(`state_${kind}`);
    for (const kind of CITY_LABEL_KINDS) expect(keys).toContain(`city_${kind}`);
    for (const kind of ZIP_LABEL_KINDS) expect(keys).toContain(`zip_${kind}`);
  });

  it('choose forms by value', () => {
    expect(formatMessage(en.pay, ['$39.00'], 'en')).toBe('Pay $39.00');
    expect(formatMessage(en.formHasErrors, [1], 'en')).toBe('1 field needs your attention.');
    expect(formatMessage(en.formHasErrors, [3], 'en')).toBe('3 fields need your attention.');
    expect(formatMessage(en.rateLimited, [0], 'en')).toBe('Too many attempts. Wait a moment and try again.');
    expect(formatMessage(en.invalidPostalCode, [''], 'en')).toBe('Enter a valid postal code.');
    expect(formatMessage(en.invalidPostalCode, ['SW1A 2AA'], 'en')).toBe('Enter a valid postal code, for example SW1A 2AA.');
  });

  it('use Arabic plural forms in Arabic', async () => {
    const ar = await messagesOf('ar');
    expect(formatMessage(ar.formHasErrors, [2], 'ar')).toBe('حقلان يحتاجان إلى مراجعة.');
    expect(formatMessage(ar.formHasErrors, [4], 'ar')).toBe('4 حقول تحتاج إلى مراجعة.');
  });
});

describe('fetched JSON', () => {
  it('drops malformed entries instead of failing', () => {
    expect(reviveMessages({ pay: 42, apply: 'Use', each: ['{0} each'], formHasErrors: { one: 1 } })).toEqual({ apply: 'Use', each: expect.any(Function) });
    expect(reviveMessages(null)).toEqual({});
  });
});
