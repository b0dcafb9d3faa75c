/**
 * The live quote in a real browser: the element on the fixture page with its quote route answered
 * by the test (`page.route`), so each answer's timing and verdict is the test's to choose. Asserted
 * on what the shopper reads and on what reaches the proxy.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { axeViolations } from '../axe.js';
import { keepSentBodies, sentJson } from '../request-bodies.js';
import { CART, CREATED, chooseCountry, fakeProxy, fillUsAddress, mountCheckout, recordedEvents } from './support.js';

interface QuoteBody {
  billing: { country: string; zipcode?: string };
  discount_code?: string;
  tax_id?: string;
  billing_currency?: string;
}

/** A quote as the proxy answers it: EUR with 19 % VAT added in Germany, USD without tax elsewhere. */
function quoteFor(body: QuoteBody) {
  const germany = body.billing.country === 'DE';
  const currency = germany ? 'EUR' : 'USD';
  const subtotal = germany ? 4968 : 5400;
  const code = body.discount_code;
  const refused = code && code !== 'WELCOME10';
  const discount = code && !refused ? Math.round(subtotal / 10) : 0;
  const validTaxId = body.tax_id === 'DE123456789';
  const rate = germany && !validTaxId ? 19 : 0;
  const tax = Math.round(((subtotal - discount) * rate) / 100);
  return {
    currency,
    billing_country: body.billing.country,
    lines: [
      { product_id: 'pdt_espresso_beans', name: 'Espresso beans (Dodo)', quantity: 1, unit_amount: germany ? 2208 : 2400, amount: germany ? 2208 : 2400, original_unit_amount: 2400, original_currency: 'USD', tax_rate: rate, tax_inclusive: false },
      { product_id: 'pdt_ceramic_mug', name: 'Ceramic mug (Dodo)', quantity: 2, unit_amount: germany ? 1380 : 1500, amount: germany ? 2760 : 3000, original_unit_amount: 1500, original_currency: 'USD', tax_rate: rate, tax_inclusive: false },
    ],
    subtotal,
    discount,
    tax: { amount: tax, rate: rate || null, included: false },
    total: subtotal - discount + tax,
    discount_code: !code ? null : refused ? { status: 'refused', code, reason: 'DISCOUNT_EXPIRED', message: 'This discount code has expired.' } : { status: 'applied', code, amount: discount },
    tax_id: !body.tax_id ? null : validTaxId
      ? { status: 'valid', tax_id: body.tax_id, format_name: 'VAT Number', business_name: 'Beispiel Rösterei GmbH' }
      : { status: 'invalid', tax_id: body.tax_id, message: 'The VAT number is not registered.' },
  };
}

/** Answers the quote route at /api/test-quote; `delay` holds an answer back (ms) by the request's index. */
async function quoteRoute(page: Page, delay: (body: QuoteBody, index: number) => number | Promise<unknown> = () => 0, answer: (body: QuoteBody) => Parameters<Route['fulfill']>[0] = (body) => ({ json: quoteFor(body) })) {
  const bodies: QuoteBody[] = [];
  await keepSentBodies(page);
  await page.route('**/api/test-quote', async (route) => {
    const body = (await sentJson(page, route.request())) as unknown as QuoteBody;
    const index = bodies.push(body) - 1;
    const wait = delay(body, index);
    if (typeof wait !== 'number') await wait;
    else if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    // The element may have aborted the request meanwhile.
    await route.fulfill(answer(body)).catch(() => undefined);
  });
  return bodies;
}

const QUOTED = { 'quote-endpoint': '/api/test-quote' };

/** Adaptive pricing: Germany is quoted in EUR unless the shopper asks for USD. */
const adaptivePricing = (body: QuoteBody): Parameters<Route['fulfill']>[0] => ({
  json: body.billing_currency === 'USD' ? { ...quoteFor({ ...body, billing: { country: 'US' } }), billing_country: 'DE' } : quoteFor(body),
});

async function fillGermanShopper(page: Page) {
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  await page.getByRole('textbox', { name: /Street/ }).fill('Unter den Linden 1');
  await page.getByRole('textbox', { name: /Postal code|Postcode/ }).fill('10117');
  await page.getByRole('textbox', { name: /City/ }).fill('Berlin');
}
const summary = (page: Page) => page.getByRole('region', { name: 'Order summary' });

test('without a quote route the display prices show with "Tax calculated at payment"', async ({ page }) => {
  await mountCheckout(page);
  await expect(summary(page)).toContainText('Tax calculated at payment');
  await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
});

