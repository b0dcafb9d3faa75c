/**
 * The return page, end to end through the demo (its own instance here, so the test can move a
 * payment on the stand-in as a slow bank would): pay in the shop, act on the stand-in's hosted
 * page, and land on the thanks page, where `<dodo-payment-status>` shows what the shop's status
 * route verified — never the query string — under the page's strict CSP, with no axe violation.
 */
import { existsSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../../demo/server.js';
import { axeViolations } from '../axe.js';
import { fillUsAddress } from '../browser/support.js';
import { fillSwedishShopper, watchViolations } from './support.js';

// Each test is a whole journey: shop, pay, act on the hosted page, webhooks, the verified return page.
test.describe.configure({ timeout: 60_000 });

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemoServer({ port: 0, env: { DEMO_WEBHOOK_DUPLICATE_RATE: '0' } });
});
test.afterAll(async () => {
  await demo?.close();
});

const at = (path: string) => new URL(path, demo.url).href;

/** Pays in the shop and stops on the hosted page; returns the payment id. */
async function payInShop(page: Page): Promise<string> {
  await page.goto(at('/?csp=strict'));
  await fillSwedishShopper(page);
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await page.getByRole('link', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('heading', { name: 'Complete your payment' })).toBeVisible();
  return /\/checkout\/(pay_[\w-]+)/.exec(page.url())![1]!;
}

const status = (page: Page) => page.locator('dodo-payment-status').getByRole('status');

/** The checkout's panel for a paid payment: said once, with its total, and nothing to pay it again with. */
async function expectPaidPanel(checkout: Locator) {
  await expect(checkout.getByRole('heading', { name: 'Payment received' })).toBeVisible();
  await expect(checkout.getByRole('status').filter({ hasText: 'Payment received' })).toHaveCount(1);
  await expect(checkout).toContainText('$24.00');
  await expect(checkout.getByRole('link', { name: 'Continue to payment' })).toHaveCount(0);
  await expect(checkout.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
}

/** Pays on the stand-in's hosted page, whose redirect to the return page fails (closed, offline, a return_url without the element). */
async function payWithoutReturnPage(page: Page, paymentId: string) {
  await page.route(/\/demo\/thanks\.html/, (route) => route.abort());
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect.poll(() => demo.standIn!.payments.get(paymentId)?.status).toBe('succeeded');
}

test('paid: the thanks page shows the verified payment with its total, and the order the webhook fulfilled', async ({ page }) => {
  const violations = await watchViolations(page);
  const paymentId = await payInShop(page);
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect(page).toHaveURL(/\/demo\/thanks\.html\?/);
  await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeVisible();
  await expect(status(page)).toContainText('Thank you! Your payment of $24.00 went through.');
  await expect(status(page)).toContainText(paymentId);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your order');
  await expect(page.locator('#order-line')).toHaveText(`Order ${paymentId} is paid and being roasted (fulfilled once).`, { timeout: 10_000 });
  expect(await violations(), 'the thanks page and its icon load under its CSP').toEqual([]);
  const icon = await page.request.get(at('/demo/favicon.svg'));
  expect(icon.ok()).toBe(true);
  expect(await axeViolations(page, { scope: 'page' })).toEqual([]);
});

test('paid, then back in the shop: the checkout of that cart says the payment was received, offers no link to pay it again, and Start over opens a new checkout', async ({ page }) => {
  const paymentId = await payInShop(page);
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeVisible();
  await page.goto(at('/?csp=strict'));
  const checkout = page.locator('dodo-checkout');
  await expectPaidPanel(checkout);
  await checkout.getByRole('button', { name: 'Start over' }).click();
  await fillSwedishShopper(page);
  await checkout.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect(checkout.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect([...demo.standIn!.payments.keys()].at(-1), 'a new payment').not.toBe(paymentId);
});

test('paid on the hosted page, the return page never reached: back in the shop, the checkout asks the status route and says the payment was received', async ({ page }) => {
  const paymentId = await payInShop(page);
  const statusAsked = page.waitForRequest((request) => request.url().endsWith('/api/payment-status'));
  await payWithoutReturnPage(page, paymentId);
  await page.goto(at('/?csp=strict'));
  await statusAsked;
  const checkout = page.locator('dodo-checkout');
  await expectPaidPanel(checkout);
  // Known now for the tab: a reload shows it at once.
  await page.reload();
  await expect(checkout.getByRole('heading', { name: 'Payment received' })).toBeVisible();
});

test('the CDN script asks from chunks/verify-paid.js, loaded with its hash checked: paid, the return page never reached, the plain page\'s checkout says so', async ({ page }) => {
  test.skip(!existsSync('dist/cdn/chunks/verify-paid.js'), 'run `npm run build` first');
  await page.route('**/tests/e2e/fixtures/cdn.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('<dodo-checkout', '<dodo-checkout status-endpoint="/api/payment-status"') });
  });
  await page.goto(at('/tests/e2e/fixtures/cdn.html'));
  await fillUsAddress(page);
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await page.getByRole('link', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('heading', { name: 'Complete your payment' })).toBeVisible();
  await payWithoutReturnPage(page, /\/checkout\/(pay_[\w-]+)/.exec(page.url())![1]!);
  const chunk = page.waitForResponse((response) => response.url().endsWith('/cdn/chunks/verify-paid.js'));
  await page.goto(at('/tests/e2e/fixtures/cdn.html'));
  expect((await chunk).ok()).toBe(true);
  await expectPaidPanel(page.locator('dodo-checkout'));
});

test('not paid yet: back in the shop, the status route says so and the checkout still offers the same payment link', async ({ page }) => {
  const paymentId = await payInShop(page);
  const answers: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('/api/payment-status')) answers.push(((await response.json()) as { status: string }).status);
  });
  await page.goto(at('/?csp=strict'));
  const checkout = page.locator('dodo-checkout');
  await expect(checkout.getByRole('link', { name: 'Continue to payment' })).toHaveAttribute('href', new RegExp(`/checkout/${paymentId}`));
  await expect.poll(() => answers).toEqual(['requires_action']);
  await expect(checkout.getByRole('heading', { name: 'Payment received' })).toHaveCount(0);
  await expect(checkout.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
});

