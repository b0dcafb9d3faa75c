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

/** A language's messages: its own file and its live quote file (`<lang>-quote.ts`, loaded with the quote module). */
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
