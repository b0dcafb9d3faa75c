/**
 * Fault matrix: every way the proxy can fail, asserted from three sides — what
 * the shopper sees (a localized message announced by the live region, no navigation, no HTML from
 * the body), what is kept (every typed value) and what is sent (the same body and Idempotency-Key
 * on every retry of the unchanged checkout, and the next submit works).
 *
 * One page per group: each test mounts once and replays its faults in sequence, which keeps the
 * matrix fast and also proves that one failure never spoils the next attempt.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { keepSentBodies, sentJson } from '../request-bodies.js';
import en from '../../src/intl/messages/en.js';
import { formatMessage } from '../../src/intl/messages/message-format.js';
import sv from '../../src/intl/messages/sv.js';
import { CART, CREATED } from './support.js';

// Each test walks many cases through full submits; on a busy two-core machine that can pass the
// default 30 s.
test.describe.configure({ timeout: 120_000 });

type Fulfill = NonNullable<Parameters<Route['fulfill']>[0]>;
type Answer = Fulfill | { abort: string } | 'hang';

interface Call {
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

const PAY = 'Pay $54.00';
const HOSTED = 'https://pay.example.test/**';
const HOSTILE_HTML =
  '<!doctype html><h1 id="leak">502 Bad Gateway</h1><img src="x" onerror="window.pwned=1"><script>window.pwned=1</script>';
const markup = (status: number) => `Refused <b id="leak">${status}</b> <img src="x" onerror="window.pwned=1">`;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Fulfill => ({
  status,
  contentType: 'application/json',
  headers,
  body: JSON.stringify(body),
});

/** What the shopper types: every field the element can collect, with a discount code. */
const TYPED = {
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  phone: '+1 408 555 0100',
  street: '1 Infinite Loop',
  city: 'Cupertino',
  state: 'CA',
  zipcode: '95014',
  businessName: 'Analytical Engines Inc.',
  taxId: 'US123456789',
  discountCode: 'SPRING10',
};

/** The proxy at /api/test-proxy: answers from a queue (a 200 when empty) and records every call. */
async function recordingProxy(page: Page) {
  const calls: Call[] = [];
  const queue: Answer[] = [];
  await keepSentBodies(page);
  await page.route('**/api/test-proxy', async (route) => {
    calls.push({ body: await sentJson(page, route.request()), headers: route.request().headers() });
    const answer = queue.shift() ?? json(200, CREATED);
    if (answer === 'hang') return;
    if ('abort' in answer) await route.abort(answer.abort);
    else await route.fulfill(answer);
  });
  return { calls, next: (answer: Answer) => queue.push(answer) };
}

/**
 * Mounts a checkout with every optional field, types into all of them by label, then watches the
 * alert live region (announcements) and the main frame (navigations).
 */
async function openFilledCheckout(page: Page, attributes: Record<string, string> = {}) {
  await page.goto('/tests/browser/fixtures/checkout.html');
  await page.evaluate(
    ({ cart, attributes }) => {
      const element = document.createElement('dodo-checkout');
      const all: Record<string, string> = { endpoint: '/api/test-proxy', cart, currency: 'USD', country: 'US', 'collect-phone': '', 'collect-tax-id': '', ...attributes };
      for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
      const w = window as unknown as { errors: unknown[] };
      w.errors = [];
      element.addEventListener('dodo-checkout-error', (event) => w.errors.push((event as CustomEvent).detail));
      document.querySelector('#host')!.append(element);
    },
    { cart: JSON.stringify(CART), attributes },
  );
  await expect(page.getByRole('button', { name: PAY })).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill(TYPED.email);
  await page.getByRole('textbox', { name: 'Full name' }).fill(TYPED.name);
  await page.getByRole('textbox', { name: /^Phone/ }).fill(TYPED.phone);
  await page.getByRole('textbox', { name: /^Street/ }).fill(TYPED.street);
  await page.getByRole('textbox', { name: /^City/ }).fill(TYPED.city);
  await page.getByRole('combobox', { name: /^State/ }).selectOption(TYPED.state);
  await page.getByRole('textbox', { name: /^ZIP code/ }).fill(TYPED.zipcode);
  await page.getByRole('textbox', { name: /^Business name/ }).fill(TYPED.businessName);
  await page.getByRole('textbox', { name: /^Tax ID/ }).fill(TYPED.taxId);
  await page.getByRole('button', { name: 'Have a discount code?' }).click();
  await page.getByRole('textbox', { name: /^Discount code/ }).fill(TYPED.discountCode);

  // Each change of the alert's text is one announcement; the observer also proves the live
  // region itself stays in place (a re-created region would not be announced).
  await page.evaluate(() => {
    const alert = document.querySelector('dodo-checkout')!.shadowRoot!.querySelector('[role="alert"]')!;
    const w = window as unknown as { announced: string[] };
    w.announced = [];
    let last = alert.textContent!.trim();
    new MutationObserver(() => {
      const now = alert.textContent!.trim();
      if (now !== last && now) w.announced.push(now);
      last = now;
    }).observe(alert, { childList: true, subtree: true, characterData: true });
  });
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  return { navigations };
}

