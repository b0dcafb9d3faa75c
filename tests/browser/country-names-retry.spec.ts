/**
 * When the English country names (every language's fallback) do not load, the country field still
 * works: it lists the countries by code, or in the shopper's language when that loaded, and shows
 * the prefilled country. The names are asked for again when the shopper focuses the field and when
 * the element is connected again, a bounded number of times, and take the codes' place without
 * losing what the shopper typed.
 *
 * The CDN bundle fetches `data/countries/en.json`, which a retry can fetch again in every browser;
 * the dev page imports a module, which Firefox never fetches again once it failed.
 */
import { expect, test, type Page } from '@playwright/test';
import { typeInto } from '../typing.js';
import { mountCheckout } from './support.js';

const CDN_NAMES = '**/cdn/data/countries/en.json';
const DEV_NAMES = '**/src/intl/data/countries/en.ts*';

/** Fails the first `failures` requests for the English names; `hold` keeps the next ones waiting until `release()`. */
async function failNames(page: Page, url: string, failures: number) {
  const state = { requests: 0, failed: 0, hold: false, release: () => {} };
  await page.route(url, async (route) => {
    state.requests += 1;
    if (state.requests <= failures) {
      await route.abort('connectionreset');
      state.failed += 1;
      return;
    }
    if (state.hold) await new Promise<void>((resolve) => (state.release = resolve));
    return route.fallback();
  });
  return state;
}

/**
 * Until every names request so far has failed in the page. An ask made while a request is under way
 * joins it (and counts as a try), so a test that counts requests lets each failure land first.
 */
async function failuresLanded(page: Page, state: { requests: number; failed: number }) {
  await expect.poll(() => state.failed).toBe(state.requests);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

/** The plain CDN page (US prefilled), once the picker is defined and the first names request is over. */
async function openCdnPage(page: Page, state: { requests: number }) {
  await page.goto('/tests/e2e/fixtures/cdn.html');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await page.evaluate(() => customElements.whenDefined('dodo-country-combobox'));
  await expect.poll(() => state.requests).toBeGreaterThan(0);
}

const country = (page: Page) => page.getByRole('combobox', { name: 'Country' });

test('a failed names load shows the prefilled country, and focusing the field loads the names', async ({ page }) => {
  const state = await failNames(page, CDN_NAMES, 1);
  await openCdnPage(page, state);
  await expect(country(page)).toHaveValue('US');
  await expect(page.getByRole('textbox', { name: /ZIP code/ })).toBeVisible();
  expect(state.requests).toBe(1);

  await country(page).focus();
  await expect(country(page)).toHaveValue('United States');
  expect(state.requests).toBe(2);
  await typeInto(country(page), 'germ');
  await expect(page.getByRole('option', { name: 'Germany', exact: true })).toBeVisible();
});

test('names that arrive while the shopper types keep the typed text and filter by it', async ({ page }) => {
  const state = await failNames(page, CDN_NAMES, 1);
  await openCdnPage(page, state);
  state.hold = true;
  await typeInto(country(page), 'germ');
  await expect.poll(() => state.requests).toBe(2);
  state.release();
  await expect(page.getByRole('option', { name: 'Germany', exact: true })).toBeVisible();
  await expect(country(page)).toHaveValue('germ');
  await country(page).press('Enter');
  await expect(country(page)).toHaveValue('Germany');
});

test('connecting the element again loads the names it lacks', async ({ page }) => {
  const state = await failNames(page, CDN_NAMES, 1);
  await openCdnPage(page, state);
  await expect(country(page)).toHaveValue('US');
  await page.evaluate(() => {
    const element = document.querySelector('dodo-checkout')!;
    element.remove();
    document.body.append(element);
  });
  await expect(country(page)).toHaveValue('United States');
  expect(state.requests).toBe(2);
});

test('names that never load are asked for a bounded number of times; the codes still choose a country', async ({ page }) => {
  const state = await failNames(page, CDN_NAMES, Infinity);
  await openCdnPage(page, state);
  for (let i = 0; i < 6; i++) {
    await failuresLanded(page, state);
    await country(page).focus();
    await page.getByRole('textbox', { name: 'Email' }).focus();
  }
  await failuresLanded(page, state);
  expect(state.requests).toBe(3);

  await typeInto(country(page), 'DE');
  await page.getByRole('option', { name: 'DE', exact: true }).click();
  await expect(country(page)).toHaveValue('DE');
  await expect(page.getByRole('textbox', { name: /Postal code/ })).toBeVisible();
});

test('without the English names the picker lists the countries in the language that loaded', async ({ page }) => {
  await page.route(DEV_NAMES, (route) => route.abort('connectionreset'));
  await mountCheckout(page);
  await page.locator('dodo-checkout').evaluate((element) => element.setAttribute('locale', 'de'));
  const land = page.getByRole('combobox', { name: 'Land oder Region' });
  await expect(land).toHaveValue('Vereinigte Staaten');
  await typeInto(land, 'deutsch');
  await expect(page.getByRole('option', { name: 'Deutschland', exact: true })).toBeVisible();
});