for (const [button, title, text] of [
  ['Decline (test a failed payment)', 'Payment failed', 'Your payment did not go through and no money was taken.'],
  ['Cancel payment', 'Payment cancelled', 'The payment was cancelled and no money was taken.'],
] as const) {
  test(`${title.toLowerCase()}: shown with "Try again", which brings back the checkout with the same cart and a new key`, async ({ page }) => {
    const violations = await watchViolations(page);
    const firstId = await payInShop(page);
    await page.getByRole('button', { name: button }).click();
    await expect(page).toHaveURL(/\/demo\/thanks\.html\?/);
    await expect(status(page).getByRole('heading', { name: title })).toBeVisible();
    await expect(status(page)).toContainText(text);
    expect(await axeViolations(page, { scope: 'page' })).toEqual([]);
    await status(page).getByRole('link', { name: 'Try again' }).click();
    await expect(page).toHaveURL(at('/'));
    // The checkout shows its form (not the withdrawn payment) and pays anew, under another key.
    await fillSwedishShopper(page);
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/payments')) keys.push(request.headers()['idempotency-key'] ?? '');
    });
    await page.getByRole('button', { name: 'Pay $24.00' }).click();
    await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
    expect([...demo.standIn!.payments.keys()].at(-1), 'a new payment').not.toBe(firstId);
    const [first, second] = demo.standIn!.requests.filter((request) => request.status === 200).slice(-2).map((request) => request.idempotencyKey);
    expect(second).toBe(keys[0]);
    expect(second, 'under a new Idempotency-Key').not.toBe(first);
    expect(await violations()).toEqual([]);
  });
}