const announced = (page: Page) => page.evaluate(() => (window as unknown as { announced: string[] }).announced);
const errors = (page: Page) => page.evaluate(() => (window as unknown as { errors: Array<Record<string, unknown>> }).errors);

async function expectEverythingKept(page: Page) {
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(TYPED.email);
  await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue(TYPED.name);
  await expect(page.getByRole('textbox', { name: /^Phone/ })).toHaveValue(TYPED.phone);
  await expect(page.getByRole('textbox', { name: /^Street/ })).toHaveValue(TYPED.street);
  await expect(page.getByRole('textbox', { name: /^City/ })).toHaveValue(TYPED.city);
  await expect(page.getByRole('combobox', { name: /^State/ })).toHaveValue(TYPED.state);
  await expect(page.getByRole('textbox', { name: /^ZIP code/ })).toHaveValue(TYPED.zipcode);
  await expect(page.getByRole('textbox', { name: /^Business name/ })).toHaveValue(TYPED.businessName);
  await expect(page.getByRole('textbox', { name: /^Tax ID/ })).toHaveValue(TYPED.taxId);
  await expect(page.getByRole('textbox', { name: /^Discount code/ })).toHaveValue(TYPED.discountCode);
  await expect(page.getByRole('combobox', { name: 'Country or region' })).toHaveValue('United States');
}

/**
 * Submits once and checks the failure from the shopper's side: the exact message, announced once
 * more by the same live region, rendered as text only; no link, no navigation; values kept.
 */
async function submitAndExpectFailure(page: Page, message: string | RegExp, event: Record<string, unknown>) {
  const before = (await announced(page)).length;
  const errorsBefore = (await errors(page)).length;
  await page.getByRole('button', { name: PAY }).click();
  const alert = page.getByRole('alert');
  await expect.poll(async () => (await announced(page)).length, { message: 'the failure is announced' }).toBe(before + 1);
  await expect(alert).toHaveText(message);
  const last = (await announced(page)).at(-1)!;
  if (typeof message === 'string') expect(last).toBe(message);
  else expect(last).toMatch(message);
  expect(await alert.evaluate((element) => element.children.length), 'the message is text, not markup').toBe(0);
  await expect(page.locator('#leak')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('button', { name: PAY })).toHaveAttribute('aria-busy', 'false');
  await expectEverythingKept(page);
  const newErrors = (await errors(page)).slice(errorsBefore);
  expect(newErrors).toHaveLength(1);
  expect(newErrors[0]).toMatchObject(event);
  if (typeof message === 'string') expect(newErrors[0]!.message).toBe(message);
}

/** The last attempt succeeds, and every attempt sent the same body with the same key. */
async function expectNextSubmitWorks(page: Page, calls: Call[], attempts: number, navigations: string[]) {
  await page.getByRole('button', { name: PAY }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toHaveAttribute('href', CREATED.payment_link);
  expect(calls).toHaveLength(attempts + 1);
  const first = calls[0]!;
  expect(first.body).toMatchObject({
    customer: { email: TYPED.email, name: TYPED.name, phone_number: TYPED.phone },
    billing: { country: 'US', street: TYPED.street, city: TYPED.city, state: TYPED.state, zipcode: TYPED.zipcode },
    tax_id: TYPED.taxId,
    customer_business_name: TYPED.businessName,
    discount_code: TYPED.discountCode,
    payment_link: true,
  });
  for (const call of calls) {
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.headers['idempotency-key'], 'retries of an unchanged checkout reuse the key').toBe(first.headers['idempotency-key']);
    expect(call.body).toEqual(first.body);
  }
  expect(navigations, 'nothing navigated').toEqual([]);
}

const rateLimited = (seconds: number) => formatMessage(en.rateLimited, [seconds], 'en');

