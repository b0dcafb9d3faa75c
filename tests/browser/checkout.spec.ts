import { expect, test, type Page } from '@playwright/test';
import { keepSentBodies, sentBody } from '../request-bodies.js';
import en from '../../src/intl/messages/en.js';
import { typeInto } from '../typing.js';
import { alertFrames, emptyFrameMs, watchAlertFrames } from '../alert-frames.js';
import { CART, CREATED, chooseCountry, fakeProxy, fillUsAddress, mountCheckout, recordedEvents } from './support.js';

/** Switches the mounted checkout to another language and waits until it shows it. */
async function showIn(page: Page, locale: string) {
  await page.locator('dodo-checkout').evaluate((element, locale) => element.setAttribute('locale', locale), locale);
  await expect(page.locator(`.checkout[lang="${locale}"]`)).toHaveCount(1);
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  contentType: 'application/json',
  headers,
  body: JSON.stringify(body),
});

test.describe('happy path', () => {
  test('renders the sections in order with the total on the pay button', async ({ page }) => {
    await mountCheckout(page);
    await expect(page.getByRole('group', { name: 'Contact' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Billing address' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Order summary' })).toContainText('Espresso beans, 1 kg');
    await expect(page.getByRole('region', { name: 'Order summary' })).toContainText('$30.00');
    await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
  });

  test('confirms, then links to the payment page when redirect-immediately is off', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page);
    await fillUsAddress(page);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();

    const link = page.getByRole('link', { name: 'Continue to payment' });
    await expect(link).toHaveAttribute('href', CREATED.payment_link);
    await expect(page.getByRole('heading', { name: 'Complete your payment' })).toBeFocused();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toEqual({
      product_cart: [
        { product_id: 'pdt_espresso_beans', quantity: 1 },
        { product_id: 'pdt_ceramic_mug', quantity: 2 },
      ],
      customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
      billing: { country: 'US', street: '1 Infinite Loop', city: 'Cupertino', state: 'CA', zipcode: '95014' },
      payment_link: true,
    });
    expect(calls[0]!.headers['content-type']).toBe('application/json');
    expect(calls[0]!.headers['idempotency-key']).toMatch(/^dodo_/);
    const types = (await recordedEvents(page)).map((event) => event.type);
    expect(types).toEqual(['dodo-checkout-submit', 'dodo-checkout-payment-created']);
  });

  test('an answer that states its currency (a Checkout Session\'s) has its total shown in it; a payment\'s without billing-currency has none', async ({ page }) => {
    for (const [answer, shown] of [[{ ...CREATED, total_amount: 4968, currency: 'EUR' }, '€49.68'], [CREATED, undefined]] as const) {
      await fakeProxy(page, () => json(200, answer));
      await mountCheckout(page);
      await fillUsAddress(page);
      await page.getByRole('button', { name: 'Pay $54.00' }).click();
      const panel = page.getByRole('region', { name: 'Complete your payment' });
      await expect(panel.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
      if (shown) await expect(panel).toContainText(shown);
      else await expect(panel).not.toContainText('Total');
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      // The tab keeps the created payment: a new checkout starts from an empty tab.
      await page.evaluate(() => sessionStorage.clear());
    }
  });

  test('redirects at once when redirect-immediately is on', async ({ page }) => {
    await fakeProxy(page, () => json(200, CREATED));
    await page.route('https://pay.example.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Hosted payment page</h1>' }));
    await mountCheckout(page, { 'redirect-immediately': true });
    await fillUsAddress(page);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect(page).toHaveURL(CREATED.payment_link);
    await expect(page.getByRole('heading', { name: 'Hosted payment page' })).toBeVisible();
  });

  test('a cancelled redirect leaves navigation to the page', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page, { 'redirect-immediately': true });
    await page.evaluate(() => document.querySelector('dodo-checkout')!.addEventListener('dodo-checkout-redirect', (event) => event.preventDefault()));
    await fillUsAddress(page);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
    expect(page.url()).toContain('/tests/browser/fixtures/checkout.html');
    expect(calls).toHaveLength(1);
    const redirect = (await recordedEvents(page)).find((event) => event.type === 'dodo-checkout-redirect');
    expect(redirect?.detail.url).toBe(CREATED.payment_link);
  });

  test('a submit listener that changes the request in its event changes nothing that is sent', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page);
    await page.evaluate(() =>
      document.querySelector('dodo-checkout')!.addEventListener('dodo-checkout-submit', (event) => {
        const { request } = (event as CustomEvent<{ request: { product_cart: Array<{ quantity: number }>; customer: { email?: string } } }>).detail;
        request.product_cart[0]!.quantity = 5;
        delete request.customer.email;
      }),
    );
    await fillUsAddress(page);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 1 }, { product_id: 'pdt_ceramic_mug', quantity: 2 }], customer: { email: 'ada@example.com' } });
  });

  test('a cancelled submit event sends nothing', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page);
    await page.evaluate(() => document.querySelector('dodo-checkout')!.addEventListener('dodo-checkout-submit', (event) => event.preventDefault()));
    await fillUsAddress(page);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await page.waitForTimeout(300);
    expect(calls).toHaveLength(0);
  });
});

