/**
 * The English amounts and counts the checkout writes without Intl (src/intl/money.ts, src/intl/english-numbers.ts) against this
 * browser's own Intl.NumberFormat: the symbol table comes from Node's CLDR, the shopper's browser
 * brings its own. (The English country order is held to the browser's collator in
 * tests/e2e/cdn-bundle.spec.ts.)
 */
import { expect, test } from '@playwright/test';

test('English amounts and counts are what this browser\'s Intl.NumberFormat writes, for every billing currency', async ({ page }) => {
  await page.goto('/tests/browser/fixtures/checkout.html');
  const mismatches = await page.evaluate(async () => {
    // The dev server's URLs: the same modules the element imports.
    const moneyPath = '/src/intl/money.ts';
    const numbersPath = '/src/intl/english-numbers.ts';
    const enumsPath = '/src/api/enums.ts';
    const { formatMoney, minorUnits } = (await import(moneyPath)) as typeof import('../../src/intl/money.js');
    const { englishCount } = (await import(numbersPath)) as typeof import('../../src/intl/english-numbers.js');
    const { CURRENCY_CODES } = (await import(enumsPath)) as typeof import('../../src/api/enums.js');
    const found: string[] = [];
    for (const tag of ['en', 'en-US']) {
      for (const currency of CURRENCY_CODES) {
        const digits = minorUnits(currency);
        const intl = new Intl.NumberFormat(tag, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
        for (const amount of [0, -0, 7, 99, 2400, -2400, 100_000, 123_456_789, -987_654_321_012]) {
          const ours = formatMoney(amount, currency, tag);
          const theirs = intl.format(amount / 10 ** digits);
          if (ours !== theirs) found.push(`${tag} ${currency} ${amount}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`);
        }
      }
      const counts = new Intl.NumberFormat(tag);
      for (const count of [0, 1, 12, 249, 1000, -1234, 1_234_567]) {
        if (englishCount(count, tag) !== counts.format(count)) found.push(`${tag} count ${count}: ${englishCount(count, tag)} ≠ ${counts.format(count)}`);
      }
    }
    return found;
  });
  expect(mismatches).toEqual([]);
});
