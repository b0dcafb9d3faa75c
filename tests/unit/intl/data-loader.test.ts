import { describe, expect, it } from 'vitest';
import { loadLocaleData } from '../../../src/intl/data-loader.js';
import enQuote from '../../../src/intl/messages/en-quote.js';
import { QUOTE_MESSAGES } from '../../../src/quote/quote-messages.js';
import { UI_LANGUAGES } from '../../../src/intl/ui-languages.js';

describe('npm data loader', () => {
  it('brings each language\'s live quote messages with its other messages, so the quote module carries English alone', async () => {
    expect(Object.keys(QUOTE_MESSAGES)).toEqual(['en']);
    for (const lang of UI_LANGUAGES.filter((candidate) => candidate !== 'en')) {
      const [data, quote] = await Promise.all([loadLocaleData(lang), import(`../../../src/intl/messages/${lang}-quote.ts`)]);
      expect(Object.keys(quote.default).sort(), lang).toEqual(Object.keys(enQuote).sort());
      for (const [key, value] of Object.entries(quote.default)) expect(data.messages[key as keyof typeof data.messages], `${lang}.${key}`).toBe(value);
      expect(data.messages.pay, lang).toBeDefined();
    }
  });
});
