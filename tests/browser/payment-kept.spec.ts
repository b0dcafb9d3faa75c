/**
 * A created payment is never followed by a blank, payable form. The checkout page talks to the
 * demo server's real proxy (answers with `Cache-Control: no-store`, the embedded Dodo API stand-in
 * behind it, its hosted payment page as the link), and Playwright's Chromium runs with the
 * back/forward cache off, so every way back loads the page afresh: Back after an immediate
 * redirect, Back after "Continue to payment", a reload and a new visit all show the payment
 * created in this tab until it expires or the shopper starts over, and send nothing.
 * (back-forward-cache.spec.ts covers the same ways back with the cache on.)
 */
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/intl/messages/en.js';
import { CREATED, chooseCountry, fillUsAddress } from './support.js';

const PAGE = '/tests/browser/fixtures/checkout-page.html';

/** Every POST that reaches a proxy, with its Idempotency-Key and the answer's headers and body. */
function recordPosts(page: Page) {
  const posts: Array<{ key: string; cacheControl?: string; body?: Record<string, unknown> }> = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/api\/(payments|test-proxy)$/.test(request.url())) posts.push({ key: request.headers()['idempotency-key'] ?? '' });
  });
  page.on('response', async (response) => {
    const request = response.request();
    if (request.method() !== 'POST' || !/\/api\/(payments|test-proxy)$/.test(request.url())) return;
    const post = posts.find((entry) => entry.key === (request.headers()['idempotency-key'] ?? ''));
    if (!post) return;
    post.cacheControl = response.headers()['cache-control'];
    post.body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  });
  return posts;
}

async function open(page: Page, query = '') {
  await page.goto(PAGE + query);
  await expect(page.getByRole('button', { name: /^Pay/ }).or(page.getByRole('region', { name: /payment/i }))).toBeVisible();
}

async function pay(page: Page) {
  await page.evaluate(() => customElements.whenDefined('dodo-country-combobox'));
  await fillUsAddress(page);
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
}

/** What the shopper sees of a payment that exists: its link, total and expiry, and no way to pay again. */
async function expectPaymentShown(page: Page, link: string) {
  const panel = page.getByRole('region', { name: en.confirmationTitle });
  await expect(panel.getByRole('link', { name: en.continueToPayment })).toHaveAttribute('href', link);
  await expect(panel).toContainText('$54.00');
  await expect(panel).toContainText(/valid until/);
  await expect(panel.getByRole('button', { name: en.startOver })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveCount(0);
}

const sessionText = (page: Page) => page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(sessionStorage))) + JSON.stringify(Object.fromEntries(Object.entries(localStorage))));

