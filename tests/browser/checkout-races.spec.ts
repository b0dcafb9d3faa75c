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

for (const [data, pattern, attributes, fill, differs] of [
  [
    'the payment method table',
    '**/src/intl/data/payment-methods.ts*',
    { 'allowed-payment-method-types': 'credit debit ideal sepa' },
    fillUsAddress,
    (body: Record<string, unknown>) => JSON.stringify(body['allowed_payment_method_types']),
  ],
  [
    'the postal code rules',
    '**/src/intl/data/postal-codes.ts*',
    { country: 'GB' },
    async (page: Page) => {
      await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
      await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
      await page.getByRole('textbox', { name: /Street/ }).fill('10 Downing Street');
      await page.getByRole('textbox', { name: /Town|City/ }).fill('London');
      await page.getByRole('textbox', { name: /Postcode|Postal code/ }).fill('sw1a2aa');
    },
    (body: Record<string, unknown>) => (body['billing'] as { zipcode: string }).zipcode,
  ],
] as const) {
  test(`Pay again after a network error resends the same request under the same key, though ${data} arrived between the presses`, async ({ page }) => {
    let failing = true;
    await page.route(pattern, (route) => (failing ? route.abort('failed') : route.fallback()));
    const calls = await fakeProxy(page, (_call, index) => (index === 0 ? 'abort' : created()));
    await mountCheckout(page, attributes, { paymentMethods: false });
    await fill(page);
    await page.getByRole('button', { name: /^Pay/ }).click();
    await expect(page.getByRole('alert')).not.toBeEmpty();
    expect(calls).toHaveLength(1);
    // The data loads now, and the next press would write the request differently with it.
    failing = false;
    await page.getByRole('button', { name: /^Pay/ }).click();
    await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
    expect(calls).toHaveLength(2);
    expect(differs(calls[1]!.body), 'the same request').toBe(differs(calls[0]!.body));
    expect(calls[1]!.body).toEqual(calls[0]!.body);
    expect(calls[1]!.headers['idempotency-key']).toBe(calls[0]!.headers['idempotency-key']);
  });
}
