import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES } from '../../../src/api/enums.js';
import { formatMoney, minorUnits } from '../../../src/intl/money.js';

// ISO 4217 List One exponents of the API's currencies that are not 2; every other one is 2.
const ISO_4217_NOT_TWO: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
};
// Where CLDR's display digits (what Intl reports) differ from ISO 4217: the trap this module avoids.
const CLDR_DIFFERS = ['ALL', 'COP', 'HUF', 'IDR', 'IQD', 'LAK', 'LBP', 'MGA', 'MMK', 'PKR', 'RSD', 'SOS', 'TWD', 'YER'];

const spaces = (text: string) => text.replace(/\s/g, ' ');

describe('minorUnits', () => {
  it.each(CURRENCY_CODES)('%s follows ISO 4217', (currency) => {
    expect(minorUnits(currency)).toBe(ISO_4217_NOT_TWO[currency] ?? 2);
  });

  it('does not take CLDR display digits', () => {
    for (const currency of CLDR_DIFFERS) {
      expect(minorUnits(currency), currency).toBe(ISO_4217_NOT_TWO[currency] ?? 2);
    }
    expect(minorUnits('HUF')).toBe(2);
    expect(minorUnits('ISK')).toBe(0);
    expect(minorUnits('kwd')).toBe(3);
  });
});

describe('formatMoney', () => {
  it.each([
    [3900, 'USD', 'en-US', '$39.00'],
    [1500, 'JPY', 'en-US', '¥1,500'],
    [1500, 'JPY', 'ja-JP', '￥1,500'],
    [1250, 'KWD', 'en', 'KWD 1.250'],
    [123456, 'EUR', 'de-DE', '1.234,56 €'],
    [3900, 'EUR', 'fr-FR', '39,00 €'],
    [1000, 'SEK', 'sv-SE', '10,00 kr'],
    [3900, 'BRL', 'pt-BR', 'R$ 39,00'],
    [3900, 'USD', 'en-CA', 'US$39.00'],
    [1000, 'IQD', 'en-US', 'IQD 1.000'],
    [100000, 'HUF', 'en-US', 'HUF 1,000.00'],
  ])('%i %s in %s is %s', (amount, currency, locale, expected) => {
    expect(spaces(formatMoney(amount, currency, locale))).toBe(expected);
  });

  it('never throws on odd input', () => {
    expect(spaces(formatMoney(3900, 'USD', 'not a locale!'))).toBe('$39.00');
    expect(spaces(formatMoney(3900, '$$', 'en'))).toBe('39.00 $$');
  });
});
