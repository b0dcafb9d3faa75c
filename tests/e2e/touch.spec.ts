/**
 * A shopper on a phone taps through the demo checkout: quantity, country list (opened, scrolled
 * and chosen by tap), state list, billing currency and payment method chips, discount code, Pay,
 * the confirmation and on to the payment page; then what comes after a payment is created — kept
 * over a reload and Back, withdrawn by a tapped cart change, and the return page's "Try again";
 * and the server-rendered checkout with its styles inline, tapped before and after its script runs;
 * Pay while a quote is on its way, and after a failed Pay; a phone keyboard's composing Enter in
 * the country list, and a postal code in full-width digits; the billing currency tapped and kept over a reload.
 * Runs in the touch projects (playwright.config.ts).
 */
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { typeInto } from '../typing.js';
import { keepSentBodies, sentJson } from '../request-bodies.js';
import { holdScript, watchViolations } from './support.js';

/**
 * Taps, as a finger does. Playwright (1.64) sends no touch input over WebDriver BiDi: its Firefox
 * tap is an empty method, so Firefox (which still gets the phone's viewport, touch events and
 * coarse pointer) is sent clicks.
 */
function tapper(browserName: string, info: TestInfo): { touchInput: boolean; tap: (locator: Locator) => Promise<void> } {
  const touchInput = browserName !== 'firefox';
  if (!touchInput) info.annotations.push({ type: 'firefox', description: 'taps sent as clicks: no touch input over WebDriver BiDi in Playwright' });
  return { touchInput, tap: (locator) => (touchInput ? locator.tap() : locator.click()) };
}

/** Ada's e-mail and name typed, and her country chosen from the list by tapping, after typing `typed` into it. */
async function fillAdaIn(page: Page, tap: (locator: Locator) => Promise<void>, typed: string, country: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  const combobox = page.getByRole('combobox', { name: 'Country' });
  await tap(combobox);
  await typeInto(combobox, typed);
  await tap(page.getByRole('option', { name: country }));
}

/** Ada in Germany, with a Berlin address. */
async function fillAdaInBerlin(page: Page, tap: (locator: Locator) => Promise<void>): Promise<void> {
  await fillAdaIn(page, tap, 'germ', 'Germany');
  await page.getByRole('textbox', { name: /Street|Address/ }).first().fill('Unter den Linden 1');
  await page.getByRole('textbox', { name: /Postal code/ }).fill('10117');
  await page.getByRole('textbox', { name: /City/ }).fill('Berlin');
}

/** The Idempotency-Key of every create the page sends. */
function recordCreateKeys(page: Page): string[] {
  const keys: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/payments')) keys.push(request.headers()['idempotency-key'] ?? '');
  });
  return keys;
}