test.describe('proxy error statuses', () => {
  const STATUSES = [400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503, 504];
  for (const status of STATUSES) {
    test(`${status} with API JSON, HTML, an empty body and invalid JSON`, async ({ page }) => {
      const proxy = await recordingProxy(page);
      const { navigations } = await openFilledCheckout(page);
      const limited = status === 429;
      // A gateway timeout is told as one, whatever its body.
      const generic = status === 504 ? en.timeoutError : en.serverError;
      const retryAt = new Date(Date.now() + 60_000).toUTCString();
      const cases: Array<[string, Fulfill, string | RegExp, Record<string, unknown>]> = [
        [
          'API-style JSON',
          json(status, { code: `E_${status}`, message: markup(status) }, limited ? { 'Retry-After': '7' } : {}),
          // 5xx bodies are the merchant's, in English: the shopper reads the element's own message.
          limited ? `${markup(status)} ${rateLimited(7)}` : status >= 500 ? generic : markup(status),
          { kind: 'server', status, code: `E_${status}` },
        ],
        [
          'HTML',
          { status, contentType: 'text/html', body: HOSTILE_HTML, headers: limited ? { 'Retry-After': '1' } : {} },
          limited ? rateLimited(1) : generic,
          { kind: 'server', status },
        ],
        [
          'an empty body',
          { status, body: '', headers: limited ? { 'Retry-After': retryAt } : {} },
          // An HTTP-date Retry-After, a minute after the test started (the earlier cases take a few seconds).
          limited ? /^Too many attempts\. Try again in (4\d|5\d|60) seconds\.$/ : generic,
          { kind: 'server', status },
        ],
        [
          'invalid JSON',
          { status, contentType: 'application/json', body: '{"code":"E","message":"<b id=\\"leak\\">' },
          limited ? rateLimited(0) : generic,
          { kind: 'server', status },
        ],
      ];
      for (const [name, answer, message, event] of cases) {
        await test.step(name, async () => {
          proxy.next(answer);
          await submitAndExpectFailure(page, message, event);
        });
      }
      await expectNextSubmitWorks(page, proxy.calls, cases.length, navigations);
    });
  }
});

test.describe('the network', () => {
  test('connection reset, DNS failure, refused connection and a response that never arrives', async ({ page }) => {
    const proxy = await recordingProxy(page);
    const { navigations } = await openFilledCheckout(page, { timeout: '1000' });
    const cases: Array<[string, Answer, string, string]> = [
      ['connection reset', { abort: 'connectionreset' }, en.networkError, 'network'],
      ['DNS-style failure', { abort: 'namenotresolved' }, en.networkError, 'network'],
      ['connection refused', { abort: 'connectionrefused' }, en.networkError, 'network'],
      ['offline', { abort: 'internetdisconnected' }, en.networkError, 'network'],
      ['timeout', 'hang', en.timeoutError, 'timeout'],
    ];
    for (const [name, answer, message, kind] of cases) {
      await test.step(name, async () => {
        proxy.next(answer);
        await submitAndExpectFailure(page, message, { kind });
      });
    }
    await expectNextSubmitWorks(page, proxy.calls, cases.length, navigations);
  });
});

test.describe('a 200 that is not a create-payment response', () => {
  test('is refused with a generic message and never rendered', async ({ page }) => {
    const proxy = await recordingProxy(page);
    const { navigations } = await openFilledCheckout(page);
    const { payment_id: _id, ...withoutId } = CREATED;
    const bodies: Array<[string, Fulfill]> = [
      ['an unrelated object', json(200, { hello: 'world' })],
      ['HTML', { status: 200, contentType: 'text/html', body: HOSTILE_HTML }],
      ['an empty body', { status: 200, body: '' }],
      ['invalid JSON', { status: 200, contentType: 'application/json', body: '{"payment_id":' }],
      ['null', json(200, null)],
      ['an array', json(200, [CREATED])],
      ['no payment_id', json(200, withoutId)],
      ['a negative total', json(200, { ...CREATED, total_amount: -1 })],
      ['a fractional total', json(200, { ...CREATED, total_amount: 10.5 })],
      ['a total over int32', json(200, { ...CREATED, total_amount: 2 ** 31 })],
      ['a total as a string', json(200, { ...CREATED, total_amount: '5400' })],
      ['a payment link that is not a string', json(200, { ...CREATED, payment_link: { href: CREATED.payment_link } })],
      ['an invalid expiry', json(200, { ...CREATED, expires_on: 'tomorrow <b id="leak">' })],
    ];
    for (const [name, answer] of bodies) {
      await test.step(name, async () => {
        proxy.next(answer);
        await submitAndExpectFailure(page, en.responseError, { kind: 'response', status: 200 });
      });
    }
    await expectNextSubmitWorks(page, proxy.calls, bodies.length, navigations);
  });
});