test('the summary, the Pay button and the event come from the quote; a stale answer is never shown', async ({ page }) => {
  // The first quote (United States) answers only after the second (Germany) has, however long the shopper takes.
  let secondAsked!: () => void;
  const second = new Promise<void>((resolve) => (secondAsked = resolve));
  let lateAnswerSent = false;
  const bodies = await quoteRoute(page, async (_body, index) => {
    if (index > 0) return secondAsked();
    await second;
    await new Promise((resolve) => setTimeout(resolve, 300));
    lateAnswerSent = true;
  });
  await mountCheckout(page, QUOTED);
  await expect(summary(page)).toContainText('Tax calculated at payment');
  // The first quote (United States) is on its way when the shopper picks Germany.
  await expect.poll(() => bodies.length).toBe(1);
  await chooseCountry(page, 'germ', 'Germany');
  await expect(page.getByRole('button', { name: 'Pay €59.12' })).toBeVisible();
  await expect(summary(page)).toContainText('Espresso beans (Dodo)');
  await expect(summary(page)).toContainText('VAT 19%');
  await expect(summary(page)).not.toContainText('Tax calculated at payment');
  // The late US answer has been sent (unless the element aborted its request): still Germany's quote.
  await expect.poll(() => lateAnswerSent).toBe(true);
  await page.waitForTimeout(500);
  await expect(page.getByRole('button', { name: 'Pay €59.12' })).toBeVisible();
  expect(bodies.map((body) => body.billing.country)).toEqual(['US', 'DE']);
  const quotes = (await recordedEventsOf(page, 'dodo-checkout-quote')) as Array<{ quote: { total: number; currency: string } }>;
  expect(quotes.map((detail) => `${detail.quote.currency} ${detail.quote.total}`)).toEqual(['EUR 5912']);
});

test('while a newer quote is on its way, the Pay button states no total and the summary marks its amounts as updating', async ({ page }) => {
  // Germany's quote waits until the test lets it go; the United States' answers at once.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await quoteRoute(page, (body) => (body.billing.country === 'DE' ? held : 0));
  await mountCheckout(page, QUOTED);
  await expect(summary(page)).toContainText('Espresso beans (Dodo)');
  await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
  const total = summary(page).locator('.total .amount');
  const settledColor = await total.evaluate((element) => getComputedStyle(element).color);

  await chooseCountry(page, 'germ', 'Germany');
  // The US total may not be what a German address is charged: the button states none meanwhile.
  await expect(page.getByRole('button', { name: 'Pay', exact: true })).toBeVisible();
  await expect(summary(page)).toHaveAttribute('aria-busy', 'true');
  await expect(total).toHaveText('$54.00');
  expect(await total.evaluate((element) => getComputedStyle(element).color)).not.toBe(settledColor);

  release();
  await expect(page.getByRole('button', { name: 'Pay €59.12' })).toBeVisible();
  await expect(summary(page)).toHaveAttribute('aria-busy', 'false');
  await expect(total).toHaveText('€59.12');
  expect(await total.evaluate((element) => getComputedStyle(element).color)).toBe(settledColor);
});

test('Pay pressed while the quote of a new country is on its way: a total the shopper did not read is shown and announced, not charged; the next press pays it', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await quoteRoute(page, (body) => (body.billing.country === 'DE' ? held : 0));
  const calls = await fakeProxy(page, () => ({ json: { ...CREATED, total_amount: 5912 } }));
  await mountCheckout(page, QUOTED);
  await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
  await chooseCountry(page, 'germ', 'Germany');
  await fillGermanShopper(page);
  // The summary still reads $54.00 (marked as updating) when the shopper presses Pay.
  await expect(summary(page).locator('.total .amount')).toHaveText('$54.00');
  const pay = page.locator('dodo-checkout').locator('button[type="submit"]');
  await pay.click();
  // Germany's quote comes within the wait: €59.12, not what the shopper read.
  release();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('The total changed to €59.12. Check your order, then pay again.');
  await expect(page.getByRole('button', { name: 'Pay €59.12' })).toBeFocused();
  await expect(summary(page).locator('.total .amount')).toHaveText('€59.12');
  await page.waitForTimeout(500);
  expect(calls, 'nothing was charged at a total the shopper did not read').toHaveLength(0);
  // The merchant's page hears it; the polite region does not repeat the alert.
  expect(await recordedEventsOf(page, 'dodo-checkout-error')).toEqual([{ kind: 'total-changed', message: 'The total changed to €59.12. Check your order, then pay again.' }]);
  await expect(page.getByRole('status')).not.toContainText('Total updated');

  await page.getByRole('button', { name: 'Pay €59.12' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.body).toMatchObject({ billing: { country: 'DE', zipcode: '10117' } });
  await expect(alert).toHaveText('');
});

test('the alert about a changed total goes once the summary shows another, and does not come back with that total', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Germany's quotes wait for the press (on a slow machine the postal code's could otherwise come before it, and the shopper would have read €59.12).
  await quoteRoute(page, (body) => (body.billing.country === 'DE' ? held : 0));
  await fakeProxy(page, () => ({ json: CREATED }));
  await mountCheckout(page, QUOTED);
  await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
  await chooseCountry(page, 'germ', 'Germany');
  await fillGermanShopper(page);
  await page.locator('dodo-checkout').locator('button[type="submit"]').click();
  release();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('The total changed to €59.12. Check your order, then pay again.');
  await chooseCountry(page, 'fran', 'France');
  await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
  await expect(alert).toHaveText('');
  await chooseCountry(page, 'germ', 'Germany');
  await expect(page.getByRole('button', { name: 'Pay €59.12' })).toBeVisible();
  await page.waitForTimeout(300);
  await expect(alert).toHaveText('');
});

