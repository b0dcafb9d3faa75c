import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CURRENCY_CODES } from '../../../src/api/enums.js';
import { englishCount } from '../../../src/intl/english-numbers.js';
import { formatMoney, minorUnits } from '../../../src/intl/money.js';
import { formatCount } from '../../../src/intl/messages/message-format.js';

/**
 * ISO 4217 minor units (the "exponent" column of List One), written out here from the standard
 * rather than copied from the implementation, for every currency the API accepts. A currency
 * added to the API enum fails below until its exponent is written here.
 * HRK (replaced by EUR in 2023) and ANG (replaced by XCG in 2025) are now historic codes in
 * List Three; the API still accepts them, and their exponent was 2. MGA and MRU are divided
 * into fifths in use, yet ISO 4217 gives both the exponent 2.
 */
const ISO_4217_EXPONENT: Record<string, number> = Object.fromEntries(
  Object.entries({
    0: 'BIF CLP DJF GNF JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF',
    2:
      'AED ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BWP BYN BZD CAD CHF CNY ' +
      'COP CRC CUP CVE CZK DKK DOP DZD EGP ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HRK HTG ' +
      'HUF IDR ILS INR JMD KES KGS KHR KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR ' +
      'MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR ' +
      'SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SZL THB TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD ' +
      'YER ZAR ZMW',
    3: 'BHD IQD JOD KWD LYD OMR TND',
  }).flatMap(([exponent, codes]) => codes.split(' ').map((code) => [code, Number(exponent)])),
);

/**
 * Where CLDR's display digits (what `Intl.NumberFormat` uses, CLDR 48 in Node 20) differ from
 * ISO 4217: CLDR shows these without decimals, but the API counts them in ISO minor units.
 * Older CLDR versions also showed RSD and TWD without decimals.
 */
const CLDR_DISPLAY_DIGITS: Record<string, number> = {
  ALL: 0, COP: 0, HUF: 0, IDR: 0, IQD: 0, LAK: 0, LBP: 0, MGA: 0, MMK: 0, PKR: 0, SLL: 0, SOS: 0, YER: 0,
};

const spaces = (text: string) => text.replace(/\s/g, ' ');

describe('minorUnits', () => {
  it('knows the ISO 4217 exponent of every currency the API accepts', () => {
    const missing = CURRENCY_CODES.filter((currency) => !(currency in ISO_4217_EXPONENT));
    expect(missing, 'API currencies without an ISO 4217 exponent in this test').toEqual([]);
  });

  it.each(CURRENCY_CODES)('%s follows ISO 4217', (currency) => {
    expect(minorUnits(currency)).toBe(ISO_4217_EXPONENT[currency]);
  });

  it.each([
    // The tricky ones, by hand: no minor unit, thousandths, and 2 where CLDR shows 0.
    ['JPY', 0], ['KRW', 0], ['CLP', 0], ['ISK', 0], ['UGX', 0], ['VND', 0], ['XAF', 0], ['PYG', 0],
    ['KWD', 3], ['BHD', 3], ['JOD', 3], ['OMR', 3], ['TND', 3], ['IQD', 3], ['LYD', 3],
    ['HUF', 2], ['COP', 2], ['IDR', 2], ['ALL', 2], ['PKR', 2], ['MGA', 2], ['MRU', 2], ['USD', 2],
    // Codes outside the API's list: funds codes with 0 and 4 decimals, and XCG, ANG's successor.
    ['UYI', 0], ['CLF', 4], ['UYW', 4], ['XCG', 2],
    // Case does not matter.
    ['kwd', 3], ['jpy', 0],
  ] as const)('%s has %i', (currency, exponent) => {
    expect(minorUnits(currency)).toBe(exponent);
  });

  it.each(Object.entries(CLDR_DISPLAY_DIGITS))('%s does not take CLDR display digits (%i)', (currency, cldr) => {
    expect(ISO_4217_EXPONENT[currency]).not.toBe(cldr);
    expect(minorUnits(currency)).toBe(ISO_4217_EXPONENT[currency]);
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
    [123456, 'IDR', 'en-US', 'IDR 1,234.56'],
    [123456, 'COP', 'en-US', 'COP 1,234.56'],
    [1000, 'TND', 'en-US', 'TND 1.000'],
    [5000, 'CLP', 'en-US', 'CLP 5,000'],
  ])('%i %s in %s is %s', (amount, currency, locale, expected) => {
    expect(spaces(formatMoney(amount, currency, locale))).toBe(expected);
  });

  it('never throws on odd input', () => {
    expect(spaces(formatMoney(3900, 'USD', 'not a locale!'))).toBe('$39.00');
    expect(spaces(formatMoney(3900, '$$', 'en'))).toBe('39.00 $$');
  });
});

