/**
 * A created payment belongs to the exact request it was created from. Once the cart or anything
 * else that goes into the request changes, its link is withdrawn, the Pay button shows the new
 * total, paying sends a new request under a new Idempotency-Key, and the merchant hears of it
 * (`dodo-checkout-payment-stale`). Changes that do not reach the request (language, display
 * currency, the same values set again) keep the payment. Through the demo server's real proxy.
 */
import { expect, test, type Page } from '@playwright/test';
import { keepSentBodies, sentBody } from '../request-bodies.js';
import en from '../../src/intl/messages/en.js';
import { CART, fillUsAddress, mountCheckout, recordedEvents, type Attributes } from './support.js';

async function recordPosts(page: Page) {
  const posts: Array<{ key: string; sent: Promise<string | null> }> = [];
  await keepSentBodies(page);
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/payments') {
      const sent = sentBody(page, request);
      // Read only by the tests that look at bodies; the others must not fail on it.
      sent.catch(() => undefined);
      posts.push({ key: request.headers()['idempotency-key'] ?? '', sent });
    }
  });
  return posts;
}

const BIGGER_CART = [{ ...CART[0]!, quantity: 2 }, CART[1]!];

/** A payment of a shop that bills in its own currency, so the panel states the total. */
async function createPayment(page: Page, attributes: Attributes = {}) {
  await mountCheckout(page, { endpoint: '/api/payments', 'billing-currency': 'USD', ...attributes });
  await fillUsAddress(page);
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  const link = page.getByRole('link', { name: en.continueToPayment });
  await expect(link).toBeVisible();
  return (await link.getAttribute('href'))!;
}

const setAttribute = (page: Page, name: string, value: string) =>
  page.locator('dodo-checkout').evaluate((element, [name, value]) => element.setAttribute(name!, value!), [name, value]);

