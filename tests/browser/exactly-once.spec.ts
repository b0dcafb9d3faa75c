/**
 * Exactly once per shopper action, asserted at a recording proxy that holds
 * every request until the test releases it: double clicks, a held-down Enter, clicks during the
 * request, two checkouts on one page and a re-render while the request is in flight each create
 * one request per action; paying again after a reload reuses the key of the unanswered request.
 * (The Idempotency-Key of retries in one page is covered by the fault matrix and by checkout.spec.ts.)
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { keepSentBodies, sentJson } from '../request-bodies.js';
import en from '../../src/intl/messages/en.js';
import sv from '../../src/intl/messages/sv.js';
import { CART, CREATED } from './support.js';

interface Held {
  url: string;
  body: Record<string, unknown>;
  key: string;
  release: (answer?: { status: number; body: unknown }) => Promise<void>;
}

/**
 * A proxy at /api/test-proxy that records each request and answers only when released (200 by
 * default), or at once with `answerAtOnce`.
 */
async function holdingProxy(page: Page, answerAtOnce?: { status: number; body: unknown }) {
  const held: Held[] = [];
  await keepSentBodies(page);
  await page.route('**/api/test-proxy*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const release = (answer = { status: 200, body: CREATED as unknown }) =>
      route.fulfill({ status: answer.status, contentType: 'application/json', body: JSON.stringify(answer.body) });
    held.push({ url: url.pathname + url.search, body: await sentJson(page, request), key: request.headers()['idempotency-key'] ?? '', release });
    if (answerAtOnce) await release(answerAtOnce);
  });
  return held;
}

async function mount(page: Page, checkouts: Array<Record<string, string>>) {
  await page.goto('/tests/browser/fixtures/checkout.html');
  await page.evaluate((checkouts) => {
    for (const attributes of checkouts) {
      const element = document.createElement('dodo-checkout');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.querySelector('#host')!.append(element);
    }
  }, checkouts.map((attributes) => ({ endpoint: '/api/test-proxy', cart: JSON.stringify(CART), currency: 'USD', country: 'US', ...attributes })));
  const all = page.locator('dodo-checkout');
  await expect(all).toHaveCount(checkouts.length);
  return Array.from({ length: checkouts.length }, (_, i) => all.nth(i));
}

async function fill(checkout: Locator, who = { email: 'ada@example.com', name: 'Ada Lovelace', zip: '95014' }) {
  await checkout.getByRole('textbox', { name: 'Email' }).fill(who.email);
  await checkout.getByRole('textbox', { name: 'Full name' }).fill(who.name);
  await checkout.getByRole('textbox', { name: /Street/ }).fill('1 Infinite Loop');
  await checkout.getByRole('textbox', { name: /City/ }).fill('Cupertino');
  await checkout.getByRole('combobox', { name: /^State/ }).selectOption('CA');
  await checkout.getByRole('textbox', { name: /ZIP code/ }).fill(who.zip);
}

/** Gives any request a stray action might have started the time to reach the proxy. */
const settle = (page: Page) => page.waitForTimeout(300);

