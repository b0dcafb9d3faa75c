/**
 * What happens while the checkout waits on data it loads after the form: a submit waiting for the
 * payment method table, a configuration that moves the country while the shopper types, and a
 * chip choice that has to survive a reload with the same Idempotency-Key.
 */
import { expect, test, type Page } from '@playwright/test';
import { CREATED, fakeProxy, fillUsAddress, mountCheckout } from './support.js';

const created = () => ({ status: 200, contentType: 'application/json', body: JSON.stringify(CREATED) });

/** Holds the payment method table until `release`. */
async function holdMethodTable(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/src/intl/data/payment-methods.ts*', async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}

test('a checkout removed while its submit waits for data sends nothing and navigates nowhere', async ({ page }) => {
  const release = await holdMethodTable(page);
  const calls = await fakeProxy(page, created);
  await mountCheckout(page, { 'allowed-payment-method-types': 'credit debit', 'redirect-immediately': true }, { paymentMethods: false });
  await fillUsAddress(page);
  await page.getByRole('button', { name: /^Pay/ }).click();
  await page.locator('dodo-checkout').evaluate((element) => element.remove());
  release();
  await page.waitForTimeout(500);
  expect(calls).toHaveLength(0);
  expect(page.url()).toContain('/tests/browser/fixtures/checkout.html');
});

test('reset() while a submit waits for data ends that submit', async ({ page }) => {
  const release = await holdMethodTable(page);
  const calls = await fakeProxy(page, created);
  await mountCheckout(page, { 'allowed-payment-method-types': 'credit debit' }, { paymentMethods: false });
  await fillUsAddress(page);
  await page.getByRole('button', { name: /^Pay/ }).click();
  await page.locator('dodo-checkout').evaluate((element) => (element as HTMLElement & { reset(): void }).reset());
  release();
  await page.waitForTimeout(500);
  expect(calls).toHaveLength(0);
  // The emptied form was not validated behind the shopper's back.
  await expect(page.getByRole('alert')).toBeEmpty();
});

test('a country set by configuration while the shopper types keeps the typing in its field', async ({ page }) => {
  await mountCheckout(page, { country: 'US' });
  const city = page.getByRole('textbox', { name: /^City/ });
  await city.click();
  await page.keyboard.type('Ber');
  // A geo-IP answer arrives: Germany puts the postal code before the city, so the fields are made afresh.
  await page.locator('dodo-checkout').evaluate((element) => element.setAttribute('country', 'DE'));
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('Germany');
  await page.keyboard.type('lin');
  await expect(page.getByRole('textbox', { name: /^City/ })).toHaveValue('Berlin');
  await expect(page.getByRole('textbox', { name: /^City/ })).toBeFocused();
});

test('the chosen payment method survives a reload, and so does the Idempotency-Key', async ({ page }) => {
  const calls = await fakeProxy(page, (_call, index) => (index === 0 ? 'abort' : created()));
  const attributes = { 'allowed-payment-method-types': 'credit debit paypal' };
  await mountCheckout(page, attributes);
  await fillUsAddress(page);
  await page.getByRole('radio', { name: 'PayPal' }).check();
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect.poll(() => calls.length).toBe(1);
  await expect(page.getByRole('alert')).not.toBeEmpty();

  await page.reload();
  await mountCheckout(page, attributes);
  await expect(page.getByRole('radio', { name: 'PayPal' })).toBeChecked();
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect.poll(() => calls.length).toBe(2);
  expect(calls[1]!.body.allowed_payment_method_types).toEqual(['paypal']);
  expect(calls[1]!.headers['idempotency-key']).toBe(calls[0]!.headers['idempotency-key']);
});