test.describe('the same alert on a second press', () => {
  // Browsers compare a live region once a frame: it must be empty for one before the same words come back.
  test('a failure answered again is announced again', async ({ page }) => {
    await fakeProxy(page, () => json(503, { code: 'UPSTREAM_UNAVAILABLE', message: 'The payment provider is unavailable.' }));
    await mountCheckout(page);
    await fillUsAddress(page);
    const pay = page.getByRole('button', { name: 'Pay $54.00' });
    await pay.click();
    const alert = page.getByRole('alert');
    await expect(alert).not.toBeEmpty();
    const shown = (await alert.textContent())!.trim();
    await watchAlertFrames(alert);
    await pay.click();
    await expect.poll(() => alertFrames(page)).toEqual(['', shown]);
    // Empty for the checkout's moment, however fast the proxy answered (here within a few ms).
    expect(await emptyFrameMs(page)).toBeGreaterThanOrEqual(60);
  });

  test('the first alert comes with the marked fields, in the same render: only an alert said a moment ago waits', async ({ page }) => {
    await mountCheckout(page);
    await fillUsAddress(page);
    await page.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
    // Which of the shadow root's mutation batches first showed the field marked, and the alert's words.
    await page.locator('dodo-checkout').evaluate((element) => {
      const root = element.shadowRoot!;
      const seen: { field?: number; alert?: number } = ((window as unknown as { seen: object }).seen = {});
      let batch = 0;
      new MutationObserver(() => {
        batch += 1;
        if (root.querySelector('#email')?.getAttribute('aria-invalid') === 'true') seen.field ??= batch;
        if (root.querySelector('[role=alert]')?.textContent?.trim()) seen.alert ??= batch;
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect(page.getByRole('alert')).toHaveText('1 field needs your attention.');
    const seen = await page.evaluate(() => (window as unknown as { seen: { field?: number; alert?: number } }).seen);
    expect(seen.field).toBeDefined();
    expect(seen.alert).toBe(seen.field);
  });

  test('the same problems found again are announced again, also on Enter in the field', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page);
    await fillUsAddress(page);
    const email = page.getByRole('textbox', { name: 'Email' });
    await email.fill('not-an-email');
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect(email).toBeFocused();
    const alert = page.getByRole('alert');
    const shown = (await alert.textContent())!.trim();
    expect(shown).not.toBe('');
    await watchAlertFrames(alert);
    await email.press('Enter');
    await expect.poll(() => alertFrames(page)).toEqual(['', shown]);
    await expect(email).toBeFocused();
    expect(calls).toHaveLength(0);
  });
});

test.describe("the API's refusal of a typed value", () => {
  for (const [what, code, message, field, typed] of [
    ['a tax ID, by its message', 'INVALID_TAX_ID', 'tax_id: This tax ID is not valid for the United States.', 'Tax ID', '12-3456789'],
    ['a postal code, by its message', 'INVALID_REQUEST_PARAMETERS', 'billing.zipcode: not a deliverable ZIP code.', 'ZIP code', '95014'],
  ] as const) {
    test(`${what}: shown and announced at its field, which gets focus, and nothing typed is lost`, async ({ page }) => {
      await fakeProxy(page, () => json(422, { code, message }));
      await mountCheckout(page, { 'collect-tax-id': true });
      await fillUsAddress(page);
      if (field === 'Tax ID') await page.getByRole('textbox', { name: 'Tax ID' }).fill(typed);
      await page.getByRole('button', { name: 'Pay $54.00' }).click();
      const input = page.getByRole('textbox', { name: new RegExp(`^${field}`) });
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(input).toBeFocused();
      const sentence = message.replace(/^[a-z_.]+:\s+/, '');
      await expect(input).toHaveAccessibleDescription(new RegExp(sentence.charAt(0).toUpperCase() + sentence.slice(1).replace(/\./g, '\\.')));
      await expect(input).toHaveValue(typed);
      await expect(page.getByRole('alert')).not.toBeEmpty();
    });
  }
});

test.describe('validation', () => {
  test('marks invalid fields, ties the messages and focuses the first', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page);
    await page.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
    await page.getByRole('textbox', { name: /ZIP code/ }).fill('ABCDE');
    await page.getByRole('button', { name: 'Pay $54.00' }).click();

    const email = page.getByRole('textbox', { name: 'Email' });
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/valid email/i);
    await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('textbox', { name: /ZIP code/ })).toHaveAccessibleDescription(/ZIP code|postal/i);
    await expect(page.getByRole('alert')).toContainText('6 fields need your attention.');
    expect(calls).toHaveLength(0);
    const errors = (await recordedEvents(page)).filter((event) => event.type === 'dodo-checkout-error');
    expect(errors[0]?.detail.kind).toBe('validation');
    await expect(email).toHaveValue('not-an-email');
  });

  test('the alert counts the fields that still need attention as the shopper fixes them', async ({ page }) => {
    await mountCheckout(page);
    await page.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('6 fields need your attention.');
    await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'false');
    await expect(alert).toHaveText('5 fields need your attention.');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
    await page.getByRole('textbox', { name: /^Street/ }).fill('1 Infinite Loop');
    await page.getByRole('textbox', { name: /^City/ }).fill('Cupertino');
    await page.getByRole('textbox', { name: /^ZIP code/ }).fill('95014');
    await expect(alert).toHaveText('1 field needs your attention.');
    await page.getByRole('combobox', { name: /^State/ }).selectOption({ label: 'California' });
    await expect(alert).toHaveText('');
  });

  test('focuses the first invalid field as the country lays the fields out, and announces them in that order', async ({ page }) => {
    await mountCheckout(page);
    await chooseCountry(page, 'germ', 'Germany');
    await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
    await page.getByRole('textbox', { name: /^Street/ }).fill('Unter den Linden 1');
    // Germany writes the postal code before the city.
    const postalCode = page.getByRole('textbox', { name: /^Postal code/ });
    const city = page.getByRole('textbox', { name: /^City/ });
    expect(await postalCode.evaluate((zip, other) => !!(zip.compareDocumentPosition(other!) & Node.DOCUMENT_POSITION_FOLLOWING), await city.elementHandle())).toBe(true);
    await page.getByRole('button', { name: /^Pay/ }).click();
    await expect(postalCode).toBeFocused();
    await expect(city).toHaveAttribute('aria-invalid', 'true');
    const errors = (await recordedEvents(page)).filter((event) => event.type === 'dodo-checkout-error');
    const message = errors.at(-1)?.detail.message as string;
    const zipProblem = (await page.locator('dodo-checkout #zipcode-error').textContent())!.trim();
    const cityProblem = (await page.locator('dodo-checkout #city-error').textContent())!.trim();
    expect(zipProblem).not.toBe('');
    expect(message.indexOf(zipProblem)).toBeLessThan(message.indexOf(cityProblem));
  });

  test('uses the chosen country\'s fields and labels', async ({ page }) => {
    await mountCheckout(page);
    await chooseCountry(page, 'united king', 'United Kingdom');
    // Postcode, as British forms say, not libaddressinput's default "Postal code".
    await expect(page.getByRole('textbox', { name: /^Postcode/ })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /Postal code|ZIP code/ })).toHaveCount(0);
    await chooseCountry(page, 'irel', 'Ireland');
    await expect(page.getByRole('textbox', { name: /Eircode/ })).toBeVisible();
  });
});