test('a double click on Pay sends one request', async ({ page }) => {
  const held = await holdingProxy(page);
  const [checkout] = await mount(page, [{}]);
  await fill(checkout!);
  await checkout!.getByRole('button', { name: 'Pay $54.00' }).dblclick();
  await expect.poll(() => held.length).toBe(1);
  await settle(page);
  expect(held).toHaveLength(1);
  await held[0]!.release();
  await expect(checkout!.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  await settle(page);
  expect(held).toHaveLength(1);
});

test('clicks, Enter and submit() during the request send nothing more', async ({ page }) => {
  const held = await holdingProxy(page);
  const [checkout] = await mount(page, [{}]);
  await fill(checkout!);
  await checkout!.getByRole('button', { name: 'Pay $54.00' }).click();
  const busy = checkout!.getByRole('button', { name: 'Processing…' });
  await expect(busy).toHaveAttribute('aria-busy', 'true');
  for (let i = 0; i < 3; i++) await busy.click({ force: true });
  await checkout!.getByRole('textbox', { name: /ZIP code/ }).press('Enter');
  // submit() during the request sends nothing and resolves when that attempt ends.
  await checkout!.evaluate((element: HTMLElement & { submit(): Promise<void> }) => {
    (window as unknown as { submitted?: boolean }).submitted = false;
    void element.submit().then(() => ((window as unknown as { submitted?: boolean }).submitted = true));
  });
  await settle(page);
  expect(held).toHaveLength(1);
  expect(await page.evaluate(() => (window as unknown as { submitted?: boolean }).submitted)).toBe(false);
  await held[0]!.release();
  await expect.poll(() => page.evaluate(() => (window as unknown as { submitted?: boolean }).submitted)).toBe(true);
  await expect(checkout!.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  // A created payment closes the checkout: no later action sends another.
  await checkout!.evaluate((element: HTMLElement & { submit(): Promise<void> }) => element.submit());
  await settle(page);
  expect(held).toHaveLength(1);
});

for (const answer of ['held', 'failing at once'] as const) {
  test(`Enter held down in a field sends one request (proxy ${answer})`, async ({ page }) => {
    // Failing at once leaves the form idle again while the key is still held.
    const held = await holdingProxy(page, answer === 'failing at once' ? { status: 500, body: { code: 'E', message: 'Nope' } } : undefined);
    const [checkout] = await mount(page, [{}]);
    await fill(checkout!);
    await checkout!.evaluate((element) => {
      const w = window as unknown as { failures: number };
      w.failures = 0;
      element.addEventListener('dodo-checkout-error', () => w.failures++);
    });
    await checkout!.getByRole('textbox', { name: /ZIP code/ }).focus();
    // keyboard.down on a key already down sends keydown with repeat: true, as a held key does.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.down('Enter');
      await page.waitForTimeout(25);
    }
    await page.keyboard.up('Enter');
    await settle(page);
    expect(held).toHaveLength(1);
    if (answer === 'failing at once') {
      await expect(checkout!.getByRole('alert')).toHaveText(en.serverError);
      expect(await page.evaluate(() => (window as unknown as { failures: number }).failures)).toBe(1);
      // The next press is a new action: exactly one more request.
      await page.keyboard.press('Enter');
      await expect.poll(() => held.length).toBe(2);
      await settle(page);
      expect(held).toHaveLength(2);
    } else {
      await held[0]!.release();
      await expect(checkout!.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
    }
  });
}

test('two checkouts on one page each send their own request, once, without cross-talk', async ({ page }) => {
  const held = await holdingProxy(page);
  const mugs = [{ product_id: 'pdt_ceramic_mug', quantity: 3, name: 'Ceramic mug', price: 1500 }];
  const [first, second] = await mount(page, [
    { endpoint: '/api/test-proxy?shop=first' },
    { endpoint: '/api/test-proxy?shop=second', cart: JSON.stringify(mugs) },
  ]);
  await fill(first!, { email: 'ada@example.com', name: 'Ada Lovelace', zip: '95014' });
  await fill(second!, { email: 'grace@example.com', name: 'Grace Hopper', zip: '95015' });

  await first!.getByRole('button', { name: 'Pay $54.00' }).dblclick();
  await expect.poll(() => held.length).toBe(1);
  // The second checkout is not busy because the first is.
  await expect(second!.getByRole('button', { name: 'Pay $45.00' })).toHaveAttribute('aria-busy', 'false');
  await second!.getByRole('button', { name: 'Pay $45.00' }).dblclick();
  await expect.poll(() => held.length).toBe(2);
  await settle(page);
  expect(held).toHaveLength(2);

  const [a, b] = held as [Held, Held];
  expect(a.url).toBe('/api/test-proxy?shop=first');
  expect(b.url).toBe('/api/test-proxy?shop=second');
  expect(a.body).toMatchObject({ customer: { email: 'ada@example.com', name: 'Ada Lovelace' }, billing: { zipcode: '95014' } });
  expect(a.body.product_cart).toEqual(CART.map(({ product_id, quantity }) => ({ product_id, quantity })));
  expect(b.body).toMatchObject({ customer: { email: 'grace@example.com', name: 'Grace Hopper' }, billing: { zipcode: '95015' } });
  expect(b.body.product_cart).toEqual([{ product_id: 'pdt_ceramic_mug', quantity: 3 }]);
  expect(a.key).not.toBe(b.key);

  // The second answers first, with an error: only the second shows it; the first stays busy.
  await b.release({ status: 422, body: { code: 'INVALID', message: 'Second shop refused' } });
  await expect(second!.getByRole('alert')).toHaveText('Second shop refused');
  await expect(first!.getByRole('alert')).toHaveText('');
  await expect(first!.getByRole('button', { name: 'Processing…' })).toHaveAttribute('aria-busy', 'true');
  await a.release();
  await expect(first!.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  await expect(second!.getByRole('button', { name: 'Pay $45.00' })).toBeVisible();
  await expect(second!.getByRole('textbox', { name: 'Email' })).toHaveValue('grace@example.com');
  await settle(page);
  expect(held).toHaveLength(2);
});

test('changing cart and locale while the request is in flight sends nothing more', async ({ page }) => {
  const held = await holdingProxy(page);
  const [checkout] = await mount(page, [{}]);
  await fill(checkout!);
  await checkout!.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect.poll(() => held.length).toBe(1);

  // Re-render mid-flight: a new cart and a new language.
  await checkout!.evaluate((element, cart) => element.setAttribute('cart', cart), JSON.stringify([{ ...CART[0], quantity: 2 }]));
  await checkout!.evaluate((element) => element.setAttribute('locale', 'sv'));
  const busy = checkout!.getByRole('button', { name: 'Bearbetar…' });
  await expect(busy).toHaveAttribute('aria-busy', 'true');
  await busy.click({ force: true });
  await settle(page);
  expect(held).toHaveLength(1);
  expect(held[0]!.body.product_cart).toEqual(CART.map(({ product_id, quantity }) => ({ product_id, quantity })));

  // The request fails; what was typed is kept and the next action sends the new cart, once,
  // under a new key (a changed checkout).
  await held[0]!.release({ status: 503, body: { code: 'UNAVAILABLE', message: 'Try again' } });
  await expect(checkout!.getByRole('alert')).toHaveText(sv.serverError);
  await expect(checkout!.getByRole('textbox', { name: 'E-post' })).toHaveValue('ada@example.com');
  const pay = checkout!.getByRole('button', { name: /^Betala/ });
  await pay.dblclick();
  await expect.poll(() => held.length).toBe(2);
  await settle(page);
  expect(held).toHaveLength(2);
  expect(held[1]!.body.product_cart).toEqual([{ product_id: CART[0]!.product_id, quantity: 2 }]);
  expect(held[1]!.key).not.toBe(held[0]!.key);
  await held[1]!.release();
  await expect(checkout!.getByRole('link', { name: /Fortsätt/ })).toBeVisible();
});

test('a re-render with the same configuration mid-flight keeps the request and its outcome', async ({ page }) => {
  const held = await holdingProxy(page);
  const [checkout] = await mount(page, [{}]);
  await fill(checkout!);
  await checkout!.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect.poll(() => held.length).toBe(1);
  // Frameworks often set every property again on each render, with equal values.
  await checkout!.evaluate((element, cart) => {
    Object.assign(element, { cart: JSON.parse(cart), endpoint: '/api/test-proxy', currency: 'USD', country: 'US' });
    (element as HTMLElement & { requestUpdate(): void }).requestUpdate();
  }, JSON.stringify(CART));
  await settle(page);
  expect(held).toHaveLength(1);
  await held[0]!.release();
  await expect(checkout!.getByRole('link', { name: 'Continue to payment' })).toHaveAttribute('href', CREATED.payment_link);
});

for (const first of ['fails with a network error', 'is still in flight'] as const) {
  test(`paying again after a reload, when the first request ${first}, sends the same Idempotency-Key`, async ({ page }) => {
    // The first request may have reached the API: only the same key lets it answer with that payment.
    const keys: string[] = [];
    await page.route('**/api/test-proxy', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length > 1) await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(CREATED) });
      else if (first === 'fails with a network error') await route.abort('connectionreset');
    });
    const [checkout] = await mount(page, [{}]);
    await fill(checkout!);
    await checkout!.getByRole('button', { name: 'Pay $54.00' }).click();
    if (first === 'fails with a network error') await expect(checkout!.getByRole('alert')).not.toBeEmpty();
    else await expect(checkout!.getByRole('button', { name: 'Processing…' })).toBeVisible();
    // The button shows the request leaving; the route sees it a moment later.
    await expect.poll(() => keys.length).toBe(1);

    await page.reload();
    const [again] = await mount(page, [{}]);
    await expect(again!.getByRole('textbox', { name: /ZIP code/ })).toHaveValue('95014');
    await again!.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect(again!.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^dodo_[0-9a-f]{16}_/);
    expect(keys[1]).toBe(keys[0]);

    // The created payment closes the checkout: the tab keeps only the payment, for the way back.
    const stored = await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('dodo-checkout:')));
    expect(stored).toEqual([expect.stringMatching(/\|payment$/)]);
  });
}

test('a new checkout after a created payment, a reload and "Start over" gets a new Idempotency-Key', async ({ page }) => {
  const held = await holdingProxy(page, { status: 200, body: CREATED });
  const [checkout] = await mount(page, [{}]);
  await fill(checkout!);
  await checkout!.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(checkout!.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  await page.reload();
  const [again] = await mount(page, [{}]);
  // The reloaded checkout shows the payment it created; only starting over makes a new one.
  await expect(again!.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  await again!.getByRole('button', { name: 'Start over' }).click();
  await fill(again!);
  await again!.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(again!.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(held).toHaveLength(2);
  expect(held[1]!.body).toEqual(held[0]!.body);
  expect(held[1]!.key).not.toBe(held[0]!.key);
});
