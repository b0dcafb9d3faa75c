/**
 * Data kept: typed values survive a reload and a trip away and back — through
 * the back/forward cache, and through sessionStorage when the page is not cached — are saved as
 * they are typed (so a crashed tab loses nothing), are gone once a payment is created, and
 * nothing is ever written to localStorage. (checkout.spec.ts covers the reload of a mounted element;
 * back-forward-cache.spec.ts the trip through the back/forward cache.)
 */
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/intl/messages/en.js';
import { CREATED } from './support.js';

const PAGE = '/tests/browser/fixtures/checkout-markup.html';
const TYPED = {
  Email: 'ada@example.com',
  'Full name': 'Åda Lövelace \u200F🫖',
  'Phone (optional)': '+1 408 555 0100',
  'Street address': '1 Infinite Loop',
  City: 'Cupertino',
  'ZIP code': '95014',
  'Tax ID (optional)': 'US123456789',
};

async function fill(page: Page) {
  for (const [label, value] of Object.entries(TYPED)) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  await page.getByRole('combobox', { name: /^State/ }).selectOption('CA');
}

async function expectKept(page: Page) {
  for (const [label, value] of Object.entries(TYPED)) await expect(page.getByRole('textbox', { name: label, exact: true })).toHaveValue(value);
  await expect(page.getByRole('combobox', { name: /^State/ })).toHaveValue('CA');
}

const storage = (page: Page) =>
  page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.fromEntries(Object.keys(sessionStorage).map((key) => [key, sessionStorage.getItem(key)!])),
  }));

/** Records whether the page came back from the back/forward cache. */
async function watchRestores(page: Page) {
  await page.addInitScript(() => {
    addEventListener('pageshow', (event) => sessionStorage.setItem('test:restored', String(event.persisted)));
  });
}

test('values are saved as they are typed, survive a reload, and never touch localStorage', async ({ page }) => {
  await page.goto(PAGE);
  await fill(page);
  // Saved on input, not only on pagehide: a tab that crashes now keeps them.
  const saved = await storage(page);
  expect(saved.local).toEqual([]);
  const entries = Object.entries(saved.session).filter(([key]) => key.startsWith('dodo-checkout:'));
  expect(entries).toHaveLength(1);
  const record = JSON.parse(entries[0]![1]) as { values: Record<string, string>; idempotencySalt: string };
  expect(record.values).toMatchObject({ email: TYPED.Email, name: TYPED['Full name'], zipcode: '95014', state: 'CA', taxId: TYPED['Tax ID (optional)'] });
  // Prefills are not saved: they come from the configuration again, and follow it.
  expect(record.values).not.toHaveProperty('country');
  expect(record.idempotencySalt).toMatch(/^[0-9a-f]{16}$/);
  await page.reload();
  await expectKept(page);
  expect((await storage(page)).local).toEqual([]);
});

test('a cart changed and changed back keeps what the shopper typed since, not what was saved for the first cart', async ({ page }) => {
  await page.goto(PAGE);
  const email = page.getByRole('textbox', { name: 'Email', exact: true });
  const street = page.getByRole('textbox', { name: 'Street address', exact: true });
  await email.fill('ada@example.com');
  await street.fill('1 Infinite Loop');
  const setQuantity = (quantity: number) =>
    page.locator('dodo-checkout').evaluate(async (checkout: any, quantity) => {
      const cart = JSON.parse(checkout.getAttribute('cart'));
      cart[0].quantity = quantity;
      checkout.setAttribute('cart', JSON.stringify(cart));
      await checkout.updateComplete;
    }, quantity);
  await setQuantity(2);
  await expect(email).toHaveValue('ada@example.com');
  await email.clear();
  await email.fill('ada.lovelace@example.com');
  await page.getByRole('textbox', { name: 'City', exact: true }).fill('Cupertino');
  await setQuantity(1);
  await expect(email).toHaveValue('ada.lovelace@example.com');
  await expect(street).toHaveValue('1 Infinite Loop');
  await expect(page.getByRole('textbox', { name: 'City', exact: true })).toHaveValue('Cupertino');
  // And what is on screen is what a reload brings back.
  await page.reload();
  await expect(email).toHaveValue('ada.lovelace@example.com');
  await expect(page.getByRole('textbox', { name: 'City', exact: true })).toHaveValue('Cupertino');
});

test('values survive leaving the page and coming back when the page is not cached', async ({ page }) => {
  await watchRestores(page);
  await page.goto(PAGE);
  await fill(page);
  await page.getByRole('link', { name: 'Leave the page' }).click();
  await expect(page).toHaveURL(/\/healthz$/);
  await page.goBack();
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('test:restored'))).toBe('false');
  await expectKept(page);
  expect((await storage(page)).local).toEqual([]);
});

test('once a payment is created the typed values are gone, even after the page is left; only the payment is kept, without secret or personal data', async ({ page }) => {
  // A failed attempt first: values stay stored for the retry.
  let first = true;
  await page.route('**/api/test-proxy', (route) => {
    if (first) {
      first = false;
      return route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'DOWN', message: 'Try again' }) });
    }
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(CREATED) });
  });
  await page.goto(PAGE);
  await fill(page);
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(page.getByRole('alert')).toHaveText(en.serverError);
  expect(Object.keys((await storage(page)).session).filter((key) => key.startsWith('dodo-checkout:'))).toHaveLength(1);

  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  const after = await storage(page);
  expect(after.local).toEqual([]);
  // What coming back to the page shows instead of a blank form (payment-kept.spec.ts).
  expect(Object.keys(after.session).filter((key) => key.startsWith('dodo-checkout:'))).toEqual([expect.stringMatching(/\|payment$/)]);
  const text = JSON.stringify(after.session);
  expect(text).toContain(CREATED.payment_id);
  expect(text).not.toContain(CREATED.client_secret);
  for (const value of Object.values(TYPED)) expect(text).not.toContain(JSON.stringify(value).slice(1, -1));

  // pagehide must not write the values back.
  await page.getByRole('link', { name: 'Leave the page' }).click();
  await expect(page).toHaveURL(/\/healthz$/);
  const away = await storage(page);
  expect(away.local).toEqual([]);
  expect(JSON.stringify(away.session)).toBe(text);
});