test.describe('errors keep everything typed and allow another try', () => {
  const cases: Array<[string, Parameters<typeof fakeProxy>[1], RegExp, string]> = [
    ['422 with an API message', () => json(422, { code: 'INVALID_REQUEST', message: 'Product pdt_x is not available' }), /Product pdt_x is not available/, 'server'],
    ['500 with an HTML body', () => ({ status: 500, contentType: 'text/html', body: '<h1 id="leak">Internal</h1><script>window.pwned=1</script>' }), /something went wrong|try again/i, 'server'],
    ['a network failure', () => 'abort', /connect|network/i, 'network'],
    ['an invalid 200 response', () => json(200, { hello: 'world' }), /unexpected|invalid/i, 'response'],
    ['a javascript: payment link', () => json(200, { ...CREATED, payment_link: 'javascript:window.pwned=1' }), /payment page|link/i, 'response'],
    ['a data: payment link', () => json(200, { ...CREATED, payment_link: 'data:text/html,hi' }), /payment page|link/i, 'response'],
    ['a protocol-relative payment link', () => json(200, { ...CREATED, payment_link: '//evil.example/pay' }), /payment page|link/i, 'response'],
    ['a plain-http payment link', () => json(200, { ...CREATED, payment_link: 'http://evil.example/pay' }), /payment page|link/i, 'response'],
  ];
  for (const [name, respond, message, kind] of cases) {
    test(name, async ({ page }) => {
      let failFirst = true;
      const calls = await fakeProxy(page, (call, index) => {
        if (index === 0 && failFirst) return respond(call, index);
        return json(200, CREATED);
      });
      await mountCheckout(page, { 'redirect-immediately': true });
      await fillUsAddress(page);
      await page.getByRole('button', { name: 'Pay $54.00' }).click();

      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.locator('#leak')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      await expect(page.getByRole('link')).toHaveCount(0);
      expect(page.url()).toContain('/tests/browser/fixtures/checkout.html');
      await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
      await expect(page.getByRole('textbox', { name: /ZIP code/ })).toHaveValue('95014');
      const error = (await recordedEvents(page)).find((event) => event.type === 'dodo-checkout-error');
      expect(error?.detail.kind).toBe(kind);

      failFirst = false;
      await page.route('https://pay.example.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Hosted</h1>' }));
      await page.getByRole('button', { name: 'Pay $54.00' }).click();
      await expect(page).toHaveURL(CREATED.payment_link);
      expect(calls).toHaveLength(2);
      expect(calls[1]!.headers['idempotency-key']).toBe(calls[0]!.headers['idempotency-key']);
    });
  }

  test('a timeout is reported and the request aborted', async ({ page }) => {
    await fakeProxy(page, () => 'hang');
    await mountCheckout(page, { timeout: '500' });
    await fillUsAddress(page);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect(page.getByRole('alert')).toContainText(/took too long|timed out/i);
    const error = (await recordedEvents(page)).find((event) => event.type === 'dodo-checkout-error');
    expect(error?.detail.kind).toBe('timeout');
    await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeEnabled();
  });

  test('a refused discount code is shown at the code field', async ({ page }) => {
    await fakeProxy(page, () => json(422, { code: 'DISCOUNT_CODE_EXPIRED', message: 'The discount code EXPIRED has expired' }));
    await mountCheckout(page, { 'discount-code': 'EXPIRED' });
    await fillUsAddress(page);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    const code = page.getByRole('textbox', { name: 'Discount code' });
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(code).toHaveAccessibleDescription('The discount code EXPIRED has expired');
    await expect(code).toBeFocused();
  });

  test('a Japanese address paid again after the language changed sends the same body and key', async ({ page }) => {
    // Japan's address reads postal code first in Japanese and street first in Latin script: the
    // form follows the language, the request to Dodo does not.
    const calls = await fakeProxy(page, () => 'abort');
    await mountCheckout(page, { country: 'JP', locale: 'en' });
    await page.locator('#email').fill('hana@example.jp');
    await page.locator('#name').fill('Hana Sato');
    await page.locator('#zipcode').fill('154-0023');
    await expect(page.locator('select#state option[value="13"]')).toHaveCount(1);
    await page.locator('select#state').selectOption('13');
    await page.locator('#street').fill('1-2-3 Sangenjaya, Setagaya-ku');
    const pay = page.locator('button[type=submit]');
    await pay.click();
    await expect(page.getByRole('alert')).toHaveText(en.networkError);

    await showIn(page, 'ja');
    await expect(page.locator('#street')).toHaveValue('1-2-3 Sangenjaya, Setagaya-ku');
    await pay.click();
    await expect.poll(() => calls.length).toBe(2);
    expect(JSON.stringify(calls[1]!.body)).toBe(JSON.stringify(calls[0]!.body));
    expect(calls[1]!.headers['idempotency-key']).toBe(calls[0]!.headers['idempotency-key']);
  });

  test('the next attempt with a changed body gets a new idempotency key', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(500, { code: 'INTERNAL', message: 'Upstream failed' }));
    await mountCheckout(page);
    await fillUsAddress(page);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect(page.getByRole('alert')).toHaveText(en.serverError);
    await page.getByRole('textbox', { name: /City/ }).fill('Palo Alto');
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[1]!.headers['idempotency-key']).not.toBe(calls[0]!.headers['idempotency-key']);
  });
});

