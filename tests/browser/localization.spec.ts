/**
 * What a shopper reading another language than English sees and hears: announcements, error
 * messages, labels and the state list in the shown language.
 */
import { expect, test, type Page } from '@playwright/test';
import ar from '../../src/intl/messages/ar.js';
import de from '../../src/intl/messages/de.js';
import { CART, type Attributes } from './support.js';

/** Mounts one element with `locale` set and waits until its texts are in that language. */
async function mountIn(page: Page, locale: string, countryLabel: string, attributes: Attributes = {}) {
  await page.goto('/tests/browser/fixtures/checkout.html');
  const all: Attributes = { endpoint: '/api/test-proxy', cart: JSON.stringify(CART), currency: 'USD', country: 'US', locale, ...attributes };
  await page.evaluate((attributes: Attributes) => {
    const element = document.createElement('dodo-checkout');
    for (const [name, value] of Object.entries(attributes)) {
      if (value === true) element.setAttribute(name, '');
      else if (value !== false) element.setAttribute(name, value);
    }
    document.querySelector('#host')!.append(element);
  }, all);
  await page.evaluate(() => customElements.whenDefined('dodo-country-combobox'));
  const combobox = page.getByRole('combobox', { name: countryLabel });
  await expect(combobox).toBeVisible();
  return combobox;
}

/** The country picker's polite live region (the count of matches). */
const resultsAnnouncement = (page: Page) => page.locator('dodo-country-combobox [aria-live="polite"]');

test.describe('the country list announces its matches in the shown language', () => {
  test('German', async ({ page }) => {
    const combobox = await mountIn(page, 'de', de.country);
    await combobox.fill('Deutschland');
    await expect(resultsAnnouncement(page)).toHaveText('1 Ergebnis');
    await combobox.fill('ien');
    await expect(resultsAnnouncement(page)).toHaveText(/^\d{2,} Ergebnisse$/);
  });

  test('Arabic, with its dual and plural forms', async ({ page }) => {
    const combobox = await mountIn(page, 'ar', ar.country);
    await combobox.fill('مصر');
    await expect(resultsAnnouncement(page)).toHaveText('نتيجة واحدة');
    await combobox.fill('غينيا');
    // غينيا, غينيا الاستوائية, غينيا بيساو, بابوا غينيا الجديدة: 3–10 takes the "few" form.
    await expect(resultsAnnouncement(page)).toHaveText(/^\d+ نتائج$/);
  });
});