test.describe('an unsafe payment_link', () => {
  const LINKS = [
    'javascript:window.pwned=1',
    'JaVaScRiPt:window.pwned=1',
    ' javascript:window.pwned=1',
    'java\tscript:window.pwned=1',
    '\njavascript:window.pwned=1',
    'javascript&colon;window.pwned=1',
    'data:text/html,<script>window.pwned=1</script>',
    'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    '//evil.example/pay',
    '\\\\evil.example/pay',
    'https:evil.example/pay',
    'http://evil.example/pay',
    'HTTP://EVIL.EXAMPLE/pay',
    'http://localhost.evil.example/pay',
    'http://127.0.0.1.evil.example/pay',
    'https://user:pass@evil.example/pay',
    ' https://pay.example.test/checkout/pay_test_1',
    'https://pay.example.test/checkout/pay_test_1\n',
    'https://pay.exa mple.test/',
    'https://',
    'https://[::1',
    'not a url',
    '/relative/pay',
    '',
    null,
  ];
  for (const redirectImmediately of [true, false]) {
    test(`is never followed or rendered as a link (redirect-immediately ${redirectImmediately ? 'on' : 'off'})`, async ({ page }) => {
      const proxy = await recordingProxy(page);
      const { navigations } = await openFilledCheckout(page, redirectImmediately ? { 'redirect-immediately': '' } : {});
      const hosted: string[] = [];
      await page.route(HOSTED, (route) => {
        hosted.push(route.request().url());
        return route.fulfill({ contentType: 'text/html', body: '<h1>Hosted payment page</h1>' });
      });
      for (const link of LINKS) {
        await test.step(JSON.stringify(link), async () => {
          proxy.next(json(200, { ...CREATED, payment_link: link }));
          await submitAndExpectFailure(page, en.unsafeLink, { kind: 'response' });
        });
      }
      const redirects = (await page.evaluate(() => (window as unknown as { errors: unknown[] }).errors)).length;
      expect(redirects).toBe(LINKS.length);
      if (redirectImmediately) {
        // The next submit works, and only now does the page leave, for the safe link.
        await page.getByRole('button', { name: PAY }).click();
        await expect(page).toHaveURL(CREATED.payment_link);
        await expect(page.getByRole('heading', { name: 'Hosted payment page' })).toBeVisible();
        expect(proxy.calls).toHaveLength(LINKS.length + 1);
        expect(new Set(proxy.calls.map((call) => call.headers['idempotency-key'])).size).toBe(1);
        expect(navigations).toEqual([CREATED.payment_link]);
      } else {
        await expectNextSubmitWorks(page, proxy.calls, LINKS.length, navigations);
      }
      expect(hosted.length).toBeLessThanOrEqual(1);
    });
  }
});

test.describe('messages are localized', () => {
  test('generic, network, timeout, slow-request and rate-limit messages follow the UI language', async ({ page }) => {
    const proxy = await recordingProxy(page);
    await page.goto('/tests/browser/fixtures/checkout.html');
    await page.evaluate((cart) => {
      document.documentElement.lang = 'sv';
      const element = document.createElement('dodo-checkout');
      const attributes = { endpoint: '/api/test-proxy', cart, currency: 'USD', country: 'US', timeout: '1000', customer: '{"email":"ada@example.com","name":"Ada Lovelace"}' };
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.querySelector('#host')!.append(element);
    }, JSON.stringify(CART));
    const pay = page.getByRole('button', { name: /^Betala/ });
    await expect(pay).toBeVisible();
    await page.getByRole('textbox', { name: new RegExp(`^${sv.street}`) }).fill(TYPED.street);
    await page.getByRole('textbox', { name: new RegExp(`^${sv.city_city}`) }).fill(TYPED.city);
    await page.getByRole('combobox', { name: new RegExp(`^${sv.state_state}`) }).selectOption(TYPED.state);
    await page.getByRole('textbox', { name: /^Postnummer/ }).fill(TYPED.zipcode);

    const cases: Array<[Answer, string]> = [
      [{ status: 502, contentType: 'text/html', body: HOSTILE_HTML }, sv.serverError],
      [{ abort: 'namenotresolved' }, sv.networkError],
      ['hang', sv.timeoutError],
      [{ status: 429, body: '', headers: { 'Retry-After': '5' } }, formatMessage(sv.rateLimited, [5], 'sv')],
      // The proxy's own refusals: its English message is for the merchant, the shopper reads Swedish.
      [json(408, { code: 'REQUEST_TIMEOUT', message: 'The request body did not arrive in time.' }), sv.requestTimeout],
      [json(429, { code: 'RATE_LIMITED', message: 'Too many payment attempts. Try again in 12 seconds.' }, { 'Retry-After': '12' }), formatMessage(sv.rateLimited, [12], 'sv')],
      [json(200, { nope: true }), sv.responseError],
      [json(200, { ...CREATED, payment_link: 'javascript:alert(1)' }), sv.unsafeLink],
    ];
    for (const [answer, message] of cases) {
      proxy.next(answer);
      await pay.click();
      await expect(page.getByRole('alert')).toHaveText(message);
      await expect(page.getByRole('textbox', { name: new RegExp(`^${sv.street}`) })).toHaveValue(TYPED.street);
    }
    await pay.click();
    await expect(page.getByRole('link', { name: sv.continueToPayment })).toBeVisible();
    expect(new Set(proxy.calls.map((call) => call.headers['idempotency-key'])).size).toBe(1);
  });
});