/**
 * France's quote fails once Pay has been pressed, within Pay's wait (held until `release`, however
 * slow the machine is between choosing France and the press); other countries are quoted.
 */
async function franceQuoteFailsAtPress(page: Page): Promise<() => void> {
  let release!: () => void;
  const pressed = new Promise<void>((resolve) => (release = resolve));
  await quoteRoute(page, (body) => (body.billing.country === 'FR' ? pressed : 0), (body) => (body.billing.country === 'FR' ? { status: 503, json: { code: 'UPSTREAM_UNREACHABLE', message: 'down' } } : { json: quoteFor(body) }));
  return release;
}

/** Reads Germany's quote, moves to France and presses Pay while France's quote is on its way, which then fails. */
async function pressAsFranceQuoteFails(page: Page, release: () => void) {
  await chooseCountry(page, 'germ', 'Germany');
  await fillGermanShopper(page);
  await expect(page.getByRole('button', { name: 'Pay €59.12' })).toBeVisible();
  await chooseCountry(page, 'fran', 'France');
  await page.locator('dodo-checkout').locator('button[type="submit"]').click();
  release();
}

test('Pay pressed after a quote was read while the next one fails: the display prices are shown, not sent; the next press pays without a quote', async ({ page }) => {
  const release = await franceQuoteFailsAtPress(page);
  const calls = await fakeProxy(page, () => ({ json: CREATED }));
  await mountCheckout(page, QUOTED);
  await pressAsFranceQuoteFails(page, release);
  await expect(page.getByRole('alert')).toHaveText('The total changed to $54.00. Check your order, then pay again.');
  await expect(summary(page)).toContainText('Tax calculated at payment');
  await page.waitForTimeout(500);
  expect(calls, 'nothing sent at a total the shopper did not read').toHaveLength(0);
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.body).toMatchObject({ billing: { country: 'FR' } });
});

test('a cart without display prices, Pay pressed after a quote was read while the next one fails: the payment made is not redirected to, its total is shown and announced against the one read', async ({ page }) => {
  const release = await franceQuoteFailsAtPress(page);
  const calls = await fakeProxy(page, () => ({ json: { ...CREATED, total_amount: 5400, currency: 'USD' } }));
  await mountCheckout(page, { ...QUOTED, 'redirect-immediately': true, cart: JSON.stringify(CART.map(({ product_id, quantity }) => ({ product_id, quantity }))) });
  await pressAsFranceQuoteFails(page, release);
  const message = "This payment's total is $54.00, not the €59.12 you were shown. Check it before you continue to payment.";
  await expect(page.getByRole('alert')).toHaveText(message);
  await expect(page.getByRole('heading', { name: 'Complete your payment' })).toBeFocused();
  await expect(page.locator('dodo-checkout').locator('.confirmation .total .amount')).toHaveText('$54.00');
  expect(page.url(), 'not sent to pay a total the shopper did not read').toContain('/tests/browser/fixtures/checkout.html');
  expect(calls).toHaveLength(1);
  expect(await recordedEventsOf(page, 'dodo-checkout-redirect')).toEqual([]);
});

test('Pay pressed before the first quote has come pays at once when it states the total Pay showed', async ({ page }) => {
  const calls = await fakeProxy(page, () => ({ json: CREATED }));
  // No quote answers before the press; then the address's (United States, no tax: $54.00, as the display prices).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await quoteRoute(page, () => held);
  await mountCheckout(page, QUOTED);
  await fillUsAddress(page);
  await expect(summary(page)).toContainText('Tax calculated at payment');
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  release();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(1);
  await expect(page.getByRole('alert')).toHaveText('');
});

test('Pay pressed before any quote came, and the page changes the cart while Pay waits: the new total is shown and announced, not charged; the next press pays it', async ({ page }) => {
  const calls = await fakeProxy(page, () => ({ json: { ...CREATED, total_amount: 7800 } }));
  // No quote ever comes: the press waits its 1.5 s, then goes on with the display prices.
  await quoteRoute(page, () => new Promise(() => undefined));
  await mountCheckout(page, QUOTED);
  await fillUsAddress(page);
  await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
  // The page's script adds a bag of beans just after the press, while it waits for the quote.
  await page.locator('dodo-checkout').evaluate((element, cart) => {
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    element.setAttribute('cart', cart);
  }, JSON.stringify([{ ...CART[0]!, quantity: 2 }, CART[1]!]));
  await expect(page.getByRole('alert')).toHaveText('The total changed to $78.00. Check your order, then pay again.');
  expect(calls).toHaveLength(0);
  expect(await recordedEventsOf(page, 'dodo-checkout-error')).toEqual([{ kind: 'total-changed', message: 'The total changed to $78.00. Check your order, then pay again.' }]);
  await page.getByRole('button', { name: 'Pay $78.00' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.body).toMatchObject({ product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 2 }, { product_id: 'pdt_ceramic_mug', quantity: 2 }] });
});

