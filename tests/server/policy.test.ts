import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { CHECKOUT_KEY_METADATA, CheckoutPolicyError } from '../../src/server/index.js';
import { API_KEY, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

let standIn: DodoApiStandIn;
let rig: ProxyRig;
beforeAll(async () => {
  standIn = await startDodoApiStandIn({ apiKey: API_KEY });
  rig = await startProxyRig(
    {
      allowedProducts: ['pdt_espresso_beans', 'pdt_ceramic_mug', 'pdt_gift_card'],
      payWhatYouWantMinimums: { pdt_gift_card: 1000 },
      allowedPaymentMethodTypes: ['credit', 'debit', 'ideal'],
      pin: { return_url: 'https://shop.example/thanks', metadata: { channel: 'web', order: 'server-wins' }, billing_currency: 'EUR', redirect_immediately: false },
      allowedOrigins: ['https://shop.example', 'https://www.shop.example/'],
    },
    standIn,
  );
});
afterAll(async () => {
  await rig.close();
  await standIn.close();
});

const lastUpstreamBody = () => standIn.requests.at(-1)?.body as Record<string, unknown>;

describe('merchant policy', () => {
  it('refuses products outside the allowlist with 422 and sends nothing upstream', async () => {
    const before = standIn.requestCount;
    const response = await rig.post(validRequest({ product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 1 }, { product_id: 'pdt_pour_over_kit', quantity: 1 }] }));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ code: 'PRODUCT_NOT_ALLOWED', message: 'product_cart[1].product_id: this product cannot be bought here.' });
    expect(standIn.requestCount).toBe(before);
  });

  it('pins return_url, billing_currency, redirect_immediately, payment_link and metadata; drops the browser metadata by default', async () => {
    const response = await rig.post(
      validRequest({ return_url: 'https://evil.example/phish', metadata: { order: 'client', note: 'gift' }, billing_currency: 'USD', redirect_immediately: true, payment_link: false }),
    );
    expect(response.status).toBe(200);
    const sent = lastUpstreamBody();
    expect(sent.return_url).toBe('https://shop.example/thanks');
    expect(sent.metadata).toEqual({ order: 'server-wins', channel: 'web' });
    expect(JSON.parse(rig.logs.at(-1) ?? '{}')).toMatchObject({ status: 200, metadata_keys_dropped: 2 });
    expect(sent.billing_currency).toBe('EUR');
    expect(sent.redirect_immediately).toBe(false);
    expect(sent.payment_link).toBe(true);
    const body = await response.json();
    expect(body.payment_link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/checkout\/pay_/);
    expect(body.total_amount).toBe(Math.round(48 * 0.92 * 100)); // 2 × $24 in EUR cents
  });

  it('sends the browser metadata per clientMetadata: none by default, all with merge, listed keys only; pinned keys always win', async () => {
    const client = { order: 'client', note: 'gift', coupon_override: '100%' };
    const pin = { metadata: { order: 'server-wins' } };
    const cases: [Parameters<typeof startProxyRig>[0], Record<string, string> | undefined][] = [
      [{}, undefined],
      [{ pin }, { order: 'server-wins' }],
      [{ pin, clientMetadata: 'drop' }, { order: 'server-wins' }],
      [{ pin, clientMetadata: 'merge' }, { order: 'server-wins', note: 'gift', coupon_override: '100%' }],
      [{ pin, clientMetadata: ['note', 'order', 'absent'] }, { order: 'server-wins', note: 'gift' }],
      [{ clientMetadata: [] }, undefined],
    ];
    for (const [options, expected] of cases) {
      const proxy = await startProxyRig(options, standIn);
      try {
        expect((await proxy.post(validRequest({ metadata: client }))).status).toBe(200);
        expect(lastUpstreamBody().metadata, JSON.stringify(options)).toEqual(expected);
      } finally {
        await proxy.close();
      }
    }
  });

  it('never lets the browser set the key tag that finds a payment of unknown outcome: dropped with merge or listed, with no Idempotency-Key too', async () => {
    const planted = { [CHECKOUT_KEY_METADATA]: 'a'.repeat(64), note: 'gift' };
    for (const clientMetadata of ['merge', [CHECKOUT_KEY_METADATA, 'note']] as const) {
      const proxy = await startProxyRig({ clientMetadata: clientMetadata as 'merge' | string[] }, standIn);
      try {
        const keyless = await proxy.post(validRequest({ metadata: planted }));
        expect(keyless.status).toBe(200);
        expect(lastUpstreamBody().metadata, JSON.stringify(clientMetadata)).toEqual({ note: 'gift' });
        expect(JSON.parse(proxy.logs.at(-1) ?? '{}')).toMatchObject({ metadata_keys_dropped: 1 });
        // With a key, the tag is the proxy's own hash of it.
        expect((await proxy.post(validRequest({ metadata: planted }), { headers: { 'idempotency-key': freshKey() } })).status).toBe(200);
        expect((lastUpstreamBody().metadata as Record<string, string>)[CHECKOUT_KEY_METADATA]).not.toBe(planted[CHECKOUT_KEY_METADATA]);
      } finally {
        await proxy.close();
      }
    }
  });

  it('never sends a browser amount for a product not declared pay-what-you-want, even with no minimums configured', async () => {
    const plain = await startProxyRig({}, standIn);
    try {
      const fixed = await plain.post(validRequest({ product_cart: [{ product_id: 'pdt_ceramic_mug', quantity: 1, amount: 1 }] }));
      expect(fixed.status).toBe(200);
      expect(lastUpstreamBody().product_cart).toEqual([{ product_id: 'pdt_ceramic_mug', quantity: 1 }]);
      // A pay-what-you-want product must be listed in payWhatYouWantMinimums: unlisted, the API refuses it for want of an amount.
      const unlisted = await plain.post(validRequest({ product_cart: [{ product_id: 'pdt_barista_tip', quantity: 1, amount: 100_000 }] }));
      expect(unlisted.status).toBe(422);
      expect(lastUpstreamBody().product_cart).toEqual([{ product_id: 'pdt_barista_tip', quantity: 1 }]);
    } finally {
      await plain.close();
    }
  });

  it('intersects payment methods, never widens them, and fills them in when absent', async () => {
    expect((await rig.post(validRequest({ allowed_payment_method_types: ['credit', 'klarna', 'ideal', 'credit'] }))).status).toBe(200);
    expect(lastUpstreamBody().allowed_payment_method_types).toEqual(['credit', 'ideal']);
    expect((await rig.post(validRequest())).status).toBe(200);
    expect(lastUpstreamBody().allowed_payment_method_types).toEqual(['credit', 'debit', 'ideal']);
    const none = await rig.post(validRequest({ allowed_payment_method_types: ['klarna', 'pix'] }));
    expect(none.status).toBe(422);
    expect((await none.json()).code).toBe('PAYMENT_METHOD_NOT_ALLOWED');
  });

  it('enforces pay-what-you-want minimums and drops amounts elsewhere', async () => {
    const low = await rig.post(validRequest({ product_cart: [{ product_id: 'pdt_gift_card', quantity: 1, amount: 999 }] }));
    expect(low.status).toBe(422);
    expect(await low.json()).toEqual({ code: 'AMOUNT_TOO_LOW', message: 'product_cart[0].amount: must be at least 1000.' });
    const missing = await rig.post(validRequest({ product_cart: [{ product_id: 'pdt_gift_card', quantity: 1 }] }));
    expect((await missing.json()).code).toBe('AMOUNT_REQUIRED');
    const ok = await rig.post(validRequest({ product_cart: [{ product_id: 'pdt_gift_card', quantity: 2, amount: 1500 }, { product_id: 'pdt_ceramic_mug', quantity: 1, amount: 1 }] }));
    expect(ok.status).toBe(200);
    expect(lastUpstreamBody().product_cart).toEqual([{ product_id: 'pdt_gift_card', quantity: 2, amount: 1500 }, { product_id: 'pdt_ceramic_mug', quantity: 1 }]);
    expect((await ok.json()).total_amount).toBe(3000 + Math.round(15 * 0.92 * 100));
  });

  it('sends force_3ds only to require 3DS: a browser false or null is dropped, a pinned value wins', async () => {
    expect((await rig.post(validRequest({ force_3ds: true }))).status).toBe(200);
    expect(lastUpstreamBody().force_3ds).toBe(true);
    for (const forged of [false, null]) {
      expect((await rig.post(validRequest({ force_3ds: forged }))).status).toBe(200);
      expect(lastUpstreamBody(), `browser force_3ds: ${forged}`).not.toHaveProperty('force_3ds');
    }

    const cases: [boolean | null, boolean | null, boolean | null][] = [
      // [pinned, from the browser, sent]
      [false, true, false],
      [false, false, false],
      [true, false, true],
      [null, true, null],
    ];
    for (const [pinned, fromBrowser, sent] of cases) {
      const pinning = await startProxyRig({ pin: { force_3ds: pinned } }, standIn);
      try {
        expect((await pinning.post(validRequest({ force_3ds: fromBrowser }))).status).toBe(200);
        expect(lastUpstreamBody().force_3ds, `pin ${pinned}, browser ${fromBrowser}`).toBe(sent);
      } finally {
        await pinning.close();
      }
    }
  });

  it('refuses customer ids and saved payment methods from the browser unless allowed', async () => {
    const attach = await rig.post(validRequest({ customer: { customer_id: 'cus_someone_else' } }));
    expect(attach.status).toBe(422);
    expect((await attach.json()).code).toBe('CUSTOMER_ID_NOT_ACCEPTED');
    const method = await rig.post(validRequest({ payment_method_id: 'pm_123' }));
    expect((await method.json()).code).toBe('PAYMENT_METHOD_ID_NOT_ACCEPTED');

    const open = await startProxyRig({ allowClientCustomerId: true }, standIn);
    try {
      const response = await open.post(validRequest({ customer: { customer_id: 'cus_returning' } }));
      expect(response.status).toBe(200);
      expect((await response.json()).customer.customer_id).toBe('cus_returning');
    } finally {
      await open.close();
    }
  });

  it("drops the browser's show_saved_payment_methods unless customer ids are allowed: an email alone would show that customer's saved methods to anyone", async () => {
    const response = await rig.post(validRequest({ customer: { email: 'someone.else@example.com', name: 'Not Them' }, show_saved_payment_methods: true }));
    expect(response.status).toBe(200);
    expect(lastUpstreamBody()).not.toHaveProperty('show_saved_payment_methods');
    const pinned = await startProxyRig({ pin: { show_saved_payment_methods: true } }, standIn);
    const open = await startProxyRig({ allowClientCustomerId: true }, standIn);
    try {
      expect((await pinned.post(validRequest())).status).toBe(200);
      expect(lastUpstreamBody().show_saved_payment_methods).toBe(true);
      expect((await open.post(validRequest({ show_saved_payment_methods: true }))).status).toBe(200);
      expect(lastUpstreamBody().show_saved_payment_methods).toBe(true);
    } finally {
      await pinned.close();
      await open.close();
    }
  });

  it('lets transform set the customer from the session or refuse', async () => {
    const session = await startProxyRig(
      {
        transform(body, request) {
          if (request.headers.get('x-session') !== 'ok') throw new CheckoutPolicyError(401, 'SIGN_IN_REQUIRED', 'Please sign in first.');
          return { ...body, customer: { email: 'session@example.com', name: 'Session User' } };
        },
      },
      standIn,
    );
    try {
      const refused = await session.post(validRequest());
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({ code: 'SIGN_IN_REQUIRED', message: 'Please sign in first.' });
      const ok = await session.post(validRequest(), { headers: { 'x-session': 'ok' } });
      expect((await ok.json()).customer.email).toBe('session@example.com');
    } finally {
      await session.close();
    }
  });
});

