/**
 * Typed values survive a trip away and back through the back/forward cache, and a checkout that
 * redirected to the payment page comes back showing the created payment. Playwright launches
 * Chromium with the cache off; this file turns it back on (Firefox keeps it on), and proves the page
 * really came back from the cache (`pageshow` with `persisted`).
 */
import { backForwardCacheOn } from '../back-forward-cache.js';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CREATED, fillUsAddress } from './support.js';

/** Why the tests that prove a restore from the cache skip Firefox; those that accept either way run there too. */
const NO_RESTORES_IN_FIREFOX =
  'firefox-esr driven by Playwright over WebDriver BiDi does not restore these pages from the back/forward cache (pageshow.persisted stays false); the return without the cache is data-kept.spec.ts';

test.use({ launchOptions: backForwardCacheOn });

test('values are still there after going away and back', async ({ page, browserName }) => {
  test.skip(browserName === 'firefox', NO_RESTORES_IN_FIREFOX);
  await page.addInitScript(() => {
    addEventListener('pageshow', (event) => sessionStorage.setItem('test:restored', String(event.persisted)));
  });
  await page.goto('/tests/browser/fixtures/checkout-markup.html');
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Åda Lövelace 🫖');
  await page.getByRole('textbox', { name: 'ZIP code' }).fill('95014');
  await page.getByRole('link', { name: 'Leave the page' }).click();
  await expect(page).toHaveURL(/\/healthz$/);
  // A page restored from the cache fires no load event.
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('test:restored'))).toBe('true');
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
  await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue('Åda Lövelace 🫖');
  await expect(page.getByRole('textbox', { name: 'ZIP code' })).toHaveValue('95014');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('coming back from the payment page after an immediate redirect shows the created payment, not "Redirecting…"', async ({ page, browserName }) => {
  test.skip(browserName === 'firefox', NO_RESTORES_IN_FIREFOX);
  await page.addInitScript(() => {
    addEventListener('pageshow', (event) => sessionStorage.setItem('test:restored', String(event.persisted)));
  });
  // The payment page stands in on this server, so the checkout page can stay in the cache.
  const paymentLink = new URL('/healthz', test.info().project.use.baseURL).href;
  const keys: string[] = [];
  await page.route('**/api/test-proxy', (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...CREATED, payment_link: paymentLink }) });
  });
  await page.goto('/tests/browser/fixtures/checkout-markup.html');
  await page.evaluate(() => document.querySelector('dodo-checkout')!.setAttribute('redirect-immediately', ''));
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  await page.getByRole('textbox', { name: 'Street address' }).fill('1 Infinite Loop');
  await page.getByRole('textbox', { name: 'City' }).fill('Cupertino');
  await page.getByRole('combobox', { name: /^State/ }).selectOption('CA');
  await page.getByRole('textbox', { name: 'ZIP code' }).fill('95014');
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(page).toHaveURL(paymentLink);

  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('test:restored'))).toBe('true');
  const link = page.getByRole('link', { name: 'Continue to payment' });
  await expect(link).toHaveAttribute('href', paymentLink);
  await expect(page.getByRole('status')).toHaveText('Your payment is ready.');
  await expect(page.getByRole('button', { name: /Redirecting|Pay/ })).toHaveCount(0);
  // The pressed button is gone from the page: focus goes to the panel that took its place, not to the page.
  await expect(page.getByRole('heading', { name: 'Complete your payment' })).toBeFocused();
  // The shopper continues to the payment that exists: nothing more is sent.
  expect(keys).toHaveLength(1);
});