test.describe('exactly one request per action', () => {
  test('double clicks and clicks during the request send one request', async ({ page }) => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calls: unknown[] = [];
    await keepSentBodies(page);
    await page.route('**/api/test-proxy', async (route) => {
      calls.push(await sentBody(page, route.request()));
      await gate;
      await route.fulfill(json(200, CREATED));
    });
    await mountCheckout(page);
    await fillUsAddress(page);
    const pay = page.getByRole('button', { name: 'Pay $54.00' });
    await pay.dblclick();
    const busy = page.getByRole('button', { name: /Processing/ });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await busy.click({ force: true });
    await page.keyboard.press('Enter');
    release();
    await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
    expect(calls).toHaveLength(1);
  });
});

test.describe('configuration', () => {
  for (const [name, attributes, message] of [
    ['missing endpoint', { endpoint: '' }, /endpoint is required/],
    ['invalid cart JSON', { cart: '[{"product_id":' }, /cart is not valid JSON/],
    ['empty cart', { cart: '[]' }, /cart/],
    ['unknown currency', { currency: 'XXY' }, /currency/],
    ['unknown payment method', { 'allowed-payment-method-types': 'credit mind_reading' }, /allowed-payment-method-types/],
    ['bad return URL', { 'return-url': 'javascript:alert(1)' }, /return-url/],
    ['customer id longer than the API takes', { 'customer-id': `cus_${'x'.repeat(300)}` }, /customer-id/],
  ] as const) {
    test(`${name}: visible alert, configuration event, nothing sent`, async ({ page }) => {
      const calls = await fakeProxy(page, () => json(200, CREATED));
      await page.goto('/tests/browser/fixtures/checkout.html');
      await page.evaluate((attributes) => {
        (window as unknown as { errors: unknown[] }).errors = [];
        const element = document.createElement('dodo-checkout');
        element.addEventListener('dodo-checkout-error', (event) => (window as unknown as { errors: unknown[] }).errors.push((event as CustomEvent).detail));
        const all: Record<string, string> = { endpoint: '/api/test-proxy', cart: '[{"product_id":"p","quantity":1}]', currency: 'USD', ...attributes };
        for (const [key, value] of Object.entries(all)) element.setAttribute(key, value);
        document.querySelector('#host')!.append(element);
      }, attributes as Record<string, string>);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('button', { name: /Pay/ })).toHaveCount(0);
      const errors = await page.evaluate(() => (window as unknown as { errors: Array<{ kind: string }> }).errors);
      expect(errors.map((error) => error.kind)).toEqual(['configuration']);
      expect(calls).toHaveLength(0);
    });
  }

  test('fixing an attribute after first render brings the form back', async ({ page }) => {
    await mountCheckout(page);
    await page.evaluate(() => document.querySelector('dodo-checkout')!.setAttribute('cart', 'oops'));
    await expect(page.getByRole('alert')).toContainText(/cart/);
    await page.evaluate((cart) => document.querySelector('dodo-checkout')!.setAttribute('cart', cart), JSON.stringify([{ ...CART[0], quantity: 3 }]));
    await expect(page.getByRole('button', { name: 'Pay $72.00' })).toBeVisible();
    await expect(page.getByRole('alert')).toBeEmpty();
  });

  test('an existing customer needs no contact fields', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page, { 'customer-id': 'cus_42' });
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveCount(0);
    await page.getByRole('textbox', { name: /Street/ }).fill('1 Main St');
    await page.getByRole('textbox', { name: /City/ }).fill('Springfield');
    await page.getByRole('combobox', { name: /^State/ }).selectOption({ label: 'Illinois' });
    await page.getByRole('textbox', { name: /ZIP code/ }).fill('62701');
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]!.body.customer).toEqual({ customer_id: 'cus_42' });
  });
});