test('Pay pressed while a quote is on its way pays at once when the total stays what the shopper read', async ({ page }) => {
  const calls = await fakeProxy(page, () => ({ json: CREATED }));
  // Every quote after the first takes 600 ms: within the wait of Pay.
  await quoteRoute(page, (_body, index) => (index > 0 ? 600 : 0));
  await mountCheckout(page, QUOTED);
  await fillUsAddress(page);
  await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
  await page.getByRole('textbox', { name: /ZIP code/ }).fill('95015');
  await page.locator('dodo-checkout').locator('button[type="submit"]').click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.body).toMatchObject({ billing: { zipcode: '95015' } });
  await expect(page.getByRole('alert')).toHaveText('');
});

/** A German shopper pays at the quote's €59.12; the proxy answers with a payment of these fields (the hosted page is a stub). */
async function payGermanQuote(page: Page, payment: Partial<typeof CREATED> & { currency?: string }, attributes: Record<string, string | boolean> = {}) {
  const calls = await fakeProxy(page, () => ({ json: { ...CREATED, ...payment } }));
  await page.route('https://pay.example.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Hosted payment page</h1>' }));
  await quoteRoute(page);
  await mountCheckout(page, { ...QUOTED, ...attributes });
  await chooseCountry(page, 'germ', 'Germany');
  await fillGermanShopper(page);
  await page.getByRole('button', { name: 'Pay €59.12' }).click();
  return calls;
}