for (const way of ['an immediate redirect', '"Continue to payment"'] as const) {
  test(`Back after ${way} from a return page that verified the payment as paid: the checkout from the cache says it was received, with the verified total and no link to pay it again`, async ({ page, browserName }) => {
    test.skip(browserName === 'firefox', NO_RESTORES_IN_FIREFOX);
    test.skip(!existsSync('dist/cdn/dodo-payment-status.js'), 'run `npm run build` first');
    await page.addInitScript(() => {
      addEventListener('pageshow', (event) => {
        const checkout = document.querySelector('dodo-checkout') as (HTMLElement & { metadata: unknown }) | null;
        if (!checkout) return;
        sessionStorage.setItem('test:restored', String(event.persisted));
        // The shop's own listener, which runs before the element's, sets something the request carries.
        if (event.persisted) checkout.metadata = { visit: 'back' };
      });
    });
    // Dodo's page stands in on this server and sends the shopper straight on to the return page, whose
    // status route answers "succeeded", in the currency Dodo charged (a total the create answer did not name).
    const returnPage = new URL('/tests/e2e/fixtures/payment-status-cdn.html?payment_id=pay_test_1&status=succeeded', test.info().project.use.baseURL).href;
    await page.route('**/api/test-proxy', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...CREATED, payment_link: returnPage, status_token: 'pay_test_1.9999999999.signature' }) }));
    await page.route('**/api/payment-status', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ payment_id: 'pay_test_1', status: 'succeeded', total_amount: 4990, currency: 'EUR' }) }),
    );
    await page.goto('/tests/browser/fixtures/checkout-markup.html');
    await page.evaluate(() => {
      const stale: unknown[] = ((window as unknown as { stale: unknown[] }).stale = []);
      document.querySelector('dodo-checkout')!.addEventListener('dodo-checkout-payment-stale', (event) => stale.push((event as CustomEvent).detail));
    });
    if (way === 'an immediate redirect') await page.evaluate(() => document.querySelector('dodo-checkout')!.setAttribute('redirect-immediately', ''));
    await fillUsAddress(page);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    if (way === '"Continue to payment"') await page.getByRole('link', { name: 'Continue to payment' }).click();
    await expect(page.locator('dodo-payment-status').getByRole('heading', { name: 'Zahlung eingegangen' })).toBeVisible();

    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('test:restored'))).toBe('true');
    const panel = page.getByRole('region', { name: 'Payment received' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('€49.90');
    await expect(page.getByRole('status')).toHaveText('Payment received');
    await expect(page.getByRole('link', { name: 'Continue to payment' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Redirecting|Pay/ })).toHaveCount(0);

    // The shop empties the paid order and starts another: a new checkout, quietly; the paid payment is never reported stale.
    await page.evaluate(() => {
      (document.querySelector('dodo-checkout') as HTMLElement & { cart: unknown }).cart = [{ product_id: 'pdt_ceramic_mug', quantity: 1, name: 'Ceramic mug', price: 1500 }];
    });
    await expect(page.getByRole('button', { name: 'Pay $15.00' })).toBeVisible();
    await expect(panel).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('');
    expect(await page.evaluate(() => (window as unknown as { stale: unknown[] }).stale)).toEqual([]);
  });
}

for (const way of ['an immediate redirect', '"Continue to payment"'] as const) {
  test(`with the real proxy (Cache-Control: no-store), Back after ${way} shows the created payment, cached or not`, async ({ page }) => {
    await page.addInitScript(() => {
      addEventListener('pageshow', (event) => sessionStorage.setItem('test:restored', String(event.persisted)));
    });
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/payments') keys.push(request.headers()['idempotency-key'] ?? '');
    });
    await page.goto(`/tests/browser/fixtures/checkout-page.html${way === 'an immediate redirect' ? '?redirect-immediately' : ''}`);
    await page.evaluate(() => customElements.whenDefined('dodo-country-combobox'));
    await fillUsAddress(page);
    const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/payments');
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    expect((await answer).headers()['cache-control']).toBe('no-store');
    if (way === '"Continue to payment"') await page.getByRole('link', { name: 'Continue to payment' }).click();
    await expect(page).toHaveURL(/\/checkout\/pay_/);
    const paymentLink = page.url();

    await page.goBack({ waitUntil: 'commit' });
    // Whether Chromium kept the page or loaded it again, the shopper sees the payment that exists.
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('test:restored'))).toMatch(/^(true|false)$/);
    const restored = await page.evaluate(() => sessionStorage.getItem('test:restored'));
    test.info().annotations.push({ type: 'restored from the back/forward cache', description: String(restored) });
    await expect(page.getByRole('link', { name: 'Continue to payment' })).toHaveAttribute('href', paymentLink);
    await expect(page.getByRole('status')).toHaveText('Your payment is ready.');
    await expect(page.getByRole('button', { name: /Redirecting|Pay/ })).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(keys).toHaveLength(1);
  });
}