test.describe('hostile text', () => {
  test('product names, metadata and server messages containing markup are shown as text', async ({ page }) => {
    const proxy = await recordingProxy(page);
    const name = '<img src="x" onerror="window.pwned=1"><b id="leak">Mug</b> \u202Egnp.exe\u202C 🫖';
    const metadata = { note: '<script>window.pwned=1</script>', '<b id="leak">': '"><svg onload=window.pwned=1>' };
    await page.goto('/tests/browser/fixtures/checkout.html');
    await page.evaluate(
      ({ name, metadata }) => {
        const element = document.createElement('dodo-checkout');
        const attributes = {
          endpoint: '/api/test-proxy',
          currency: 'USD',
          country: 'US',
          cart: JSON.stringify([{ product_id: 'pdt_mug', quantity: 1, name, price: 1500 }]),
          metadata: JSON.stringify(metadata),
          customer: JSON.stringify({ email: 'ada@example.com', name: '<i id="leak">Ada</i>' }),
        };
        for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
        document.querySelector('#host')!.append(element);
      },
      { name, metadata },
    );
    const summary = page.getByRole('region', { name: 'Order summary' });
    await expect(summary).toContainText('<img src="x" onerror="window.pwned=1"><b id="leak">Mug</b>');
    await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue('<i id="leak">Ada</i>');
    await page.getByRole('textbox', { name: /^Street/ }).fill('<svg onload="window.pwned=1">');
    await page.getByRole('textbox', { name: /^City/ }).fill(TYPED.city);
    await page.getByRole('combobox', { name: /^State/ }).selectOption(TYPED.state);
    await page.getByRole('textbox', { name: /^ZIP code/ }).fill(TYPED.zipcode);

    proxy.next(json(422, { code: 'INVALID', message: '<a href="javascript:window.pwned=1" id="leak">Click</a> to fix' }));
    await page.getByRole('button', { name: 'Pay $15.00' }).click();
    await expect(page.getByRole('alert')).toHaveText('<a href="javascript:window.pwned=1" id="leak">Click</a> to fix');
    await expect(page.locator('#leak')).toHaveCount(0);
    await expect(page.getByRole('link')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(proxy.calls[0]!.body.metadata).toEqual(metadata);
    expect(proxy.calls[0]!.body.customer).toEqual({ email: 'ada@example.com', name: '<i id="leak">Ada</i>' });
    expect((proxy.calls[0]!.body.billing as Record<string, string>).street).toBe('<svg onload="window.pwned=1">');
  });

  test('configuration problems that quote markup are shown as text', async ({ page }) => {
    await page.goto('/tests/browser/fixtures/checkout.html');
    await page.evaluate(() => {
      const element = document.createElement('dodo-checkout');
      element.setAttribute('endpoint', 'javascript:<img id="leak" src=x onerror="window.pwned=1">');
      element.setAttribute('cart', '[{"product_id":"p","quantity":1}]');
      document.querySelector('#host')!.append(element);
    });
    await expect(page.getByRole('alert')).toContainText('<img id="leak" src=x onerror="window.pwned=1">');
    await expect(page.locator('#leak')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });
});