test('a payment created at another total than the quote it was paid at is not redirected to: its total is shown and announced before the shopper goes on', async ({ page }) => {
  // The proxy's payment states €61.00 where the quote, and the Pay button, said €59.12.
  const calls = await payGermanQuote(page, { total_amount: 6100, currency: 'EUR' }, { 'redirect-immediately': true });
  const message = "This payment's total is €61.00, not the €59.12 you were shown. Check it before you continue to payment.";
  await expect(page.getByRole('alert')).toHaveText(message);
  await expect(page.getByRole('heading', { name: 'Complete your payment' })).toBeFocused();
  await expect(page.locator('dodo-checkout').locator('.confirmation .total .amount')).toHaveText('€61.00');
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toHaveAttribute('href', CREATED.payment_link);
  expect(page.url()).toContain('/tests/browser/fixtures/checkout.html');
  expect(calls).toHaveLength(1);
  expect(await recordedEventsOf(page, 'dodo-checkout-redirect')).toEqual([]);
  expect(await recordedEventsOf(page, 'dodo-checkout-error')).toEqual([{ kind: 'total-changed', message }]);
  const order = (await recordedEvents(page)).map((event) => event.type).filter((type) => type !== 'dodo-checkout-quote');
  expect(order).toEqual(['dodo-checkout-submit', 'dodo-checkout-payment-created', 'dodo-checkout-error']);
  // Starting over drops the payment and its alert with it.
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('button', { name: 'Pay €59.12' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('');
});

test('without redirect-immediately, a payment at another total (in no named currency: the quote\'s) is announced on its panel; withdrawn by a cart change, its alert goes with it', async ({ page }) => {
  await payGermanQuote(page, { total_amount: 6100 });
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText("This payment's total is €61.00, not the €59.12 you were shown. Check it before you continue to payment.");
  await page.locator('dodo-checkout').evaluate((element, cart) => element.setAttribute('cart', cart), JSON.stringify([{ ...CART[0]!, quantity: 2 }, CART[1]!]));
  await expect(page.getByRole('status')).toHaveText('Your order changed. Check the new total and pay again.');
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveText('');
});

test('after a payment was withdrawn, what the quote says next is announced: the status line gives way', async ({ page }) => {
  await payGermanQuote(page, {});
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  await page.locator('dodo-checkout').evaluate((element, cart) => element.setAttribute('cart', cart), JSON.stringify([{ ...CART[0]!, quantity: 2 }, CART[1]!]));
  await expect(page.getByRole('status')).toHaveText('Your order changed. Check the new total and pay again.');
  await page.getByRole('button', { name: 'Have a discount code?' }).click();
  const code = page.getByRole('textbox', { name: 'Discount code' });
  await code.fill('OLDCODE');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(code).toHaveAccessibleDescription('This discount code has expired.');
  await expect(page.getByRole('status')).toHaveText('This discount code has expired.');
});

/**
 * No quote comes before the first create is out: the quotes (Germany's in EUR, where SEPA Direct
 * Debit is eligible) come once it is, and the first payment only when `answerCreate` is called.
 */
async function quoteLandsDuringCreate(page: Page, payment: Record<string, unknown>) {
  let releaseQuote!: () => void;
  const quoteHeld = new Promise<void>((resolve) => (releaseQuote = resolve));
  await quoteRoute(page, () => quoteHeld);
  let answerCreate!: () => void;
  const createHeld = new Promise<void>((resolve) => (answerCreate = resolve));
  const calls: Record<string, unknown>[] = [];
  await page.route('**/api/test-proxy', async (route) => {
    calls.push(await sentJson(page, route.request()));
    releaseQuote();
    if (calls.length === 1) await createHeld;
    await route.fulfill({ json: payment });
  });
  await mountCheckout(page, { ...QUOTED, country: 'DE', 'allowed-payment-method-types': 'credit debit sepa' });
  await fillGermanShopper(page);
  return { calls, answerCreate: () => answerCreate() };
}

test('a payment Pay made without the quote, once its 1.5 s wait was over, stays when that quote lands while the payment is being created', async ({ page }) => {
  // The payment is answered once the EUR quote is in.
  const { calls, answerCreate } = await quoteLandsDuringCreate(page, CREATED);
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect.poll(async () => ((await recordedEventsOf(page, 'dodo-checkout-quote')) as Array<{ quote: { currency: string } }>).map((detail) => detail.quote.currency)).toContain('EUR');
  // Sent with the methods of the display currency: SEPA Direct Debit takes euros only.
  expect(calls[0]!['allowed_payment_method_types']).toEqual(['credit', 'debit']);
  answerCreate();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Your payment is ready.');
  expect(await recordedEventsOf(page, 'dodo-checkout-payment-stale')).toEqual([]);
  // A later change of the page's configuration that leaves the request as it was keeps it too.
  await page.locator('dodo-checkout').evaluate(async (element) => {
    element.setAttribute('timeout', '20000');
    await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  });
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(await recordedEventsOf(page, 'dodo-checkout-payment-stale')).toEqual([]);
  expect(calls).toHaveLength(1);
});

/** The first create fails on the network (its outcome unknown), and no quote comes until `releaseQuote` is called (Germany's, in EUR). */
/** Presses the named button while the page cancels the checkout's next `dodo-checkout-submit`; returns once it has. */
async function pressCancelledByThePage(page: Page, button: string) {
  const cancelled = page.locator('dodo-checkout').evaluate(
    (element) => new Promise<void>((resolve) => element.addEventListener('dodo-checkout-submit', (event) => (event.preventDefault(), resolve()), { once: true })),
  );
  await page.getByRole('button', { name: button }).click();
  await cancelled;
}

/** Two requests reached the proxy, the second the first again: the same body under the same Idempotency-Key. */
function expectSentAgain(calls: Array<{ body: unknown; headers: Record<string, string> }>) {
  expect(calls).toHaveLength(2);
  expect(calls[1]!.body).toEqual(calls[0]!.body);
  expect(calls[1]!.headers['idempotency-key']).toBe(calls[0]!.headers['idempotency-key']);
}

async function networkErrorBeforeTheQuote(page: Page) {
  let releaseQuote!: () => void;
  const quoteHeld = new Promise<void>((resolve) => (releaseQuote = resolve));
  await quoteRoute(page, () => quoteHeld);
  const calls = await fakeProxy(page, (_call, index) => (index === 0 ? 'abort' : { json: { ...CREATED, total_amount: 5912, currency: 'EUR' } }));
  await mountCheckout(page, { ...QUOTED, country: 'DE', 'allowed-payment-method-types': 'credit debit sepa' });
  await fillGermanShopper(page);
  return { calls, releaseQuote: () => releaseQuote() };
}

test('Pay again after a network error, once a first quote that came late is in: the same body and Idempotency-Key, so a payment the first press may have made is not made twice', async ({ page }) => {
  const { calls, releaseQuote } = await networkErrorBeforeTheQuote(page);
  // No quote within Pay's wait: the request goes with the methods of the display currency, and its outcome is unknown.
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.body['allowed_payment_method_types']).toEqual(['credit', 'debit']);
  // Germany's quote comes in EUR, where SEPA Direct Debit is eligible too.
  releaseQuote();
  await page.getByRole('button', { name: 'Pay €59.12' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expectSentAgain(calls);
});

test('a press whose submit event the page cancelled sent nothing: once the first quote is in, the next press pays with the methods of the quote\'s currency', async ({ page }) => {
  const { calls, releaseQuote } = await networkErrorBeforeTheQuote(page);
  await pressCancelledByThePage(page, 'Pay $54.00');
  expect(calls).toHaveLength(0);
  releaseQuote();
  await page.getByRole('button', { name: 'Pay €59.12' }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.body['allowed_payment_method_types']).toEqual(['credit', 'debit', 'sepa']);
});

test('after a network error, a press whose submit event the page cancelled keeps the first request: the next press sends it again, under its Idempotency-Key', async ({ page }) => {
  const { calls, releaseQuote } = await networkErrorBeforeTheQuote(page);
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await pressCancelledByThePage(page, 'Pay $54.00');
  releaseQuote();
  await page.getByRole('button', { name: 'Pay €59.12' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expectSentAgain(calls);
});

test('a chip the shopper picks while the payment made without the quote is being created withdraws it as it is created, and the next press pays with that chip', async ({ page }) => {
  const { calls, answerCreate } = await quoteLandsDuringCreate(page, { ...CREATED, total_amount: 5912, currency: 'EUR' });
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  // The EUR quote offers SEPA Direct Debit while the payment is on its way; the shopper picks it.
  await page.getByRole('radio', { name: 'SEPA Direct Debit' }).check();
  answerCreate();
  await expect(page.getByRole('status')).toHaveText('Your order changed. Check the new total and pay again.');
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toHaveCount(0);
  expect((await recordedEventsOf(page, 'dodo-checkout-payment-stale')).map((detail) => (detail as { reason: string }).reason)).toEqual(['request']);
  await page.getByRole('button', { name: 'Pay €59.12' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(2);
  expect(calls[1]!['allowed_payment_method_types']).toEqual(['sepa']);
});

test('after a network error and a press the form refused, a press with the form as it was sends the first request again, under its Idempotency-Key', async ({ page }) => {
  const { calls, releaseQuote } = await networkErrorBeforeTheQuote(page);
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  releaseQuote();
  // The shopper empties the email field and presses: refused by the form, nothing sent.
  const email = page.getByRole('textbox', { name: 'Email' });
  await email.fill('');
  await page.getByRole('button', { name: 'Pay €59.12' }).click();
  await expect(email).toBeFocused();
  expect(calls).toHaveLength(1);
  await email.fill('ada@example.com');
  await page.getByRole('button', { name: 'Pay €59.12' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expectSentAgain(calls);
});

test('a payment created at the quote\'s total is redirected to at once', async ({ page }) => {
  await payGermanQuote(page, { total_amount: 5912, currency: 'EUR' }, { 'redirect-immediately': true });
  await expect(page).toHaveURL(CREATED.payment_link);
});

test('a failing quote route leaves the note, and paying goes on without waiting for it', async ({ page }) => {
  await quoteRoute(page, () => 0, () => ({ status: 503, json: { code: 'UPSTREAM_UNREACHABLE', message: 'down' } }));
  const calls = await fakeProxy(page, () => ({ json: CREATED }));
  await mountCheckout(page, QUOTED);
  await fillUsAddress(page);
  await expect(summary(page)).toContainText('Tax calculated at payment');
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(1);
});

for (const [outcome, answer] of [
  ['fails at once', { status: 502, json: { code: 'UPSTREAM_ERROR', message: 'Dodo Payments did not answer.' } }],
  ['is created', { json: CREATED }],
] as const) {
  test(`a second press of Pay while the first waits for a slow quote sends nothing more, when the first payment ${outcome}`, async ({ page }) => {
    // The quote of the filled address never comes: each press waits for it, then pays without it.
    await quoteRoute(page, () => new Promise(() => undefined));
    const calls = await fakeProxy(page, () => answer);
    await mountCheckout(page, QUOTED);
    await fillUsAddress(page);
    // What a merchant's listener reads when the failure is announced.
    await page.locator('dodo-checkout').evaluate((element) => element.addEventListener('dodo-checkout-error', () => {
      (window as unknown as { phaseAtError: string }).phaseAtError = (element as HTMLElement & { state: { phase: string } }).state.phase;
    }));
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    // Within the quote's 1.5 s wait, the button says the payment is under way, and a second press is refused.
    const submit = page.locator('dodo-checkout').locator('button[type="submit"]');
    await expect(submit).toHaveAttribute('aria-busy', 'true', { timeout: 1000 });
    // The element's state says what the button says.
    expect(await page.locator('dodo-checkout').evaluate((element) => (element as HTMLElement & { state: { phase: string } }).state.phase)).toBe('submitting');
    // aria-disabled does not stop a click: a shopper's second press reaches the element.
    await submit.click({ force: true });
    await page.waitForTimeout(3000);
    expect(calls).toHaveLength(1);
    if (outcome === 'is created') {
      await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
      // The tab keeps no typed values once the payment exists: a second press did not save them back.
      expect(await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)))).not.toContain('ada@example.com');
    }
    else {
      await expect(page.getByRole('alert')).toContainText('Something went wrong on our side.');
      // The press is over when its failure is announced: the merchant's own controls may come back.
      expect(await page.evaluate(() => (window as unknown as { phaseAtError: string }).phaseAtError)).toBe('idle');
    }
  });
}

test('a refused discount code shows its message at the field at once, and paying sends nothing', async ({ page }) => {
  await quoteRoute(page);
  const calls = await fakeProxy(page, () => ({ json: CREATED }));
  await mountCheckout(page, QUOTED);
  await fillUsAddress(page);
  await page.getByRole('button', { name: 'Have a discount code?' }).click();
  const code = page.getByRole('textbox', { name: 'Discount code' });
  await code.fill('OLDCODE');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(code).toHaveAccessibleDescription('This discount code has expired.');
  await expect(page.getByRole('status')).toHaveText('This discount code has expired.');
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(code).toBeFocused();
  expect(calls).toHaveLength(0);

  // Typed again, the message goes; a good code, paid without pressing Apply, is checked on the way,
  // and the total it gives is shown before anything is charged at it.
  await code.fill('WELCOME10');
  await expect(code).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: 'Pay $54.00' }).click();
  await expect(page.getByRole('alert')).toHaveText('The total changed to $48.60. Check your order, then pay again.');
  await expect(summary(page)).toContainText('Discount (WELCOME10)');
  expect(calls).toHaveLength(0);
  await page.getByRole('button', { name: 'Pay $48.60' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.body).toMatchObject({ discount_code: 'WELCOME10' });
});

for (const [browsers, init] of [
  ['isComposing', { isComposing: true }],
  ['keyCode 229', { keyCode: 229 }],
] as const) {
  test(`the Enter that confirms an input method conversion in the discount field applies nothing (${browsers})`, async ({ page }) => {
    const bodies = await quoteRoute(page);
    await mountCheckout(page, QUOTED);
    await page.getByRole('button', { name: 'Have a discount code?' }).click();
    const code = page.getByRole('textbox', { name: 'Discount code' });
    await code.fill('OLDCO');
    await code.evaluate((input, init) => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true, cancelable: true, ...init }));
    }, init);
    // The shopper types on and presses their own Enter, which applies the whole code; the half
    // typed before it was never asked about.
    await code.fill('OLDCODE');
    await code.press('Enter');
    await expect(code).toHaveAccessibleDescription('This discount code has expired.');
    expect(bodies.map((body) => body.discount_code).filter(Boolean)).toEqual(['OLDCODE']);
  });
}

test('a tax ID is checked on leaving the field: invalid at the field, valid with its registered name', async ({ page }) => {
  const bodies = await quoteRoute(page);
  await mountCheckout(page, { ...QUOTED, 'collect-tax-id': true, country: 'DE' });
  await expect(page.getByRole('button', { name: 'Pay €59.12' })).toBeVisible();
  const taxId = page.getByRole('textbox', { name: 'Tax ID' });
  await taxId.fill('DE000');
  // Typing asks nothing; leaving the field does.
  const typedRequests = bodies.length;
  await taxId.blur();
  await expect(taxId).toHaveAttribute('aria-invalid', 'true');
  await expect(taxId).toHaveAccessibleDescription('This tax ID is not valid: The VAT number is not registered.');
  expect(bodies.slice(0, typedRequests).some((body) => body.tax_id)).toBe(false);

  await taxId.fill('DE123456789');
  await taxId.blur();
  await expect(taxId).toHaveAccessibleDescription('Valid VAT Number · registered to Beispiel Rösterei GmbH');
  await expect(page.getByRole('textbox', { name: 'Business name' })).toHaveValue('Beispiel Rösterei GmbH');
  await expect(page.getByRole('button', { name: 'Pay €49.68' })).toBeVisible();
});

test('a quote in another currency offers the choice, and the chips and the request follow it', async ({ page }) => {
  const bodies = await quoteRoute(page, () => 0, adaptivePricing);
  const calls = await fakeProxy(page, () => ({ json: CREATED }));
  await mountCheckout(page, { ...QUOTED, country: 'DE', 'allowed-payment-method-types': 'credit debit sepa ach' });
  await expect(page.getByRole('radio', { name: 'Pay in EUR' })).toBeChecked();
  await expect(page.getByText('Prices converted from USD')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'SEPA Direct Debit' })).toBeVisible();
  await page.getByRole('radio', { name: 'Pay in USD' }).check();
  await expect(page.getByRole('radio', { name: 'Pay in USD' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'SEPA Direct Debit' })).toHaveCount(0);
  expect(bodies.at(-1)).toMatchObject({ billing_currency: 'USD' });

  await fillGermanShopper(page);
  await page.getByRole('button', { name: /^Pay \$/ }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls[0]!.body).toMatchObject({ billing_currency: 'USD', billing: { country: 'DE' } });
});