test('Back after an immediate redirect shows the created payment, not a blank form', async ({ page }) => {
  const posts = recordPosts(page);
  await open(page, '?redirect-immediately');
  await pay(page);
  await expect(page).toHaveURL(/\/checkout\/pay_/);
  const link = page.url();
  // The real proxy's answer: the header that keeps Chromium from caching the page it came to.
  expect(posts).toHaveLength(1);
  await expect.poll(() => posts[0]!.cacheControl).toBe('no-store');

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${PAGE}\\?redirect-immediately$`));
  await expectPaymentShown(page, link);
  await expect(page.getByRole('status')).toHaveText(en.paymentCreated);

  // Continuing goes to the payment that exists.
  await page.getByRole('link', { name: en.continueToPayment }).click();
  await expect(page).toHaveURL(link);
  expect(posts).toHaveLength(1);
});

test('Back after "Continue to payment" shows the created payment, not a blank form', async ({ page }) => {
  const posts = recordPosts(page);
  await open(page);
  await pay(page);
  const continueLink = page.getByRole('link', { name: en.continueToPayment });
  const link = (await continueLink.getAttribute('href'))!;
  await continueLink.click();
  await expect(page).toHaveURL(link);
  await expect(page.getByRole('heading', { name: 'Complete your payment' })).toBeVisible();

  await page.goBack();
  await expectPaymentShown(page, link);
  await page.waitForTimeout(300);
  expect(posts).toHaveLength(1);
});

test('a reload and a new visit to the checkout show the created payment; the tab keeps no secret and no personal data', async ({ page }) => {
  const posts = recordPosts(page);
  await open(page);
  await pay(page);
  const link = (await page.getByRole('link', { name: en.continueToPayment }).getAttribute('href'))!;
  // The answer's body is read from the network after it arrived: before the reload, which would discard it.
  await expect.poll(() => posts[0]?.body).toBeDefined();

  await page.reload();
  await expectPaymentShown(page, link);
  await page.goto('/healthz');
  await page.goto(PAGE);
  await expectPaymentShown(page, link);
  await page.waitForTimeout(300);
  expect(posts).toHaveLength(1);

  const secret = posts[0]!.body?.client_secret;
  expect(typeof secret).toBe('string');
  const stored = await sessionText(page);
  expect(stored).not.toContain(secret as string);
  expect(stored).not.toContain('ada@example.com');
  expect(stored).not.toContain('Infinite Loop');
  expect(stored).toContain(posts[0]!.body?.payment_id as string);
});

test('"Start over" is a new checkout with a new Idempotency-Key, and the tab then keeps the new payment', async ({ page }) => {
  const posts = recordPosts(page);
  await open(page);
  await pay(page);
  const first = (await page.getByRole('link', { name: en.continueToPayment }).getAttribute('href'))!;
  await page.reload();
  await expectPaymentShown(page, first);

  await page.getByRole('button', { name: en.startOver }).click();
  await expect(page.getByRole('link', { name: en.continueToPayment })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeFocused();
  await pay(page);
  const second = (await page.getByRole('link', { name: en.continueToPayment }).getAttribute('href'))!;
  expect(second).not.toBe(first);
  expect(posts).toHaveLength(2);
  expect(posts[1]!.key).not.toBe(posts[0]!.key);

  await page.reload();
  await expectPaymentShown(page, second);
  expect(posts).toHaveLength(2);
});

test('a payment that expires is shown as expired, on the page and after a reload, until the shopper starts over', async ({ page }) => {
  const posts = recordPosts(page);
  // The proxy's real headers, and a link that expires in a few seconds.
  await page.route((url) => url.pathname === '/api/test-proxy', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      body: JSON.stringify({ ...CREATED, expires_on: new Date(Date.now() + 2500).toISOString() }),
    }),
  );
  await open(page, '?endpoint=/api/test-proxy');
  await pay(page);
  await expect(page.getByRole('link', { name: en.continueToPayment })).toBeVisible();

  const expired = page.getByRole('region', { name: en.paymentExpired });
  await expect(expired).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('link', { name: en.continueToPayment })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(en.paymentExpired);

  await page.reload();
  await expect(expired).toBeVisible();
  await expect(page.getByRole('link', { name: en.continueToPayment })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
  expect(posts).toHaveLength(1);

  await expired.getByRole('button', { name: en.startOver }).click();
  await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
  expect(posts).toHaveLength(1);
});

test('a payment created for another cart is not shown: the checkout page of a new cart is a new checkout', async ({ page }) => {
  await open(page);
  await pay(page);
  await expect(page.getByRole('link', { name: en.continueToPayment })).toBeVisible();
  const otherCart = JSON.stringify([{ product_id: 'pdt_espresso_beans', quantity: 2, name: 'Espresso beans, 1 kg', price: 2400 }]);
  await page.goto(`${PAGE}?cart=${encodeURIComponent(otherCart)}`);
  await expect(page.getByRole('button', { name: 'Pay $48.00' })).toBeVisible();
  // Back on the first cart, its payment is still there.
  await page.goto(PAGE);
  await expect(page.getByRole('link', { name: en.continueToPayment })).toBeVisible();
});

test('a shop that does not fix the billing currency: the panel states the total in the currency Dodo bills, never the shop\'s', async ({ page }) => {
  // No billing-currency and no quote route: Dodo bills a German shopper in euros (adaptive pricing,
  // as the demo's Dodo does). Its create answer's total_amount names no currency; the proxy asks Dodo for it.
  const posts = recordPosts(page);
  await open(page, '?billing-currency=');
  await page.evaluate(() => customElements.whenDefined('dodo-country-combobox'));
  await page.getByRole('textbox', { name: 'Email' }).fill('anna@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Anna Schmidt');
  await chooseCountry(page, 'germ', 'Germany');
  await page.getByRole('textbox', { name: /Street/ }).fill('Unter den Linden 1');
  await page.getByRole('textbox', { name: /Postal code/ }).fill('10117');
  await page.getByRole('textbox', { name: /City/ }).fill('Berlin');
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  const panel = page.getByRole('region', { name: en.confirmationTitle });
  await expect(panel.getByRole('link', { name: en.continueToPayment })).toBeVisible();
  await expect.poll(() => posts[0]?.body).toBeDefined();
  const total = posts[0]!.body!.total_amount as number;
  // The euros Dodo charges, which written in dollars would read "$…" with the euro amount.
  expect(total).not.toBe(5400);
  const euros = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(total / 100);
  await expect(panel.locator('.total')).toHaveText(`${en.total}${euros}`);
  await expect(panel).not.toContainText('$');
  await page.reload();
  await expect(panel.getByRole('link', { name: en.continueToPayment })).toBeVisible();
  await expect(panel.locator('.total')).toHaveText(`${en.total}${euros}`);
  await expect(panel).not.toContainText('$');
});