test('a shopper taps through the whole checkout on a phone', async ({ page, browserName, hasTouch }) => {
  expect(hasTouch, 'runs in a touch project').toBe(true);
  const { touchInput, tap } = tapper(browserName, test.info());

  await page.goto('/');
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches && 'ontouchstart' in window)).toBe(true);
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await tap(page.getByRole('button', { name: 'One more Ceramic mug' }));
  await expect(page.getByRole('button', { name: 'Pay $39.00' })).toBeVisible();

  await tap(page.getByRole('textbox', { name: 'Email' }));
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await tap(page.getByRole('textbox', { name: 'Full name' }));
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');

  // The country list opens on a tap; a country far down the list is scrolled to and tapped.
  const country = page.getByRole('combobox', { name: 'Country' });
  const list = page.getByRole('listbox', { name: 'Countries' });
  // A tap outside the open list closes it and changes nothing.
  await tap(country);
  await expect(list).toBeVisible();
  await tap(page.getByRole('heading', { name: 'Checkout' }));
  await expect(list).toBeHidden();
  await expect(country).toHaveValue('United States');
  await tap(country);
  await expect(list).toBeVisible();
  await expect(country).toHaveAttribute('aria-expanded', 'true');
  if (touchInput) {
    // A finger swipe up the list scrolls the list, not the page, and neither closes it nor picks
    // the country under the finger. Chromium's DevTools protocol is the only way to swipe.
    const box = (await list.boundingBox())!;
    const pageScroll = await page.evaluate(() => scrollY);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.synthesizeScrollGesture', { x: box.x + box.width / 2, y: box.y + box.height * 0.8, yDistance: -box.height * 0.6, gestureSourceType: 'touch', speed: 800 });
    await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    expect(await page.evaluate(() => scrollY)).toBe(pageScroll);
    await expect(list).toBeVisible();
    await expect(country).toHaveValue('United States');
  }
  const canada = list.getByRole('option', { name: 'Canada' });
  await canada.scrollIntoViewIfNeeded();
  await expect(canada).toBeInViewport();
  await tap(canada);
  await expect(country).toHaveValue('Canada');
  await expect(list).toBeHidden();

  // The province list: a native select, opened by tap and chosen as the phone's picker does.
  const province = page.getByRole('combobox', { name: /^Province/ });
  await tap(province);
  await province.selectOption({ label: 'Quebec' });
  await expect(province).toHaveValue('QC');
  await page.getByRole('textbox', { name: /Street|Address/ }).first().fill('1 rue Sainte-Catherine');
  await page.getByRole('textbox', { name: /City/ }).fill('Montréal');
  await page.getByRole('textbox', { name: /Postal code/ }).fill('H2X 1Y4');

  // The quote bills a Canadian shopper in CAD; the shopper taps back to the shop's USD.
  await expect(page.getByRole('button', { name: /^Pay CA\$/ })).toBeVisible();
  const usd = page.getByRole('radio', { name: 'Pay in USD' });
  await tap(usd);
  await expect(usd).toBeChecked();
  await expect(page.getByRole('button', { name: 'Pay $39.00' })).toBeVisible();

  const methods = page.getByRole('radiogroup', { name: 'Payment method' });
  const card = methods.getByRole('radio', { name: 'Card' });
  await tap(card);
  await expect(card).toBeChecked();

  await tap(page.getByRole('button', { name: 'Have a discount code?' }));
  await page.getByRole('textbox', { name: 'Discount code' }).fill('WELCOME10');
  await tap(page.getByRole('button', { name: 'Apply' }));
  await expect(page.getByText('WELCOME10 applied: you save $3.90')).toBeVisible();

  await tap(page.getByRole('button', { name: 'Pay $35.10' }));
  const confirmation = page.getByRole('region', { name: 'Complete your payment' });
  await expect(confirmation).toContainText('$35.10');
  const link = page.getByRole('link', { name: 'Continue to payment' });
  await expect(link).toBeVisible();
  await tap(link);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\//);
  await expect(page.getByText('$35.10').first()).toBeVisible();
});

test('on a phone, a created payment is kept over a reload and Back, withdrawn by a tapped cart change, and "Try again" on the return page brings the cart back', async ({ page, browserName, hasTouch }) => {
  test.setTimeout(60_000);
  expect(hasTouch, 'runs in a touch project').toBe(true);
  const { tap } = tapper(browserName, test.info());
  const keys = recordCreateKeys(page);
  const confirmation = page.getByRole('region', { name: 'Complete your payment' });
  const link = confirmation.getByRole('link', { name: 'Continue to payment' });

  await page.goto('/');
  await tap(page.getByRole('textbox', { name: 'Email' }));
  await fillAdaIn(page, tap, 'swed', 'Sweden');
  await page.getByRole('textbox', { name: /Street/ }).fill('Drottninggatan 1');
  await page.getByRole('textbox', { name: /Postal code|Postcode/ }).fill('111 51');
  await page.getByRole('textbox', { name: /City|Town/ }).fill('Stockholm');
  await tap(page.getByRole('radio', { name: 'Pay in USD' }));

  await tap(page.getByRole('button', { name: 'Pay $24.00' }));
  await expect(confirmation).toContainText('$24.00');
  const firstLink = await link.getAttribute('href');

  // Tapping the cart withdraws the link; the Pay button says the new total; nothing typed is lost.
  await tap(page.getByRole('button', { name: 'One more Ceramic mug' }));
  await expect(link).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
  await tap(page.getByRole('button', { name: 'Pay $39.00' }));
  await expect(confirmation).toContainText('$39.00');
  const secondLink = await link.getAttribute('href');
  expect(secondLink).not.toBe(firstLink);
  expect(keys).toHaveLength(2);
  expect(keys[1], 'the new cart is paid under a new Idempotency-Key').not.toBe(keys[0]);

  // A reload shows the same payment, not a blank form that would pay twice.
  await page.reload();
  await expect(link).toHaveAttribute('href', secondLink!);
  await expect(confirmation).toContainText('$39.00');

  // On to the payment page and Back: the created payment again.
  await tap(link);
  await expect(page.getByRole('heading', { name: 'Complete your payment' })).toBeVisible();
  await page.goBack();
  await expect(link).toHaveAttribute('href', secondLink!);
  await expect(confirmation).toContainText('$39.00');
  expect(keys, 'nothing was sent again').toHaveLength(2);

  // A declined card: the return page says so, verified, and "Try again" brings the same cart back.
  await tap(link);
  await tap(page.getByRole('button', { name: 'Decline (test a failed payment)' }));
  await expect(page).toHaveURL(/\/demo\/thanks\.html\?/);
  const status = page.locator('dodo-payment-status').getByRole('status');
  await expect(status.getByRole('heading', { name: 'Payment failed' })).toBeVisible();
  await tap(status.getByRole('link', { name: 'Try again' }));
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: 'Pay $39.00' })).toBeVisible();
  await expect(link).toBeHidden();
});