test('the currency the shopper chose is kept over a reload: paying again after a network error sends the same body and Idempotency-Key', async ({ page }) => {
  await quoteRoute(page, () => 0, adaptivePricing);
  const calls = await fakeProxy(page, (_call, index) => (index === 0 ? 'abort' : { json: CREATED }));
  const germanCheckout = { ...QUOTED, country: 'DE', 'allowed-payment-method-types': 'credit debit sepa ach' };
  await mountCheckout(page, germanCheckout);
  await page.getByRole('radio', { name: 'Pay in USD' }).check();
  await fillGermanShopper(page);
  await page.getByRole('button', { name: /^Pay \$/ }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  expect(calls).toHaveLength(1);

  await page.reload();
  await mountCheckout(page, germanCheckout);
  await expect(page.getByRole('radio', { name: 'Pay in USD' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'SEPA Direct Debit' })).toHaveCount(0);
  await page.getByRole('button', { name: /^Pay \$/ }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(2);
  expect(calls[1]!.body).toMatchObject({ billing_currency: 'USD', billing: { country: 'DE' } });
  expect(calls[1]!.body).toEqual(calls[0]!.body);
  expect(calls[1]!.headers['idempotency-key']).toBe(calls[0]!.headers['idempotency-key']);
  // The created payment closes the checkout: its choice goes with its entries.
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.endsWith('|currency')))).toEqual([]);
});