/** The link is gone, the change is announced, and the Pay button shows the new total (with focus, when the shopper was in the checkout). */
async function expectWithdrawn(page: Page, pay: string, focused = true) {
  await expect(page.getByRole('link', { name: en.continueToPayment })).toHaveCount(0);
  await expect(page.getByRole('region', { name: en.confirmationTitle })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(en.paymentStale);
  await expect(page.getByRole('button', { name: pay })).toBeVisible();
  if (focused) await expect(page.getByRole('button', { name: pay })).toBeFocused();
}

async function staleEvents(page: Page) {
  return (await recordedEvents(page)).filter((event) => event.type === 'dodo-checkout-payment-stale');
}

test('a cart changed after the payment was created withdraws its link; paying sends the new cart under a new key', async ({ page }) => {
  const posts = await recordPosts(page);
  const link = await createPayment(page);
  const created = (await recordedEvents(page)).find((event) => event.type === 'dodo-checkout-payment-created')!.detail.response as Record<string, unknown>;

  await setAttribute(page, 'cart', JSON.stringify(BIGGER_CART));
  await expectWithdrawn(page, 'Pay $78.00');
  // What the shopper typed is still there.
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
  const stale = await staleEvents(page);
  expect(stale).toHaveLength(1);
  expect(stale[0]!.detail).toEqual({
    reason: 'cart',
    previous: { payment_id: created.payment_id, payment_link: link, total_amount: 5400, expires_on: created.expires_on },
  });

  await page.getByRole('button', { name: 'Pay $78.00' }).click();
  const panel = page.getByRole('region', { name: en.confirmationTitle });
  await expect(panel).toContainText('$78.00');
  await expect(panel.getByRole('link', { name: en.continueToPayment })).not.toHaveAttribute('href', link);
  expect(posts).toHaveLength(2);
  expect(posts[1]!.key).not.toBe(posts[0]!.key);
  expect(JSON.parse((await posts[1]!.sent)!).product_cart).toEqual([
    { product_id: CART[0]!.product_id, quantity: 2 },
    { product_id: CART[1]!.product_id, quantity: 2 },
  ]);
});

for (const [what, attributes, change] of [
  ['metadata', {}, ['metadata', '{"order":"42"}']],
  ['return URL', {}, ['return-url', 'https://shop.example/thanks']],
  ['prefilled email the request used', { customer: '{"email":"grace@example.com","name":"Grace Hopper"}' }, ['customer', '{"email":"ada@example.com","name":"Grace Hopper"}']],
] as const) {
  test(`a changed ${what} withdraws the payment too`, async ({ page }) => {
    const posts = await recordPosts(page);
    await mountCheckout(page, { endpoint: '/api/payments', ...attributes });
    if (!('customer' in attributes)) await fillUsAddress(page);
    else {
      await page.getByRole('textbox', { name: /Street/ }).fill('1 Infinite Loop');
      await page.getByRole('textbox', { name: /City/ }).fill('Cupertino');
      await page.getByRole('combobox', { name: /^State/ }).selectOption({ label: 'California' });
      await page.getByRole('textbox', { name: /ZIP code/ }).fill('95014');
    }
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect(page.getByRole('link', { name: en.continueToPayment })).toBeVisible();

    await setAttribute(page, change[0], change[1]);
    await expectWithdrawn(page, 'Pay $54.00');
    expect((await staleEvents(page)).map((event) => event.detail.reason)).toEqual(['request']);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect(page.getByRole('link', { name: en.continueToPayment })).toBeVisible();
    expect(posts).toHaveLength(2);
    expect(posts[1]!.key).not.toBe(posts[0]!.key);
  });
}

test('what does not go into the request keeps the payment: the same cart set again, the display currency, the language', async ({ page }) => {
  const link = await createPayment(page);
  await page.locator('dodo-checkout').evaluate((element, cart) => Object.assign(element, { cart: JSON.parse(cart) }), JSON.stringify(CART));
  await setAttribute(page, 'currency', 'EUR');
  const panel = page.getByRole('region', { name: en.confirmationTitle });
  // The total stays in the currency it was created in.
  await expect(panel).toContainText('$54.00');
  await setAttribute(page, 'locale', 'sv');
  await expect(page.getByRole('link', { name: 'Fortsätt till betalningen' })).toHaveAttribute('href', link);
  expect(await staleEvents(page)).toEqual([]);
});

test('a display currency changed while the payment is shown keeps it where the methods offered depend on the currency', async ({ page }) => {
  // Germany without a billing currency: the methods are chosen in the display currency, USD, where SEPA Direct Debit (euros only) is not offered.
  const posts = await recordPosts(page);
  await mountCheckout(page, { endpoint: '/api/payments', country: 'DE', 'allowed-payment-method-types': 'credit debit sepa' });
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  await page.getByRole('textbox', { name: /Street/ }).fill('Unter den Linden 1');
  await page.getByRole('textbox', { name: /Postal code/ }).fill('10117');
  await page.getByRole('textbox', { name: /City/ }).fill('Berlin');
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  const link = page.getByRole('link', { name: en.continueToPayment });
  await expect(link).toBeVisible();
  expect(JSON.parse((await posts[0]!.sent)!)).toMatchObject({ allowed_payment_method_types: ['credit', 'debit'] });
  await page.locator('dodo-checkout').evaluate(async (element) => {
    element.setAttribute('currency', 'EUR');
    await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  });
  await expect(link).toBeVisible();
  expect(await staleEvents(page)).toEqual([]);
  expect(posts).toHaveLength(1);
});

for (const redirect of [false, true]) {
  test(`a payment answered after the cart changed mid-request is never offered${redirect ? ' nor redirected to' : ''}`, async ({ page }) => {
    const posts = await recordPosts(page);
    const release: Array<() => void> = [];
    await page.route((url) => url.pathname === '/api/payments', async (route) => {
      const key = route.request().headers()['idempotency-key'];
      await expect.poll(() => posts.some((post) => post.key === key)).toBe(true);
      // Playwright reports no request body over WebDriver BiDi (Firefox), so the page's copy is forwarded.
      const postData = (await posts.find((post) => post.key === key)!.sent) ?? undefined;
      await new Promise<void>((done) => release.push(done));
      // Forwarded to the demo server's real proxy once released.
      await route.fulfill({ response: await route.fetch({ postData }) });
    });
    await mountCheckout(page, { endpoint: '/api/payments', ...(redirect ? { 'redirect-immediately': true } : {}) });
    const checkoutUrl = page.url();
    await fillUsAddress(page);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect.poll(() => release.length).toBe(1);
    await setAttribute(page, 'cart', JSON.stringify(BIGGER_CART));
    release[0]!();

    await expectWithdrawn(page, 'Pay $78.00');
    expect(page.url()).toBe(checkoutUrl);
    const events = await recordedEvents(page);
    expect(events.filter((event) => event.type === 'dodo-checkout-redirect')).toEqual([]);
    expect((await staleEvents(page)).map((event) => event.detail.reason)).toEqual(['cart']);
    expect(posts).toHaveLength(1);
  });
}

test('a payment shown after a reload is withdrawn when the cart changes, and does not come back', async ({ page }) => {
  await page.goto('/tests/browser/fixtures/checkout-page.html');
  await page.evaluate(() => customElements.whenDefined('dodo-country-combobox'));
  await fillUsAddress(page);
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  const link = (await page.getByRole('link', { name: en.continueToPayment }).getAttribute('href'))!;
  await page.reload();
  await expect(page.getByRole('link', { name: en.continueToPayment })).toHaveAttribute('href', link);

  await setAttribute(page, 'cart', JSON.stringify(BIGGER_CART));
  await expectWithdrawn(page, 'Pay $78.00', false);
  expect((await staleEvents(page)).map((event) => [event.detail.reason, (event.detail.previous as { payment_link: string }).payment_link])).toEqual([['cart', link]]);
  // The page declares the first cart again: its payment was withdrawn, so this is a new checkout.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
  await expect(page.getByRole('link', { name: en.continueToPayment })).toHaveCount(0);
});
