/**
 * Amounts in the API are integers in the currency's ISO 4217 minor unit (cents, or whole yen).
 * The exponent comes from ISO 4217 List One, not from `Intl.NumberFormat`: CLDR's display digits
 * differ for many currencies (HUF, IDR, COP, PKR… show 0 digits but have 2 minor units; IQD shows
 * 0 but has 3), and using them would misread the API's amounts by a factor of 100 or 1000.
 */

import { CURRENCY_CODES, type CurrencyCode } from '../api/enums.js';
import { ENGLISH_CURRENCY_PREFIXES } from './data/english-currency-prefixes.js';
import { groupByThrees, isEnglish, signOf } from './english-numbers.js';

/** ISO 4217 List One exponents other than 2 (the exponent of every other currency). */
const MINOR_UNITS_OTHER_THAN_TWO: Readonly<Record<string, number>> = {
  // 0: no minor unit in use.
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  // 3: thousandths (fils, baisa, dirham…).
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  // 4: units of account.
  CLF: 4, UYW: 4,
};

/** The ISO 4217 exponent of `currency` (case-insensitive): JPY 0, USD 2, KWD 3. */
export function minorUnits(currency: string): number {
  return MINOR_UNITS_OTHER_THAN_TWO[currency.toUpperCase()] ?? 2;
}

/** `amountMinor` as a major-unit amount: 3900 USD → 39, 1250 KWD → 1.25. */
export function toMajorUnits(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorUnits(currency);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** An amount in English without Intl: exactly what `Intl.NumberFormat('en', currency)` writes (held by a property test). */
function formatEnglish(amountMinor: number, currency: string): string | undefined {
  if (!Number.isSafeInteger(amountMinor) || !CURRENCY_CODES.includes(currency as CurrencyCode)) return undefined;
  const digits = minorUnits(currency);
  const minor = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const whole = groupByThrees(minor.slice(0, minor.length - digits));
  return `${signOf(amountMinor)}${ENGLISH_CURRENCY_PREFIXES[currency as CurrencyCode] ?? `${currency}\u00a0`}${whole}${digits ? `.${minor.slice(-digits)}` : ''}`;
}

/**
 * Whether formatting an amount in `locale` costs next to nothing now: English, or a page that has
 * made a number formatter already. Otherwise the first one loads the data every formatter shares,
 * and the checkout renders its form first and its amounts in the task after (`prepareMoney`).
 */
export function moneyReady(locale: string): boolean {
  return isEnglish(locale) || formatters.size > 0;
}

/** Makes the page's first number formatter (a currency formatter for `locale`, unless English needs none): later ones cost next to nothing. */
export function prepareMoney(locale: string): void {
  formatMoney(0, 'USD', locale);
}

function formatterFor(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = minorUnits(currency);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * `amountMinor` (ISO 4217 minor units) formatted for `locale`, always with the currency's ISO
 * digits: 3900 USD → "$39.00", 1500 JPY → "¥1,500", 1250 KWD → "KWD 1.250". An unusable locale
 * falls back to English; a malformed currency code to "1,250.00 XYZ" rather than throwing.
 */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  const english = isEnglish(locale) ? formatEnglish(amountMinor, currency.toUpperCase()) : undefined;
  if (english !== undefined) return english;
  const amount = toMajorUnits(amountMinor, currency);
  for (const candidate of [locale, 'en']) {
    try {
      return formatterFor(currency.toUpperCase(), candidate).format(amount);
    } catch {
      // RangeError: a malformed locale or currency; try the next, then format without currency.
    }
  }
  const digits = minorUnits(currency);
  return `${new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount)} ${currency}`;
}