test('on a phone, the server-rendered checkout with inline styles takes taps and typing before its script runs, and pays after', async ({ page, browserName, hasTouch }) => {
  expect(hasTouch, 'runs in a touch project').toBe(true);
  const { tap } = tapper(browserName, test.info());
  const script = await holdScript(page);
  const violations = await watchViolations(page);
  await page.goto('/ssr/?styles=inline&csp=strict', { waitUntil: 'commit' });

  const pay = page.getByRole('button', { name: 'Pay $24.00' });
  await expect(pay).toBeVisible();
  await expect(pay, 'styled by the inline rules before the script').toHaveCSS('background-color', 'rgb(11, 87, 208)');
  await tap(page.getByRole('textbox', { name: 'Email' }));
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await tap(page.getByRole('textbox', { name: 'Full name' }));
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');

  script.release();
  await expect(pay, 'hydrated: Pay is enabled').toBeEnabled();
  await expect(pay).toHaveCSS('background-color', 'rgb(11, 87, 208)');
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
  expect(await page.locator('dodo-checkout style').count(), 'the <style> gave way to the adopted styles').toBe(0);
  await tap(page.getByRole('textbox', { name: /Street/ }));
  await page.getByRole('textbox', { name: /Street/ }).fill('1 Main St');
  await tap(page.getByRole('textbox', { name: 'City' }));
  await page.getByRole('textbox', { name: 'City' }).fill('New York');
  await page.getByRole('combobox', { name: 'State' }).selectOption('NY');
  await tap(page.getByRole('textbox', { name: 'ZIP code' }));
  await page.getByRole('textbox', { name: 'ZIP code' }).fill('10001');
  await tap(pay);
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('on a phone, Pay tapped with a German address half filled focuses the first missing field as the form shows them; pressed twice, it sends one payment', async ({ page, browserName, hasTouch }) => {
  expect(hasTouch, 'runs in a touch project').toBe(true);
  const { tap } = tapper(browserName, test.info());
  const keys = recordCreateKeys(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await fillAdaIn(page, tap, 'germ', 'Germany');
  await page.getByRole('textbox', { name: /Street|Address/ }).first().fill('Unter den Linden 1');

  // Germany writes the postal code before the city: with both empty, focus goes to the postal code.
  await tap(page.getByRole('button', { name: /^Pay/ }));
  const postalCode = page.getByRole('textbox', { name: /Postal code/ });
  await expect(postalCode).toBeFocused();
  expect(keys).toHaveLength(0);

  await postalCode.fill('10117');
  await page.getByRole('textbox', { name: /City/ }).fill('Berlin');
  await expect(page.getByRole('button', { name: /^Pay €/ })).toBeVisible();
  // Two presses in a row, as a double tap lands them: the second while the first is handled.
  await page.locator('dodo-checkout').evaluate((element) => {
    const pay = element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    pay.click();
    pay.click();
  });
  await expect(page.getByRole('region', { name: 'Complete your payment' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(keys).toHaveLength(1);
});

test('on a phone, while the quote of a tapped country is on its way Pay states no total; a failed Pay leaves the checkout idle when it is announced', async ({ page, browserName, hasTouch }) => {
  expect(hasTouch, 'runs in a touch project').toBe(true);
  const { tap } = tapper(browserName, test.info());
  // Germany's quote waits until the test lets it go; the demo's proxy answers every other.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await keepSentBodies(page);
  await page.route('**/api/quote', async (route) => {
    const body = (await sentJson(page, route.request())) as { billing?: { country?: string } };
    if (body.billing?.country === 'DE') await held;
    await route.fallback();
  });
  await page.goto('/');
  const summary = page.getByRole('region', { name: 'Order summary' });
  await expect(summary).not.toContainText('Tax calculated at payment');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await fillAdaIn(page, tap, 'germ', 'Germany');
  await expect(page.getByRole('button', { name: 'Pay', exact: true })).toBeVisible();
  await expect(summary).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.getByRole('button', { name: /^Pay €/ })).toBeVisible();
  await expect(summary).toHaveAttribute('aria-busy', 'false');

  // The proxy fails: what a merchant's listener reads when the failure is announced.
  await page.route('**/api/payments', (route) => route.fulfill({ status: 502, json: { code: 'UPSTREAM_ERROR', message: 'Dodo Payments did not answer.' } }));
  await page.locator('dodo-checkout').evaluate((element) => element.addEventListener('dodo-checkout-error', () => {
    (window as unknown as { phaseAtError: string }).phaseAtError = (element as HTMLElement & { state: { phase: string } }).state.phase;
  }));
  await page.getByRole('textbox', { name: /Street|Address/ }).first().fill('Unter den Linden 1');
  await page.getByRole('textbox', { name: /Postal code/ }).fill('10117');
  await page.getByRole('textbox', { name: /City/ }).fill('Berlin');
  await tap(page.getByRole('button', { name: /^Pay €/ }));
  await expect(page.getByRole('alert')).toContainText('Something went wrong on our side.');
  expect(await page.evaluate(() => (window as unknown as { phaseAtError: string }).phaseAtError)).toBe('idle');
  await expect(page.getByRole('textbox', { name: /City/ })).toHaveValue('Berlin');
});

test('on a phone, the Enter that ends an input method\'s composition in the country list neither pays nor picks, and a Japanese postal code in full-width digits is paid as 100-0001', async ({ page, browserName, hasTouch }) => {
  expect(hasTouch, 'runs in a touch project').toBe(true);
  const { tap } = tapper(browserName, test.info());
  await keepSentBodies(page);
  const bodies: Array<{ billing?: Record<string, string> }> = [];
  await page.route('**/api/payments', async (route) => {
    bodies.push((await sentJson(page, route.request())) as { billing?: Record<string, string> });
    await route.fallback();
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill('hana@example.jp');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Hana Sato');
  const country = page.getByRole('combobox', { name: 'Country' });
  await tap(country);
  await typeInto(country, 'jap');
  await expect(page.getByRole('option', { name: 'Japan' })).toBeVisible();
  // A phone keyboard's Enter while it composes: Chromium and Firefox mark it isComposing.
  const phase = await country.evaluate((input) => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true, cancelable: true, isComposing: true }));
    return (document.querySelector('dodo-checkout') as HTMLElement & { state: { phase: string } }).state.phase;
  });
  expect(phase).toBe('idle');
  await expect(country).toHaveValue('jap');
  await tap(page.getByRole('option', { name: 'Japan' }));
  await expect(country).toHaveValue('Japan');

  await page.getByRole('textbox', { name: /Street|Address/ }).first().fill('1-1 Chiyoda, Chiyoda-ku');
  const prefecture = page.getByRole('combobox', { name: 'Prefecture' });
  await expect(prefecture.locator('option[value="13"]')).toHaveCount(1);
  await prefecture.selectOption('13');
  const postalCode = page.getByRole('textbox', { name: /Postal code/ });
  await postalCode.fill('１００ー０００１');
  // Japan's quote bills in yen; a tap before it arrives shows its total instead of paying.
  await tap(page.getByRole('button', { name: /^Pay ¥/ }));
  await expect(page.getByRole('region', { name: 'Complete your payment' })).toBeVisible();
  expect(bodies).toHaveLength(1);
  expect(bodies[0]!.billing).toMatchObject({ country: 'JP', state: '13', zipcode: '100-0001' });
});

test('on a phone, the billing currency tapped under adaptive pricing is kept over a reload, and paying sends it', async ({ page, browserName, hasTouch }) => {
  expect(hasTouch, 'runs in a touch project').toBe(true);
  const { tap } = tapper(browserName, test.info());
  await keepSentBodies(page);
  const bodies: Array<{ billing_currency?: string }> = [];
  await page.route('**/api/payments', async (route) => {
    bodies.push((await sentJson(page, route.request())) as { billing_currency?: string });
    await route.fallback();
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await fillAdaIn(page, tap, 'germ', 'Germany');
  await expect(page.getByRole('button', { name: /^Pay €/ })).toBeVisible();
  await tap(page.getByRole('radio', { name: 'Pay in USD' }));
  await expect(page.getByRole('button', { name: /^Pay \$/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('Germany');
  await expect(page.getByRole('radio', { name: 'Pay in USD' })).toBeChecked();
  await page.getByRole('textbox', { name: /Street|Address/ }).first().fill('Unter den Linden 1');
  await page.getByRole('textbox', { name: /Postal code/ }).fill('10117');
  await page.getByRole('textbox', { name: /City/ }).fill('Berlin');
  await tap(page.getByRole('button', { name: /^Pay \$/ }));
  await expect(page.getByRole('region', { name: 'Complete your payment' })).toBeVisible();
  expect(bodies).toHaveLength(1);
  expect(bodies[0]).toMatchObject({ billing_currency: 'USD' });
});

test('on a phone, a country typed whole and then a tap on Pay: the new country is kept, and its total is shown, not charged, until Pay is tapped again', async ({ page, browserName, hasTouch }) => {
  expect(hasTouch, 'runs in a touch project').toBe(true);
  const { tap } = tapper(browserName, test.info());
  await keepSentBodies(page);
  // Sweden's quote waits until the test lets it go; the demo's proxy answers every other.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let swedenAsked = false;
  await page.route('**/api/quote', async (route) => {
    const body = (await sentJson(page, route.request())) as { billing?: { country?: string } };
    if (body.billing?.country === 'SE') {
      swedenAsked = true;
      await held;
    }
    await route.fallback();
  });
  const bodies: Array<{ billing?: { country?: string } }> = [];
  await page.route('**/api/payments', async (route) => {
    bodies.push((await sentJson(page, route.request())) as { billing?: { country?: string } });
    await route.fallback();
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await fillAdaInBerlin(page, tap);
  const germanPay = page.getByRole('button', { name: /^Pay €/ });
  await expect(germanPay).toBeVisible();
  const germanTotal = (await germanPay.textContent())!.trim();

  // The whole name typed, the list left open, and Pay tapped at once.
  const country = page.getByRole('combobox', { name: 'Country' });
  await tap(country);
  await typeInto(country, 'Sweden');
  await tap(page.locator('dodo-checkout').locator('button[type="submit"]'));
  await expect(country).toHaveValue('Sweden');
  await expect.poll(() => swedenAsked).toBe(true);
  release();

  const alert = page.getByRole('alert');
  const changed = /^The total changed to (.+)\. Check your order, then pay again\.$/;
  await expect(alert).toHaveText(changed);
  const total = changed.exec((await alert.textContent())!)![1]!;
  expect(`Pay ${total}`).not.toBe(germanTotal);
  const pay = page.getByRole('button', { name: `Pay ${total}` });
  await expect(pay).toBeVisible();
  await page.waitForTimeout(500);
  expect(bodies, 'nothing charged at a total the shopper did not see').toHaveLength(0);

  await tap(pay);
  await expect(page.getByRole('region', { name: 'Complete your payment' })).toContainText(total);
  expect(bodies).toHaveLength(1);
  expect(bodies[0]).toMatchObject({ billing: { country: 'SE' } });
});

test('on a phone, a payment the proxy created at another total than the quote is shown with both totals before the shopper goes on; Start over takes the alert away', async ({ page, browserName, hasTouch }) => {
  expect(hasTouch, 'runs in a touch project').toBe(true);
  const { tap } = tapper(browserName, test.info());
  await keepSentBodies(page);
  // The demo's proxy creates the payment; its answer reaches the page one euro higher.
  await page.route('**/api/payments', async (route) => {
    // Sent again from the test, with the body as the page sent it (Firefox over WebDriver BiDi gives routes no body).
    const response = await page.request.fetch(route.request(), { data: JSON.stringify(await sentJson(page, route.request())) });
    const answer = (await response.json()) as { total_amount: number };
    await route.fulfill({ response, json: { ...answer, total_amount: answer.total_amount + 100 } });
  });
  await page.goto('/');
  await fillAdaInBerlin(page, tap);
  const pay = page.getByRole('button', { name: /^Pay €/ });
  await expect(pay).toBeVisible();
  const quoted = (await pay.textContent())!.trim().replace(/^Pay /, '');
  await tap(pay);
  const alert = page.getByRole('alert');
  const other = /^This payment's total is (.+), not the (.+) you were shown\. Check it before you continue to payment\.$/;
  await expect(alert).toHaveText(other);
  const [, charged, shown] = other.exec((await alert.textContent())!)!;
  expect(shown).toBe(quoted);
  expect(charged).not.toBe(quoted);
  await expect(page.getByRole('region', { name: 'Complete your payment' })).toContainText(charged!);
  await tap(page.getByRole('button', { name: 'Start over' }));
  await expect(alert).toHaveText('');
  await expect(page.getByRole('button', { name: `Pay ${quoted}` })).toBeVisible();
});