describe('origins and CORS', () => {
  it('answers the preflight of an allowed origin', async () => {
    const response = await fetch(rig.endpoint, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    const allowedHeaders = response.headers.get('access-control-allow-headers')?.toLowerCase().split(/,\s*/);
    expect(allowedHeaders).toEqual(expect.arrayContaining(['content-type', 'idempotency-key']));
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('gives CORS headers on the POST of an allowed origin (listed with a trailing slash too)', async () => {
    const response = await rig.post(validRequest(), { headers: { origin: 'https://www.shop.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://www.shop.example');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/Idempotent-Replayed/);
  });

  it('refuses other origins with 403, preflight included, before calling the API', async () => {
    const before = standIn.requestCount;
    for (const origin of ['https://evil.example', 'http://shop.example', 'https://shop.example.evil.example', 'null']) {
      const post = await rig.post(validRequest(), { headers: { origin } });
      expect(post.status).toBe(403);
      expect(await post.json()).toEqual({ code: 'ORIGIN_NOT_ALLOWED', message: 'Requests from this origin are not allowed.' });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(rig.endpoint, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      expect(preflight.status).toBe(403);
    }
    expect(standIn.requestCount).toBe(before);
  });

  it('accepts same-host pages and requests without Origin', async () => {
    expect((await rig.post(validRequest(), { headers: { origin: rig.origin } })).status).toBe(200);
    expect((await rig.post(validRequest())).status).toBe(200);
  });

  it('by default allows only the same host', async () => {
    const plain = await startProxyRig({}, standIn);
    try {
      expect((await plain.post(validRequest(), { headers: { origin: 'https://shop.example' } })).status).toBe(403);
      expect((await plain.post(validRequest(), { headers: { origin: plain.origin } })).status).toBe(200);
    } finally {
      await plain.close();
    }
  });
});