test('a currency chosen after a network error is the shopper\'s change: the next press pays in it, under a new Idempotency-Key', async ({ page }) => {
  await quoteRoute(page, () => 0, adaptivePricing);
  const calls = await fakeProxy(page, (_call, index) => (index === 0 ? 'abort' : { json: CREATED }));
  await mountCheckout(page, { ...QUOTED, country: 'DE', 'allowed-payment-method-types': 'credit debit' });
  await fillGermanShopper(page);
  await page.getByRole('button', { name: /^Pay €/ }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await page.getByRole('radio', { name: 'Pay in USD' }).check();
  await page.getByRole('button', { name: /^Pay \$/ }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(2);
  expect(calls[0]!.body).not.toHaveProperty('billing_currency', 'USD');
  expect(calls[1]!.body).toMatchObject({ billing_currency: 'USD' });
  expect(calls[1]!.headers['idempotency-key']).not.toBe(calls[0]!.headers['idempotency-key']);
});

test('reset() forgets the chosen currency with the rest of the checkout, also over a reload', async ({ page }) => {
  await quoteRoute(page, () => 0, adaptivePricing);
  await mountCheckout(page, { ...QUOTED, country: 'DE' });
  await page.getByRole('radio', { name: 'Pay in USD' }).check();
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.locator('dodo-checkout').evaluate((element) => (element as HTMLElement & { reset(): void }).reset());
  await expect(page.getByRole('radio', { name: 'Pay in EUR' })).toBeChecked();
  await page.reload();
  await mountCheckout(page, { ...QUOTED, country: 'DE' });
  await expect(page.getByRole('radio', { name: 'Pay in EUR' })).toBeChecked();
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.endsWith('|currency')))).toEqual([]);
});