test('a forged return URL (made-up payment_id, status=succeeded) gets the calm "cannot confirm" message', async ({ page }) => {
  await page.goto(at('/demo/thanks.html?payment_id=pay_M4deUpXXXXXXXXXXXXXXXX&status=succeeded'));
  await expect(status(page).getByRole('heading', { name: 'We cannot confirm this payment' })).toBeVisible();
  await expect(status(page)).not.toContainText('Thank you');
  await expect(page.getByText(/went through|Payment received/)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your order');
  expect(await axeViolations(page, { scope: 'page' })).toEqual([]);
});

test('a real payment of another browser is not confirmed either: the token stays in the tab that paid', async ({ page, browser }) => {
  const paymentId = await payInShop(page);
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeVisible();
  const other = await browser.newPage();
  await other.goto(at(`/demo/thanks.html?payment_id=${paymentId}&status=succeeded`));
  await expect(status(other).getByRole('heading', { name: 'We cannot confirm this payment' })).toBeVisible();
  await other.close();
});

test('processing: says it will update, checks again with backoff, and shows the final state', async ({ page }) => {
  const paymentId = await payInShop(page);
  demo.standIn!.settlePayment(paymentId, 'processing');
  // Dodo sends the shopper back while the bank is still deciding.
  await page.goto(at(`/demo/thanks.html?payment_id=${paymentId}&status=processing`));
  await expect(status(page).getByRole('heading', { name: 'Payment processing' })).toBeVisible();
  await expect(status(page)).toContainText('This page will update once it is confirmed.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your payment is being confirmed');
  expect(await axeViolations(page, { scope: 'page' })).toEqual([]);
  demo.standIn!.settlePayment(paymentId, 'succeeded');
  await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeVisible({ timeout: 10_000 });
  await expect(status(page)).toContainText('$24.00');
});

test('processing: a check that fails meanwhile keeps the verified "processing" and the checks going, until the final state', async ({ page }) => {
  const paymentId = await payInShop(page);
  demo.standIn!.settlePayment(paymentId, 'processing');
  await page.goto(at(`/demo/thanks.html?payment_id=${paymentId}&status=processing`));
  await expect(status(page).getByRole('heading', { name: 'Payment processing' })).toBeVisible();
  await page.locator('dodo-payment-status').evaluate((element) => {
    element.addEventListener('dodo-payment-status-unavailable', () => ((window as unknown as { unavailable: number }).unavailable = 1));
  });
  let failed = 0;
  await page.route('**/api/payment-status', (route) => (failed++ < 2 ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback()));
  await expect.poll(() => failed, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  await expect(status(page).getByRole('heading', { name: 'Payment processing' })).toBeVisible();
  demo.standIn!.settlePayment(paymentId, 'succeeded');
  await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => 'unavailable' in window), 'no "could not check" while a verified status is on screen').toBe(false);
});

test('processing until the checks stop: a "Check again" that fails keeps the verified "processing", its button and the focus on it', async ({ page }) => {
  const paymentId = await payInShop(page);
  demo.standIn!.settlePayment(paymentId, 'processing');
  // The return page's two minutes of checks run on a clock the test moves.
  await page.clock.install();
  await page.goto(at(`/demo/thanks.html?payment_id=${paymentId}&status=processing`));
  await expect(status(page).getByRole('heading', { name: 'Payment processing' })).toBeVisible();
  const checkAgain = status(page).getByRole('button', { name: 'Check again' });
  for (let i = 0; i < 60 && !(await checkAgain.isVisible()); i++) {
    await page.clock.runFor(10_000);
    await page.waitForTimeout(50);
  }
  await expect(checkAgain).toBeVisible();
  await page.locator('dodo-payment-status').evaluate((element) => {
    element.addEventListener('dodo-payment-status-unavailable', () => ((window as unknown as { unavailable: number }).unavailable = 1));
  });
  await page.route('**/api/payment-status', (route) => route.fulfill({ status: 503, body: 'busy' }));
  await checkAgain.click();
  await expect(status(page).getByRole('heading', { name: 'Payment processing' })).toBeFocused();
  await expect(checkAgain).toBeVisible();
  await expect(status(page)).not.toContainText('We could not check your payment');
  expect(await page.evaluate(() => 'unavailable' in window), 'no "could not check" while a verified status is on screen').toBe(false);
});

test('an endpoint set just after the element is added (as frameworks set properties) is asked, not answered "cannot confirm"', async ({ page }) => {
  await payInShop(page);
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeVisible();
  const events = await page.evaluate(() => {
    const shown = document.querySelector('dodo-payment-status') as HTMLElement & { endpoint: string };
    const endpoint = shown.endpoint;
    const fresh = document.createElement('dodo-payment-status') as HTMLElement & { endpoint: string };
    const seen: string[] = [];
    for (const type of ['dodo-payment-status-unknown', 'dodo-payment-status-succeeded']) fresh.addEventListener(type, () => seen.push(type));
    shown.replaceWith(fresh);
    fresh.endpoint = endpoint;
    (window as unknown as { seen: string[] }).seen = seen;
    return seen;
  });
  expect(events).toEqual([]);
  await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['dodo-payment-status-succeeded']);
});