test.describe('money', () => {
  test('formats with ISO 4217 minor units: JPY has none, KWD three', async ({ page }) => {
    await mountCheckout(page, { currency: 'JPY', cart: JSON.stringify([{ product_id: 'a', quantity: 2, price: 1500, name: 'Tea' }]) });
    await expect(page.getByRole('button', { name: 'Pay ¥3,000' })).toBeVisible();
    await mountCheckout(page, { currency: 'KWD', cart: JSON.stringify([{ product_id: 'a', quantity: 1, price: 1250, name: 'Tea' }]) });
    await expect(page.getByRole('button', { name: /^Pay KWD\s1\.250$/ })).toBeVisible();
  });

  test('shows a pay-what-you-want amount', async ({ page }) => {
    await mountCheckout(page, { cart: JSON.stringify([{ product_id: 'pdt_tip', quantity: 1, amount: 700, name: 'Tip the roaster' }]) });
    await expect(page.getByRole('region', { name: 'Order summary' })).toContainText('$7.00');
    await expect(page.getByRole('button', { name: 'Pay $7.00' })).toBeVisible();
  });
});

test.describe('payment methods', () => {
  test('shows only methods usable in the billing country and narrows the request to the chosen one', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page, { currency: 'EUR', 'billing-currency': 'EUR', country: 'NL', 'allowed-payment-method-types': 'credit debit ideal pix upi_collect sepa' });
    const methods = page.getByRole('radiogroup', { name: 'Payment method' });
    await expect(methods.getByRole('radio', { name: 'Card' })).toBeVisible();
    await expect(methods.getByRole('radio', { name: 'iDEAL' })).toBeVisible();
    await expect(methods.getByRole('radio', { name: /Pix/ })).toHaveCount(0);
    await expect(methods.getByRole('radio', { name: /UPI/ })).toHaveCount(0);

    await page.getByRole('textbox', { name: 'Email' }).fill('sem@example.nl');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Sem de Vries');
    await page.getByRole('textbox', { name: /Street/ }).fill('Damrak 1');
    await page.getByRole('textbox', { name: /^Postal code/ }).fill('1012 LG');
    await page.getByRole('textbox', { name: /City/ }).fill('Amsterdam');
    await page.getByRole('button', { name: /^Pay/ }).click();
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]!.body.allowed_payment_method_types).toEqual(['credit', 'debit', 'ideal', 'sepa']);

    await page.getByRole('button', { name: /Pay|Continue/ }).count();
  });

  test('a card chip sends credit and debit', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page, { 'allowed-payment-method-types': 'credit debit ideal' });
    await page.getByRole('radio', { name: 'Card' }).check();
    await fillUsAddress(page);
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]!.body.allowed_payment_method_types).toEqual(['credit', 'debit']);
  });
});

