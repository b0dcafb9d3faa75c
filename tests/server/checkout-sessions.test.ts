/**
 * Checkout Sessions mode: the element's request mapped to `checkoutSessions.create` (as the
 * stand-in received it), the answer in the element's create shape, the stand-in's
 * `/checkouts` routes and hosted session page, and the status route in session mode.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import DodoPayments from 'dodopayments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePaymentResponseSchema, type CreatePaymentRequest } from '../../src/api/schemas.js';
import { pageLanguageOf, toCheckoutSessionRequest } from '../../src/server/checkout-sessions.js';
import { CHECKOUT_KEY_METADATA, createMemoryIdempotencyStore, createStatusHandler, toNodeHandler, type IdempotencyStore } from '../../src/server/index.js';
import { API_KEY, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

let proxy: ProxyRig;
let statusServer: Server;
let statusUrl: string;
beforeAll(async () => {
  proxy = await startProxyRig({ api: 'checkout-sessions', pin: { return_url: 'https://shop.example/thanks' } });
  statusServer = createServer(toNodeHandler(createStatusHandler({ apiKey: API_KEY, baseURL: proxy.standIn.url, api: 'checkout-sessions', logger: null, rateLimit: false })));
  await new Promise<void>((done) => statusServer.listen(0, '127.0.0.1', done));
  statusUrl = `http://127.0.0.1:${(statusServer.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  statusServer.closeAllConnections();
  await new Promise<void>((done) => statusServer.close(() => done()));
  await proxy.close();
});

const askStatus = async (token: string) => (await fetch(statusUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) })).json();

describe('mapping the element request to a checkout session', () => {
  it('carries every field the session takes, the discount code as discount_codes, redirect_immediately as a feature flag and the language', () => {
    const request: CreatePaymentRequest = {
      product_cart: [{ product_id: 'pdt_a', quantity: 2 }, { product_id: 'pdt_pwyw', quantity: 1, amount: 900 }],
      customer: { email: 'ada@example.com', name: 'Ada Lovelace', phone_number: '+46701234567' },
      billing: { country: 'SE', city: 'Stockholm', street: 'Drottninggatan 1', zipcode: '111 51' },
      allowed_payment_method_types: ['credit', 'debit'],
      billing_currency: 'SEK',
      customer_business_name: 'Analytical Engines AB',
      tax_id: 'SE556677889901',
      discount_code: 'WELCOME10',
      force_3ds: true,
      metadata: { order: '42' },
      payment_link: true,
      redirect_immediately: true,
      return_url: 'https://shop.example/thanks',
      short_link: false,
      show_saved_payment_methods: true,
    };
    expect(toCheckoutSessionRequest(request, 'sv')).toEqual({
      product_cart: [{ product_id: 'pdt_a', quantity: 2 }, { product_id: 'pdt_pwyw', quantity: 1, amount: 900 }],
      customer: { email: 'ada@example.com', name: 'Ada Lovelace', phone_number: '+46701234567' },
      billing_address: { country: 'SE', city: 'Stockholm', street: 'Drottninggatan 1', zipcode: '111 51' },
      allowed_payment_method_types: ['credit', 'debit'],
      billing_currency: 'SEK',
      customer_business_name: 'Analytical Engines AB',
      tax_id: 'SE556677889901',
      discount_codes: ['WELCOME10'],
      force_3ds: true,
      metadata: { order: '42' },
      return_url: 'https://shop.example/thanks',
      short_link: false,
      show_saved_payment_methods: true,
      feature_flags: { redirect_immediately: true },
      customization: { force_language: 'sv' },
    });
  });

  it('takes the page language from the first Accept-Language tag', () => {
    const language = (value: string | null) => pageLanguageOf(new Request('https://shop.example/', value === null ? {} : { headers: { 'accept-language': value } }));
    expect(language('pt-BR')).toBe('pt');
    expect(language('ar, en;q=0.5')).toBe('ar');
    expect(language('JA')).toBe('ja');
    expect(language('*')).toBeUndefined();
    expect(language(null)).toBeUndefined();
  });

  it('names only a language the hosted page speaks, and leaves the field out for the others (the page then chooses)', () => {
    const language = (value: string) => pageLanguageOf(new Request('https://shop.example/', { headers: { 'accept-language': value } }));
    expect(language('zh-Hant')).toBe('zh');
    expect(language('he-IL')).toBe('he');
    expect(language('ca')).toBe('ca');
    expect(language('ko-KR')).toBeUndefined();
    expect(language('ru')).toBeUndefined();
    expect(language('ur, en;q=0.5')).toBeUndefined();
  });
});

describe('the proxy in checkout-sessions mode', () => {
  it('creates a session with force_language and answers in the element create shape, with the previewed total and a status token', async () => {
    const response = await proxy.post(validRequest({ discount_code: 'WELCOME10', metadata: { ignored: 'by policy' } }), {
      headers: { 'idempotency-key': freshKey(), 'accept-language': 'de-CH' },
    });
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(CreatePaymentResponseSchema.safeParse(answer).success, 'the element accepts it').toBe(true);
    expect(answer.payment_id).toMatch(/^cks_/);
    expect(answer.session_id).toBe(answer.payment_id);
    expect(answer.payment_link).toBe(`${proxy.standIn.url}/session/${answer.session_id}`);
    expect(answer.checkout_url).toBe(answer.payment_link);
    // 2 × $24.00 with 10 % off.
    expect(answer.total_amount).toBe(4320);
    expect(answer.status_token).toMatch(new RegExp(`^${answer.payment_id}\\.`));
    const sent = proxy.standIn.checkoutSessions.requests.at(-1) as Record<string, unknown>;
    expect(sent).toMatchObject({
      customization: { force_language: 'de' },
      discount_codes: ['WELCOME10'],
      return_url: 'https://shop.example/thanks',
      billing_address: { country: 'SE' },
      feature_flags: { redirect_immediately: false },
    });
    // The browser's metadata is dropped by policy; only the proxy's key tag goes along.
    expect(sent.metadata).toEqual({ [CHECKOUT_KEY_METADATA]: expect.any(String) });
    expect(proxy.standIn.requests.filter((request) => request.path === '/payments'), 'no POST /payments').toHaveLength(0);
  });

  it('makes a session again when the attempt before it left no answer: a session charges nothing until paid', async () => {
    // The first create's answer is not kept (the store fails to record it), so its lease runs out unresolved.
    const store = createMemoryIdempotencyStore();
    let failComplete = true;
    const flaky: IdempotencyStore = {
      ...store,
      claim: (...args) => store.claim(...args),
      release: (...args) => store.release(...args),
      complete: (...args) => {
        if (!failComplete) return store.complete(...args);
        failComplete = false;
        return Promise.reject(new Error('store down'));
      },
    };
    const sessions = await startProxyRig({ api: 'checkout-sessions', idempotencyStore: flaky, idempotencyLeaseMs: 200 }, proxy.standIn);
    try {
      const key = freshKey();
      const first = await sessions.post(validRequest(), { headers: { 'idempotency-key': key } });
      expect(first.status).toBe(200);
      await new Promise((done) => setTimeout(done, 300));
      const again = await sessions.post(validRequest(), { headers: { 'idempotency-key': key } });
      expect(again.status).toBe(200);
      const answer = await again.json();
      expect(answer.payment_id).toMatch(/^cks_/);
      expect(answer.payment_id).not.toBe((await first.json()).payment_id);
    } finally {
      await sessions.close();
    }
  });

  it('passes the API refusal of a bad discount code on, as in payments mode', async () => {
    const response = await proxy.post(validRequest({ discount_code: 'NOPE' }), { headers: { 'idempotency-key': freshKey() } });
    expect(response.status).toBe(422);
    expect((await response.json()).code).toBe('INVALID_DISCOUNT_CODE');
  });

  it('reports the session: requires_action until the shopper acts on its page, then the payment outcome with its total', async () => {
    const answer = await (await proxy.post(validRequest(), { headers: { 'idempotency-key': freshKey() } })).json();
    expect(await askStatus(answer.status_token)).toEqual({ payment_id: answer.session_id, status: 'requires_action' });
    const page = await (await fetch(answer.payment_link)).text();
    expect(page).toContain('Complete your payment');
    const pay = /<form method="post" action="([^"]+\/pay)">/.exec(page)![1]!;
    const returned = await fetch(new URL(pay, answer.payment_link), { method: 'POST', redirect: 'manual' });
    const location = new URL(returned.headers.get('location')!);
    expect(location.origin + location.pathname).toBe('https://shop.example/thanks');
    const paymentId = location.searchParams.get('payment_id');
    expect(paymentId).toMatch(/^pay_/);
    expect(await askStatus(answer.status_token)).toEqual({ payment_id: paymentId, status: 'succeeded', total_amount: 4800, currency: 'USD' });
  });
  it('charges on the session\'s page the total the answer named: a valid VAT ID is reverse charged there too, and an invalid one refused as in payments mode', async () => {
    const answer = await (await proxy.post(validRequest({ tax_id: 'SE123456789701', customer_business_name: 'Exempel Rosteri AB' }), { headers: { 'idempotency-key': freshKey() } })).json();
    const withoutTaxId = await (await proxy.post(validRequest(), { headers: { 'idempotency-key': freshKey() } })).json();
    expect(answer.total_amount, 'the VAT ID changes the total').not.toBe(withoutTaxId.total_amount);
    const page = await (await fetch(answer.payment_link)).text();
    const pay = /<form method="post" action="([^"]+\/pay)">/.exec(page)![1]!;
    await fetch(new URL(pay, answer.payment_link), { method: 'POST', redirect: 'manual' });
    expect(await askStatus(answer.status_token)).toMatchObject({ status: 'succeeded', total_amount: answer.total_amount });

    const refused = await proxy.post(validRequest({ tax_id: 'SE999999999901' }), { headers: { 'idempotency-key': freshKey() } });
    expect(refused.status).toBe(422);
    expect((await refused.json()).code).toBe('INVALID_TAX_ID');
  });
});

describe('stand-in /checkouts through the SDK', () => {
  it('creates and retrieves sessions (priced like the preview), and validates them like the API', async () => {
    const sdk = new DodoPayments({ bearerToken: API_KEY, baseURL: proxy.standIn.url, maxRetries: 0, webhookKey: null });
    const session = await sdk.checkoutSessions.create({ product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 1 }], customization: { force_language: 'fr' } });
    expect(session.checkout_url).toBe(`${proxy.standIn.url}/session/${session.session_id}`);
    const status = await sdk.checkoutSessions.retrieve(session.session_id);
    expect(status).toMatchObject({ id: session.session_id, payment_id: null, payment_status: null });
    const preview = await sdk.checkoutSessions.preview({ product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 3 }], billing_address: { country: 'US' } });
    expect(preview).toMatchObject({ total_price: 7200, currency: 'USD' });
    await expect(sdk.checkoutSessions.create({ product_cart: [] })).rejects.toMatchObject({ status: 422 });
    await expect(sdk.checkoutSessions.retrieve('cks_unknown')).rejects.toMatchObject({ status: 404 });
    const anonymous = new DodoPayments({ bearerToken: 'sk_wrong', baseURL: proxy.standIn.url, maxRetries: 0, webhookKey: null });
    await expect(anonymous.checkoutSessions.retrieve(session.session_id)).rejects.toMatchObject({ status: 401 });
  });
});