test('axe finds no serious or critical violation with a quote, the currency choice, a refused code and a checked tax ID', async ({ page }) => {
  test.setTimeout(60_000);
  await quoteRoute(page, () => 0, (body) => ({
    json: { ...quoteFor(body), lines: quoteFor(body).lines.map((line) => ({ ...line, original_currency: 'USD' })), currency: body.billing_currency ?? 'EUR' },
  }));
  await mountCheckout(page, { ...QUOTED, country: 'DE', 'collect-tax-id': true, 'allowed-payment-method-types': 'credit debit sepa' });
  await expect(page.getByRole('radio', { name: 'Pay in EUR' })).toBeChecked();
  await page.getByRole('button', { name: 'Have a discount code?' }).click();
  await page.getByRole('textbox', { name: 'Discount code' }).fill('OLDCODE');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('textbox', { name: 'Discount code' })).toHaveAttribute('aria-invalid', 'true');
  const taxId = page.getByRole('textbox', { name: 'Tax ID' });
  await taxId.fill('DE123456789');
  await taxId.blur();
  await expect(taxId).toHaveAccessibleDescription(/registered to Beispiel Rösterei GmbH/);
  expect(await axeViolations(page, { scope: 'dodo-checkout' })).toEqual([]);
});

test('the quote speaks the shopper\'s language: the tax line and a refused code in German', async ({ page }) => {
  await quoteRoute(page);
  await mountCheckout(page, { ...QUOTED, country: 'DE' });
  await page.evaluate(() => (document.documentElement.lang = 'de'));
  await expect(page.getByRole('region', { name: 'Bestellübersicht' })).toContainText('MwSt. 19\u00a0%');
  await page.getByRole('button', { name: 'Haben Sie einen Rabattcode?' }).click();
  const code = page.getByRole('textbox', { name: 'Rabattcode' });
  await code.fill('OLDCODE');
  await page.getByRole('button', { name: 'Einlösen' }).click();
  await expect(code).toHaveAccessibleDescription('Dieser Rabattcode ist abgelaufen.');
});

async function recordedEventsOf(page: Page, type: string) {
  return (await recordedEvents(page)).filter((event) => event.type === type).map((event) => event.detail);
}