test.describe('persistence', () => {
  test('typed values survive a reload and are cleared once a payment is created', async ({ page }) => {
    await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page);
    await fillUsAddress(page);
    await page.reload();
    await page.evaluate((cart) => {
      const element = document.createElement('dodo-checkout');
      Object.assign(element, { endpoint: '/api/test-proxy', currency: 'USD', country: 'US', cart });
      document.querySelector('#host')!.append(element);
    }, CART);
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
    await expect(page.getByRole('textbox', { name: /ZIP code/ })).toHaveValue('95014');
    await page.getByRole('button', { name: 'Pay $54.00' }).click();
    await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
    // The typed values are gone; only the payment is kept, for the way back (payment-kept.spec.ts).
    const stored = await page.evaluate(() => Object.entries(sessionStorage).filter(([key]) => key.startsWith('dodo-checkout:')));
    expect(stored.map(([key]) => key)).toEqual([expect.stringMatching(/\|payment$/)]);
    expect(stored[0]![1]).not.toContain('ada@example.com');
    expect(stored[0]![1]).not.toContain('95014');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });
});

test.describe('Enter that confirms an input method conversion', () => {
  // Chromium and Firefox send the Enter that commits a conversion (Japanese, Chinese, Korean) as a
  // keydown with isComposing; Safari sends it after compositionend, with keyCode 229.
  for (const [browsers, init] of [
    ['isComposing', { isComposing: true }],
    ['keyCode 229', { keyCode: 229 }],
  ] as const) {
    test(`in the country picker neither pays nor leaves the picker (${browsers})`, async ({ page }) => {
      const calls = await fakeProxy(page, () => json(200, CREATED));
      await mountCheckout(page);
      await fillUsAddress(page);
      const country = page.getByRole('combobox', { name: 'Country' });
      await typeInto(country, 'Germ');
      await expect(page.getByRole('option', { name: 'Germany' })).toBeVisible();
      const delivered = await country.evaluate((input, init) => {
        const event = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true, cancelable: true, ...init });
        input.dispatchEvent(event);
        // A press of Pay is "submitting" from its first moment, before anything is sent.
        return { isComposing: event.isComposing, keyCode: event.keyCode, phase: (document.querySelector('dodo-checkout') as HTMLElement & { state: { phase: string } }).state.phase };
      }, init);
      expect(delivered).toEqual({ isComposing: false, keyCode: 0, ...init, phase: 'idle' });
      await expect(country).toBeFocused();
      await expect(country).toHaveValue('Germ');
      await expect(page.getByRole('option', { name: 'Germany' })).toBeVisible();
      // The next plain Enter is the shopper's own: it commits the highlighted country, still without paying.
      await country.press('Enter');
      await expect(country).toHaveValue('Germany');
      expect(calls).toHaveLength(0);
    });

  }
});