describe('English without Intl.NumberFormat', () => {
  /** What Intl writes for an amount in ISO minor units: the reference the English formatter must equal. */
  const intl = (amountMinor: number, currency: string, tag: string) => {
    const digits = minorUnits(currency);
    return new Intl.NumberFormat(tag, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amountMinor / 10 ** digits);
  };
  // Amounts whose major-unit value Intl receives exactly (a double holds 15 significant digits).
  const amounts = fc.oneof(
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.constantFrom(0, -0, 1, -1, 5, 99, 100, 999, 1000, 99_999, 100_000, 999_999, 1_000_000, 123_456_789),
  );

  it('writes every billing currency in "en" and "en-US" exactly as Intl.NumberFormat does, signs, grouping and fractions included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCY_CODES), fc.constantFrom('en', 'en-US'), amounts, (currency, tag, amount) => {
        expect(formatMoney(amount, currency, tag)).toBe(intl(amount, currency, tag));
        expect(formatMoney(amount, currency.toLowerCase(), tag)).toBe(intl(amount, currency, tag));
      }),
      { numRuns: 3000 },
    );
    for (const currency of CURRENCY_CODES) for (const amount of [0, -0, 7, -2400, 123_456_789]) expect(formatMoney(amount, currency, 'en')).toBe(intl(amount, currency, 'en'));
  });

  it('leaves what it does not know to Intl: other English tags, fractions of a minor unit, codes outside the API', () => {
    expect(formatMoney(3900, 'USD', 'en-GB')).toBe(intl(3900, 'USD', 'en-GB'));
    expect(spaces(formatMoney(3900, 'USD', 'en-GB'))).toBe('US$39.00');
    expect(formatMoney(1234.5, 'USD', 'en')).toBe('$12.35');
    expect(spaces(formatMoney(3900, 'XAU', 'en'))).toBe('XAU 39.00');
    expect(spaces(formatMoney(3900, '$$', 'en'))).toBe('39.00 $$');
  });

  it('writes counts in English as Intl does, and other languages through Intl', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e15, max: 1e15 }), fc.constant(-0)), fc.constantFrom('en', 'en-US'), (count, tag) => {
        expect(formatCount(tag, count)).toBe(new Intl.NumberFormat(tag).format(count));
      }),
    );
    expect(englishCount(1.5, 'en')).toBeUndefined();
    expect(formatCount('en', 1.5)).toBe('1.5');
    expect(englishCount(1234, 'fr')).toBeUndefined();
    expect(spaces(formatCount('fr', 1234))).toBe('1 234');
    expect(formatCount('ar-EG', 12)).toBe('١٢');
  });
});

describe('moneyReady and prepareMoney', () => {
  it('English is ready from the start and makes no number formatter; another language is ready once prepareMoney has made one', async () => {
    vi.resetModules();
    const money = await import('../../../src/intl/money.js');
    const original = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = new Proxy(original, { construct: (target, args) => (made += 1, Reflect.construct(target, args)) });
    try {
      expect(money.moneyReady('en')).toBe(true);
      expect(money.moneyReady('en-US')).toBe(true);
      expect(money.formatMoney(123456, 'EUR', 'en')).toBe('€1,234.56');
      money.prepareMoney('en');
      expect(made).toBe(0);
      expect(money.moneyReady('de')).toBe(false);
      expect(money.moneyReady('en-GB')).toBe(false);
      money.prepareMoney('de');
      expect(made).toBe(1);
      expect(money.moneyReady('de')).toBe(true);
      expect(money.moneyReady('en-GB')).toBe(true);
      expect(money.formatMoney(123456, 'EUR', 'de')).toBe(new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }).format(1234.56));
    } finally {
      Intl.NumberFormat = original;
    }
  });

  // In the browser the form view writes no such amount until then (tests/e2e/cdn-bundle.spec.ts).
  it('on the server the form view writes the amounts from the start, in any language', async () => {
    vi.resetModules();
    const money = await import('../../../src/intl/money.js');
    const { formView } = await import('../../../src/templates/form-view.js');
    const view = (lang: string) => formView({ t: ((key: string) => key) as never, lang, textLocale: lang }, { values: {}, problems: new Map() } as never, undefined);
    expect(money.moneyReady('de-DE')).toBe(false);
    expect(spaces(view('de-DE').money(2400, 'USD'))).toBe('24,00 $');
    expect(view('en-US').money(1500, 'JPY')).toBe('¥1,500');
  });
});