test('"Try again" on an old failed payment\'s page leaves the payment made since in the checkout, so it is not paid twice', async ({ page }) => {
  await payInShop(page);
  await page.getByRole('button', { name: 'Decline (test a failed payment)' }).click();
  await expect(status(page).getByRole('heading', { name: 'Payment failed' })).toBeVisible();
  const failedPage = page.url();
  await status(page).getByRole('link', { name: 'Try again' }).click();
  await expect(page).toHaveURL(at('/'));
  await fillSwedishShopper(page);
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  const link = page.getByRole('link', { name: 'Continue to payment' });
  await expect(link).toBeVisible();
  const second = await link.getAttribute('href');
  // The shopper finds the failed payment's page again (history, another tab) and chooses "Try again" there.
  await page.goto(failedPage);
  await expect(status(page).getByRole('heading', { name: 'Payment failed' })).toBeVisible();
  await status(page).getByRole('link', { name: 'Try again' }).click();
  await expect(page).toHaveURL(at('/'));
  await expect(link).toHaveAttribute('href', second!);
  await expect(page.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
});

test('the status route down: says nothing is known yet, and "Check again" (themed by --dodo-color-accent) shows the verified status once it answers', async ({ page }) => {
  await payInShop(page);
  await page.route('**/api/payment-status', (route) => route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service Unavailable</h1>' }));
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect(status(page).getByRole('heading', { name: 'We could not check your payment' })).toBeVisible();
  await expect(status(page)).not.toContainText('Service Unavailable');
  expect(await axeViolations(page, { scope: 'page' })).toEqual([]);
  // Themed with the checkout's public tokens.
  await page.locator('dodo-payment-status').evaluate((element: HTMLElement) => element.style.setProperty('--dodo-color-accent', 'rgb(1, 2, 3)'));
  await expect(status(page).getByRole('button', { name: 'Check again' })).toHaveCSS('background-color', 'rgb(1, 2, 3)');
  await page.unroute('**/api/payment-status');
  await status(page).getByRole('button', { name: 'Check again' }).click();
  await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeVisible();
  // The button went with the answer: focus is on what replaced it, not lost to the page.
  await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeFocused();
});

test('localized: the status speaks the page language', async ({ page }) => {
  const paymentId = await payInShop(page);
  await page.getByRole('button', { name: 'Decline (test a failed payment)' }).click();
  await expect(status(page).getByRole('heading', { name: 'Payment failed' })).toBeVisible();
  await page.evaluate(() => document.querySelector('dodo-payment-status')!.setAttribute('locale', 'sv'));
  await expect(status(page).getByRole('heading', { name: 'Betalningen misslyckades' })).toBeVisible();
  await expect(status(page).getByRole('link', { name: 'Försök igen' })).toBeVisible();
  await page.evaluate(() => document.querySelector('dodo-payment-status')!.setAttribute('locale', 'ar'));
  await expect(status(page).getByRole('heading', { name: 'فشلت الدفعة' })).toBeVisible();
  await expect(status(page)).toHaveAttribute('dir', 'rtl');
  await page.evaluate(() => document.querySelector('dodo-payment-status')!.setAttribute('locale', 'ko-KR'));
  await expect(status(page).getByRole('heading', { name: '결제 실패' })).toBeVisible();
  await expect(status(page).getByRole('link', { name: '다시 시도' })).toBeVisible();
  // A language the checkout does not speak (Urdu): English, marked and laid out as English.
  await page.evaluate(() => document.querySelector('dodo-payment-status')!.setAttribute('locale', 'ur'));
  await expect(status(page).getByRole('heading', { name: 'Payment failed' })).toBeVisible();
  await expect(status(page)).toHaveAttribute('lang', 'en');
  await expect(status(page)).toHaveAttribute('dir', 'ltr');
  expect(paymentId).toMatch(/^pay_/);
});

test.describe('on Checkout Sessions', () => {
  let sessions: DemoServer;
  test.beforeAll(async () => {
    sessions = await startDemoServer({ port: 0, env: { DEMO_WEBHOOK_DUPLICATE_RATE: '0', DEMO_CHECKOUT_API: 'checkout-sessions' } });
  });
  test.afterAll(async () => {
    await sessions?.close();
  });

  test('the shop creates a session in the page language, the shopper pays on its page and the thanks page verifies it', async ({ page }) => {
    await page.goto(new URL('/?csp=strict', sessions.url).href);
    await fillSwedishShopper(page);
    await page.getByRole('button', { name: 'Pay $24.00' }).click();
    await page.getByRole('link', { name: 'Continue to payment' }).click();
    await expect(page).toHaveURL(/\/session\/cks_/);
    expect(sessions.standIn!.checkoutSessions.requests.at(-1)).toMatchObject({ customization: { force_language: 'en' }, billing_address: { country: 'SE' } });
    await page.getByRole('button', { name: 'Pay $24.00' }).click();
    await expect(page).toHaveURL(/\/demo\/thanks\.html\?payment_id=pay_/);
    await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeVisible();
    await expect(status(page)).toContainText('Thank you! Your payment of $24.00 went through.');
  });

  test("an older session's return page shows that session's payment, not the tab's latest one", async ({ page }) => {
    const paySession = async (button: string) => {
      await fillSwedishShopper(page);
      await page.getByRole('button', { name: 'Pay $24.00' }).click();
      await page.getByRole('link', { name: 'Continue to payment' }).click();
      await expect(page).toHaveURL(/\/session\/cks_/);
      await page.getByRole('button', { name: button }).click();
      await expect(page).toHaveURL(/\/demo\/thanks\.html\?payment_id=pay_/);
      return new URL(page.url()).searchParams.get('payment_id')!;
    };
    await page.goto(new URL('/?csp=strict', sessions.url).href);
    const declined = await paySession('Decline (test a failed payment)');
    await expect(status(page).getByRole('heading', { name: 'Payment failed' })).toBeVisible();
    const declinedPage = page.url();
    await status(page).getByRole('link', { name: 'Try again' }).click();
    const paid = await paySession('Pay $24.00');
    await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeVisible();
    await expect(status(page)).toContainText(paid);
    // The first return page, found again in history: its own payment, checked with its own session's token.
    await page.goto(declinedPage);
    await expect(status(page).getByRole('heading', { name: 'Payment failed' })).toBeVisible();
    await expect(status(page)).toContainText(declined);
    await expect(status(page)).not.toContainText(paid);
    // A payment this tab has no session for is not confirmed by any of them.
    await page.goto(declinedPage.replace(declined, 'pay_madeUp0000000000000'));
    await expect(status(page).getByRole('heading', { name: 'We cannot confirm this payment' })).toBeVisible();
  });

  test("the checkout sends its own UI language, not the browser's, and the session page is forced to it", async ({ page }) => {
    await page.goto(new URL('/?csp=strict', sessions.url).href);
    await fillSwedishShopper(page);
    await page.locator('dodo-checkout').evaluate((element: HTMLElement) => element.setAttribute('locale', 'sv-SE'));
    const before = sessions.standIn!.checkoutSessions.requests.length;
    const sent = page.waitForRequest((request) => request.url().endsWith('/api/payments'));
    await page.locator('dodo-checkout').evaluate((element) => (element as HTMLElement & { submit(): Promise<void> }).submit());
    expect((await sent).headers()['accept-language']).toBe('sv-SE');
    await expect.poll(() => sessions.standIn!.checkoutSessions.requests.length).toBeGreaterThan(before);
    expect(sessions.standIn!.checkoutSessions.requests.at(-1)).toMatchObject({ customization: { force_language: 'sv' } });
  });
});

test('the CDN script works as a classic script on a plain page under the strict CSP, in the page language', async ({ page }) => {
  test.skip(!existsSync('dist/cdn/dodo-payment-status.js'), 'run `npm run build` first');
  const violations = await watchViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(at('/tests/e2e/fixtures/payment-status-cdn.html?csp=strict&payment_id=pay_unknown&status=succeeded'));
  await expect(status(page).getByRole('heading', { name: 'Wir können diese Zahlung nicht bestätigen' })).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
  // The return page loads the status element only, never the checkout.
  expect(await page.evaluate(() => [!!customElements.get('dodo-payment-status'), !!customElements.get('dodo-checkout')])).toEqual([true, false]);
});