/** An Egyptian shopper in Arabic: contact, street, city and governorate; the postal code is the test's. */
async function fillCairoShopper(page: Page) {
  await page.locator('#email').fill('omar@example.eg');
  await page.locator('#name').fill('عمر خالد');
  await page.locator('#street').fill('٢٦ شارع يوليو');
  await page.locator('#city').fill('القاهرة');
  await expect(page.locator('select#state option')).not.toHaveCount(0);
  await page.locator('select#state').selectOption({ index: 1 });
}

test.describe('digits of other scripts', () => {
  test('a Persian postal code and phone number are sent, and shown, in ASCII digits', async ({ page }) => {
    // The proxy fails, so the form stays to show what was sent.
    const calls = await fakeProxy(page, () => json(500, { code: 'INTERNAL', message: 'Upstream failed' }));
    await mountCheckout(page, { country: 'IR', 'collect-phone': true });
    await showIn(page, 'fa');
    await page.locator('#email').fill('sara@example.ir');
    await page.locator('#name').fill('سارا محمدی');
    await page.locator('#phone').fill('۰۹۱۲۳۴۵۶۷۸۹');
    await expect(page.locator('select#state option')).not.toHaveCount(0);
    await page.locator('select#state').selectOption({ index: 1 });
    await page.locator('#city').fill('تهران');
    await page.locator('#street').fill('خیابان آزادی ۱۲');
    await page.locator('#zipcode').fill('۱۱۹۳۶۱۲۳۴۵');
    await page.locator('button[type=submit]').click();
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]!.body).toMatchObject({ customer: { phone_number: '09123456789' }, billing: { country: 'IR', zipcode: '11936-12345', street: 'خیابان آزادی ۱۲' } });
    await expect(page.locator('#zipcode')).toHaveValue('11936-12345');
    await expect(page.locator('#phone')).toHaveValue('09123456789');
  });

  test('a phone number and postal code pasted with invisible direction marks (from right-to-left text) are accepted and sent without them', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page, { country: 'EG', 'collect-phone': true });
    await showIn(page, 'ar');
    await fillCairoShopper(page);
    await page.locator('#phone').fill('\u202A+20 100 123 4567\u202C');
    await page.locator('#zipcode').fill('\u200F١٢٤١١');
    await page.locator('button[type=submit]').click();
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]!.body).toMatchObject({ customer: { phone_number: '+20 100 123 4567' }, billing: { country: 'EG', zipcode: '12411' } });
  });

  test('on a right-to-left page the postal code and phone read left to right (a code of two groups keeps their order), aligned with the form', async ({ page }) => {
    await mountCheckout(page, { country: 'IL', 'collect-phone': true });
    await showIn(page, 'he');
    await page.locator('#zipcode').fill('2038 3054');
    await page.locator('#phone').fill('050 123 4567');
    const layout = (selector: string) => page.locator(selector).evaluate((input) => {
      const { direction, textAlign } = getComputedStyle(input);
      return { direction, textAlign };
    });
    // Right-to-left, "2038 3054" would show as "3054 2038".
    expect(await layout('#zipcode')).toEqual({ direction: 'ltr', textAlign: 'right' });
    expect(await layout('#phone')).toEqual({ direction: 'ltr', textAlign: 'right' });
    // Words still follow the page.
    expect((await layout('#city')).direction).toBe('rtl');
    await showIn(page, 'en');
    expect(await layout('#zipcode')).toEqual({ direction: 'ltr', textAlign: 'start' });
  });

  test('an Arabic-Indic postal code is accepted in Arabic, and a wrong one still refused', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page, { country: 'EG' });
    await showIn(page, 'ar');
    await fillCairoShopper(page);
    await page.locator('#zipcode').fill('١٢٤١');
    await page.locator('button[type=submit]').click();
    await expect(page.locator('#zipcode')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#zipcode')).toBeFocused();
    expect(calls).toHaveLength(0);
    await page.locator('#zipcode').fill('١٢٤١١');
    await page.locator('button[type=submit]').click();
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]!.body).toMatchObject({ billing: { country: 'EG', zipcode: '12411' } });
  });
});

test.describe('e-mail domains in other scripts', () => {
  test('an e-mail with an internationalized domain is accepted and sent in its ASCII form', async ({ page }) => {
    const calls = await fakeProxy(page, () => json(200, CREATED));
    await mountCheckout(page);
    // Firefox keeps the domain as typed; Chromium's e-mail input gives its ASCII form.
    await fillUsAddress(page, 'ivan@пример.рф');
    await page.locator('button[type=submit]').click();
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]!.body).toMatchObject({ customer: { email: 'ivan@xn--e1afmkfd.xn--p1ai' } });
  });
});
