/**
 * Numbers as English writes them, without `Intl.NumberFormat`: the digits, grouping and sign rules
 * the checkout's English amounts (`money.ts`) and counts (`messages/message-format.ts`) share.
 */

/**
 * The tags whose amounts and counts are written without `Intl.NumberFormat` (CLDR's "en", which
 * "en-US" equals). A page's first number formatter is a long task of its own (about 60 ms at full
 * speed on the benchmark machine, four times that on a slow phone): V8 builds its list of
 * available locales, which every `Intl` formatter but `PluralRules` shares. English needs none of
 * it: the same digits, grouping and symbols, from `scripts/generate-currency-prefixes.mjs`.
 */
export const isEnglish = (locale: string) => locale === 'en' || locale === 'en-US';

/** `digits` (ASCII, no sign) grouped by threes with ",", as English writes them. */
export function groupByThrees(digits: string): string {
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}

/** "-" for a number below zero and for -0, as Intl writes them. */
export const signOf = (value: number) => (value < 0 || Object.is(value, -0) ? '-' : '');

/** `count` as English writes it ("1,234"), or undefined for what Intl should write (a fraction, a huge number). */
export function englishCount(count: number, locale: string): string | undefined {
  return isEnglish(locale) && Number.isSafeInteger(count) ? signOf(count) + groupByThrees(String(Math.abs(count))) : undefined;
}
