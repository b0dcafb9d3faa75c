/**
 * The quote route over real HTTP: the element's body in, a `Quote` out, through the real SDK to
 * the stand-in's POST /checkouts/preview. Expected amounts are worked out here by hand from the
 * documented demo figures (USD→EUR 0.92, NL VAT 21 % included in the catalogue prices).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { QuoteSchema } from '../../src/api/quote.js';
import { createMemoryQuoteCache, createMemoryRateLimitStore, createQuoteHandler } from '../../src/server/index.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { quoteRequest, startQuoteRig, type QuoteRig } from './quote-support.js';
import { API_KEY } from './support.js';

// 2 × espresso beans ($24) + 1 mug ($15) billed in EUR: 2208 and 1380 cents a unit.
const NL_SUBTOTAL = 2 * 2208 + 1380;
// VAT included at 21 %: 4416 × 21/121 = 766.4 → 766, 1380 × 21/121 = 239.5 → 240.
const NL_TAX = 766 + 240;

let standIn: DodoApiStandIn;
let rig: QuoteRig;
beforeAll(async () => {
  standIn = await startDodoApiStandIn({ apiKey: API_KEY, adaptivePricing: true });
  rig = await startQuoteRig({}, standIn);
});
afterAll(async () => {
  await rig.close();
  await standIn.close();
});
beforeEach(() => standIn.reset());

const upstreamBody = () => standIn.previews.at(-1)?.body as Record<string, unknown>;

async function withRig<T>(options: Parameters<typeof startQuoteRig>[0], run: (rig: QuoteRig) => Promise<T>): Promise<T> {
  const own = await startQuoteRig(options, standIn);
  try {
    return await run(own);
  } finally {
    await own.close();
  }
}

describe('quote route: the answer', () => {
  it('quotes the element body without a customer: EUR lines, VAT included, total', async () => {
    const response = await rig.quote(quoteRequest());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const quote = await response.json();
    expect(quote).toEqual({
      currency: 'EUR',
      billing_country: 'NL',
      lines: [
        { product_id: 'pdt_espresso_beans', name: 'Espresso beans, 1 kg', quantity: 2, unit_amount: 2208, amount: 4416, original_unit_amount: 2400, original_currency: 'USD', tax_rate: 21, tax_inclusive: true },
        { product_id: 'pdt_ceramic_mug', name: 'Ceramic mug', quantity: 1, unit_amount: 1380, amount: 1380, original_unit_amount: 1500, original_currency: 'USD', tax_rate: 21, tax_inclusive: true },
      ],
      subtotal: NL_SUBTOTAL,
      discount: 0,
      tax: { amount: NL_TAX, rate: 21, included: true },
      total: NL_SUBTOTAL,
      discount_code: null,
      tax_id: null,
    });
    expect(QuoteSchema.safeParse(quote).success).toBe(true);
    // Only what the price depends on goes upstream: no street, no customer, no payment fields.
    expect(upstreamBody()).toEqual({
      product_cart: [
        { product_id: 'pdt_espresso_beans', quantity: 2 },
        { product_id: 'pdt_ceramic_mug', quantity: 1 },
      ],
      billing_address: { country: 'NL', city: 'Amsterdam', zipcode: '1012 LG' },
    });
    expect(standIn.previews[0]?.authorized).toBe(true);
  });

  it('takes the full create body too, a half-typed customer included', async () => {
    const response = await rig.quote(
      quoteRequest({ billing: { country: 'NL', zipcode: '1011 AB' }, customer: { email: 'ada@', name: '' }, return_url: 'https://shop.example/thanks', metadata: { order: '1' }, allowed_payment_method_types: ['credit', 'ideal'] }),
    );
    expect(response.status).toBe(200);
    expect(Object.keys(upstreamBody()).sort()).toEqual(['billing_address', 'product_cart']);
  });

  it('refuses a body the create route would refuse for its shape, with the field named', async () => {
    const response = await rig.quote(quoteRequest({ billing: { country: 'XX' } }));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.code).toBe('INVALID_REQUEST');
    expect(body.message).toMatch(/billing\.country/);
    const unknownField = await rig.quote(quoteRequest({ coupon: 'WELCOME10' }));
    expect(unknownField.status).toBe(422);
    expect(standIn.previews).toHaveLength(0);
  });

  it('applies a discount code and reports the saving', async () => {
    const quote = await (await rig.quote(quoteRequest({ discount_code: ' welcome10 ' }))).json();
    const discount = Math.round(NL_SUBTOTAL / 10);
    expect(quote.discount).toBe(discount);
    expect(quote.discount_code).toEqual({ status: 'applied', code: 'welcome10', amount: discount });
    expect(quote.total).toBe(NL_SUBTOTAL - discount);
    expect(upstreamBody().discount_codes).toEqual(['welcome10']);
  });

  it.each([
    ['EXPIRED', 'DISCOUNT_EXPIRED', 'This discount code has expired.'],
    ['NOPE', 'DISCOUNT_UNKNOWN', 'This discount code does not exist.'],
  ])('refuses %s with a stable reason and a readable message, and still quotes the order', async (code, reason, message) => {
    const response = await rig.quote(quoteRequest({ discount_code: code }));
    expect(response.status).toBe(200);
    const quote = await response.json();
    expect(quote.discount_code).toEqual({ status: 'refused', code, reason, message });
    expect(quote.discount).toBe(0);
    expect(quote.total).toBe(NL_SUBTOTAL);
    // Dodo refused the code; the order was quoted again without it.
    expect(standIn.previews.map((request) => (request.body as { discount_codes?: string[] }).discount_codes)).toEqual([[code], undefined]);
    expect(JSON.stringify(quote)).not.toMatch(/discount_code:/);
  });

  it('reports a valid EU VAT ID with its format and registered name, reverse charged', async () => {
    const quote = await (await rig.quote(quoteRequest({ tax_id: 'nl 1234.56789 b01', customer_business_name: 'Voorbeeld' }))).json();
    expect(quote.tax_id).toEqual({ status: 'valid', tax_id: 'nl 1234.56789 b01', format_name: 'VAT Number', business_name: 'Koffiebranderij Voorbeeld B.V.' });
    expect(quote.tax).toEqual({ amount: 0, rate: null, included: false });
    // Prices without the 21 % they held: 2208/1.21 = 1825 and 1380/1.21 = 1140.5 → 1140 (1141 rounds half away).
    expect(quote.total).toBe(2 * Math.round(2208 / 1.21) + Math.round(1380 / 1.21));
    expect(upstreamBody().customer_business_name).toBe('Voorbeeld');
  });

  it('reports an invalid tax ID with the reason, keeps the tax, and sends no business name without a tax ID', async () => {
    const quote = await (await rig.quote(quoteRequest({ tax_id: 'NL000000000B00' }))).json();
    expect(quote.tax_id).toEqual({ status: 'invalid', tax_id: 'NL000000000B00', message: 'This VAT Number is not registered to an active business.' });
    expect(quote.tax.amount).toBe(NL_TAX);
    await rig.quote(quoteRequest({ customer_business_name: 'Voorbeeld' }));
    expect(upstreamBody()).not.toHaveProperty('customer_business_name');
  });
});

describe('quote route: merchant policy, as for create', () => {
  it('refuses products outside the allowlist before calling Dodo', async () => {
    await withRig({ allowedProducts: ['pdt_espresso_beans'] }, async (own) => {
      const response = await own.quote(quoteRequest());
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({ code: 'PRODUCT_NOT_ALLOWED', message: 'product_cart[1].product_id: this product cannot be bought here.' });
      expect(standIn.previews).toHaveLength(0);
    });
  });

  it('enforces pay-what-you-want minimums and sends no amount for other products', async () => {
    await withRig({ payWhatYouWantMinimums: { pdt_gift_card: 1000 } }, async (own) => {
      const low = await own.quote(quoteRequest({ product_cart: [{ product_id: 'pdt_gift_card', quantity: 1, amount: 999 }] }));
      expect(low.status).toBe(422);
      expect((await low.json()).code).toBe('AMOUNT_TOO_LOW');
      const missing = await own.quote(quoteRequest({ product_cart: [{ product_id: 'pdt_gift_card', quantity: 1 }] }));
      expect((await missing.json()).code).toBe('AMOUNT_REQUIRED');
      expect(standIn.previews).toHaveLength(0);
      const ok = await own.quote(quoteRequest({ product_cart: [{ product_id: 'pdt_gift_card', quantity: 1, amount: 1500 }, { product_id: 'pdt_ceramic_mug', quantity: 1, amount: 1 }] }));
      expect(ok.status).toBe(200);
      expect(upstreamBody().product_cart).toEqual([{ product_id: 'pdt_gift_card', quantity: 1, amount: 1500 }, { product_id: 'pdt_ceramic_mug', quantity: 1 }]);
      // $15 gift card and $15 mug, billed in EUR.
      expect((await ok.json()).subtotal).toBe(2 * 1380);
    });
  });

  it('sends the pinned billing_currency whatever the browser asks', async () => {
    await withRig({ pin: { billing_currency: 'USD' } }, async (own) => {
      const quote = await (await own.quote(quoteRequest({ billing_currency: 'EUR' }))).json();
      expect(upstreamBody().billing_currency).toBe('USD');
      expect(quote.currency).toBe('USD');
      expect(quote.subtotal).toBe(2 * 2400 + 1500);
    });
    await withRig({ pin: { billing_currency: null } }, async (own) => {
      await own.quote(quoteRequest({ billing_currency: 'USD' }));
      expect(upstreamBody()).not.toHaveProperty('billing_currency');
    });
  });

  it('passes the shopper billing_currency choice when nothing is pinned', async () => {
    const quote = await (await rig.quote(quoteRequest({ billing_currency: 'USD' }))).json();
    expect(quote.currency).toBe('USD');
    expect(quote.lines[0].unit_amount).toBe(2400);
  });

  it('refuses other origins with 403 and answers allowed ones with CORS, preflight included', async () => {
    await withRig({ allowedOrigins: ['https://shop.example'] }, async (own) => {
      const evil = await own.quote(quoteRequest(), { headers: { origin: 'https://evil.example' } });
      expect(evil.status).toBe(403);
      expect((await evil.json()).code).toBe('ORIGIN_NOT_ALLOWED');
      expect(standIn.previews).toHaveLength(0);
      const allowed = await own.quote(quoteRequest(), { headers: { origin: 'https://shop.example' } });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
      const preflight = await fetch(own.endpoint, { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    });
  });

  it('bounds the body and checks method and content type like the create route', async () => {
    expect((await fetch(rig.endpoint)).status).toBe(405);
    const text = await rig.quote(null, { headers: { 'content-type': 'text/plain' }, raw: JSON.stringify(quoteRequest()) });
    expect(text.status).toBe(415);
    const large = await rig.quote(null, { raw: JSON.stringify(quoteRequest({ metadata: { pad: 'x'.repeat(2000) }, customer: { pad: 'y'.repeat(70_000) } })) });
    expect(large.status).toBe(413);
    expect((await large.json()).code).toBe('BODY_TOO_LARGE');
    const deep = await rig.quote(null, { raw: `${'['.repeat(40)}${']'.repeat(40)}` });
    expect(deep.status).toBe(400);
    expect((await deep.json()).code).toBe('JSON_TOO_DEEP');
    expect(standIn.previews).toHaveLength(0);
  });
});

describe('quote route: quota protection', () => {
  it('answers an identical quote from the cache without calling Dodo; a different one calls it', async () => {
    const first = await rig.quote(quoteRequest({ discount_code: 'SAVE5' }));
    expect(first.headers.get('x-quote-cache')).toBe('miss');
    const firstQuote = await first.json();
    // Same price inputs: keys in another order, another street, a customer typed meanwhile.
    const again = await rig.quote({
      discount_code: 'SAVE5',
      billing: { zipcode: '1012 LG', street: 'Other street 9', city: 'Amsterdam', country: 'NL' },
      product_cart: [
        { quantity: 2, product_id: 'pdt_espresso_beans' },
        { product_id: 'pdt_ceramic_mug', quantity: 1 },
      ],
      customer: { email: 'ada@example.com', name: 'Ada' },
    });
    expect(again.headers.get('x-quote-cache')).toBe('hit');
    expect(await again.json()).toEqual(firstQuote);
    expect(standIn.previews).toHaveLength(1);

    const otherCountry = await rig.quote(quoteRequest({ discount_code: 'SAVE5', billing: { country: 'DE' } }));
    expect(otherCountry.headers.get('x-quote-cache')).toBe('miss');
    const otherQuantity = await rig.quote(quoteRequest({ discount_code: 'SAVE5', product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 3 }] }));
    expect(otherQuantity.headers.get('x-quote-cache')).toBe('miss');
    expect(standIn.previews).toHaveLength(3);
    expect(rig.logs.map((line) => JSON.parse(line).cache).slice(-4)).toEqual(['miss', 'hit', 'miss', 'miss']);
  });

  it('forgets quotes after the TTL, and caches nothing when told so', async () => {
    let clock = 1_000_000;
    await withRig({ quoteCache: createMemoryQuoteCache({ now: () => clock }), quoteCacheTtlMs: 30_000 }, async (own) => {
      await own.quote(quoteRequest());
      clock += 29_999;
      expect((await own.quote(quoteRequest())).headers.get('x-quote-cache')).toBe('hit');
      clock += 1;
      expect((await own.quote(quoteRequest())).headers.get('x-quote-cache')).toBe('miss');
      expect(standIn.previews).toHaveLength(2);
    });
    standIn.reset();
    await withRig({ quoteCache: null }, async (own) => {
      await own.quote(quoteRequest());
      await own.quote(quoteRequest());
      expect(standIn.previews).toHaveLength(2);
    });
  });

  it('shares one upstream call among identical quotes in flight', async () => {
    await withRig({ quoteCache: null }, async (own) => {
      standIn.failNextPreview({ delayMs: 500 });
      const answers = await Promise.all(Array.from({ length: 5 }, () => own.quote(quoteRequest())));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
      const totals = await Promise.all(answers.map(async (answer) => (await answer.json()).total));
      expect(new Set(totals)).toEqual(new Set([NL_SUBTOTAL]));
      expect(standIn.previews).toHaveLength(1);
      expect(own.logs.map((line) => JSON.parse(line).cache).sort()).toEqual(['miss', 'shared', 'shared', 'shared', 'shared']);
    });
  });

  it('does not cache failures: the next identical quote asks Dodo again', async () => {
    standIn.failNextPreview({ status: 503 });
    expect((await rig.quote(quoteRequest({ billing: { country: 'BE' } }))).status).toBe(502);
    const retry = await rig.quote(quoteRequest({ billing: { country: 'BE' } }));
    expect(retry.status).toBe(200);
    expect(retry.headers.get('x-quote-cache')).toBe('miss');
    expect(standIn.previews).toHaveLength(2);
  });

  it('limits each client with 429 and Retry-After, before reading the body or calling Dodo', async () => {
    const clientKey = (request: Request) => request.headers.get('x-test-client');
    await withRig({ quoteRateLimit: { max: 2, windowMs: 30_000, clientKey }, quoteCache: null }, async (own) => {
      const as = (client: string) => own.quote(quoteRequest(), { headers: { 'x-test-client': client } });
      expect((await as('a')).status).toBe(200);
      expect((await as('a')).status).toBe(200);
      const limited = await as('a');
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(30);
      expect(await limited.json()).toEqual({ code: 'RATE_LIMITED', message: `Too many price updates. Try again in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.` });
      expect((await as('b')).status).toBe(200);
      expect(standIn.previews).toHaveLength(3);
    });
  });

  it('by default allows 60 quotes a minute per client address (as the node adapter sees it), cache hits included', async () => {
    // `undefined` replaces the rig's `false`: the handler's default limit.
    const own = await startQuoteRig({ quoteRateLimit: undefined }, standIn);
    try {
      const answers = [];
      for (let i = 0; i < 61; i++) answers.push((await own.quote(quoteRequest({ billing: { country: 'PT' } }))).status);
      expect(answers.slice(0, 60).every((status) => status === 200)).toBe(true);
      expect(answers[60]).toBe(429);
      expect(standIn.previews).toHaveLength(1);
    } finally {
      await own.close();
    }
  });

  it('takes who the client is, and the store, from rateLimit when quoteRateLimit does not name them: one options object for both routes', async () => {
    const shared = createMemoryRateLimitStore();
    const counted: string[] = [];
    const store = { increment: (key: string, windowMs: number) => (counted.push(key), shared.increment(key, windowMs)) };
    const clientKey = (request: Request) => request.headers.get('x-test-client');
    await withRig({ rateLimit: { max: 20, windowMs: 60_000, clientKey, store }, quoteRateLimit: { max: 1, windowMs: 30_000 }, quoteCache: null }, async (own) => {
      const as = (client: string) => own.quote(quoteRequest(), { headers: { 'x-test-client': client } });
      expect((await as('a')).status).toBe(200);
      expect((await as('a')).status).toBe(429);
      expect((await as('b')).status).toBe(200);
      expect(counted, 'counted in the shared store').toHaveLength(3);
    });
  });

  it('counts quotes apart from payments in a shared store', async () => {
    const store = createMemoryRateLimitStore();
    const clientKey = () => 'shopper-1';
    await withRig({ quoteRateLimit: { max: 1, windowMs: 60_000, store, clientKey } }, async (own) => {
      await store.increment('create:shopper-1', 60_000);
      await store.increment('create:shopper-1', 60_000);
      expect((await own.quote(quoteRequest())).status).toBe(200);
      expect((await own.quote(quoteRequest())).status).toBe(429);
    });
  });
});

describe('quote route: as fetch runtimes call it', () => {
  it('takes a Request as Next.js, Hono and Workers pass it: streamed body split inside a character, Headers, same-origin Origin', async () => {
    const handler = createQuoteHandler({ apiKey: API_KEY, baseURL: standIn.url, logger: null, quoteRateLimit: false, quoteCache: null });
    const bytes = new TextEncoder().encode(JSON.stringify(quoteRequest({ billing: { country: 'ES', city: 'Málaga' } })));
    const split = bytes.indexOf(0xc3) + 1; // in the middle of "á"
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, split));
        controller.enqueue(bytes.slice(split));
        controller.close();
      },
    });
    const headers = new Headers({ 'Content-Type': 'application/json; charset=utf-8', Origin: 'https://shop.example' });
    const response = await handler(new Request('https://shop.example/api/quote', { method: 'POST', headers, body, duplex: 'half' } as RequestInit & { duplex: 'half' }));
    expect(response.status).toBe(200);
    expect((await response.json()).tax).toEqual({ amount: 766 + 240, rate: 21, included: true });
    expect((upstreamBody().billing_address as { city: string }).city).toBe('Málaga');
  });
});

describe('quote route: upstream errors and secrets', () => {
  it('maps a wrong API key to 502 without saying so to the shopper', async () => {
    const handler = createQuoteHandler({ apiKey: 'sk_test_WRONG_key_123456', baseURL: standIn.url, logger: null, quoteMaxRetries: 0 });
    const response = await handler(new Request('https://shop.example/api/quote', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(quoteRequest()) }));
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text).code).toBe('UPSTREAM_ERROR');
    expect(text).not.toMatch(/WRONG|sk_test|UNAUTHORIZED|API key/);
  });

  it.each([
    [{ status: 500, body: { code: 'DB_DOWN', message: 'postgres at 10.0.0.7 refused; stack: at Pool' } }, 502, 'UPSTREAM_ERROR'],
    [{ status: 502, body: '<html><body>Bad gateway <script>alert(1)</script></body></html>' }, 502, 'UPSTREAM_ERROR'],
    [{ destroySocket: true }, 502, 'UPSTREAM_UNREACHABLE'],
    [{ status: 200, body: { currency: 'EUR', product_cart: 'nonsense' } }, 502, 'UPSTREAM_ERROR'],
    [{ status: 422, body: { code: 'PRODUCT_NOT_FOUND', message: 'product_cart[0].product_id: product pdt_x does not exist.' } }, 422, 'PRODUCT_NOT_FOUND'],
  ])('maps %j to %i %s, with no upstream internals', async (fault, status, code) => {
    standIn.failNextPreview(fault);
    const response = await rig.quote(quoteRequest({ billing: { country: 'FR' } }));
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(JSON.parse(text).code).toBe(code);
    expect(text).not.toMatch(/postgres|10\.0\.0\.7|stack|<script|<html/);
  });

  it('answers 504 when Dodo does not answer in time, and passes a 429 Retry-After on', async () => {
    await withRig({ quoteTimeout: 200, quoteCache: null }, async (own) => {
      standIn.failNextPreview({ delayMs: 600 });
      const late = await own.quote(quoteRequest());
      expect(late.status).toBe(504);
      expect((await late.json()).code).toBe('UPSTREAM_TIMEOUT');
      standIn.failNextPreview({ status: 429, body: { code: 'TOO_MANY_REQUESTS', message: 'Slow down.' }, headers: { 'retry-after': '9' } });
      const busy = await own.quote(quoteRequest());
      expect(busy.status).toBe(429);
      expect(busy.headers.get('retry-after')).toBe('9');
    });
  });

  it('never lets the API key out, even when Dodo echoes it', async () => {
    standIn.failNextPreview({ status: 422, body: { code: 'INVALID_REQUEST_PARAMETERS', message: `bad request for key ${API_KEY}` } });
    const refused = await rig.quote(quoteRequest({ billing: { country: 'IT' } }));
    expect(refused.status).toBe(422);
    const refusedText = await refused.text();
    expect(refusedText).not.toContain(API_KEY);
    expect(refusedText).toContain('[redacted]');

    const preview = await (await fetch(`${standIn.url}/checkouts/preview`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ product_cart: [{ product_id: 'pdt_ceramic_mug', quantity: 1 }], billing_address: { country: 'IT' } }),
    })).json();
    preview.product_cart[0].name = `Mug ${API_KEY}`;
    standIn.failNextPreview({ status: 200, body: preview });
    const quoted = await rig.quote(quoteRequest({ billing: { country: 'IT' } }));
    expect(quoted.status).toBe(200);
    const quotedText = await quoted.text();
    expect(quotedText).not.toContain(API_KEY);
    expect(JSON.parse(quotedText).lines[0].name).toBe('Mug [redacted]');
    expect(rig.logs.join('\n')).not.toContain(API_KEY);
  });

  it('writes one quote log line per request, without personal data', async () => {
    rig.logs.length = 0;
    await rig.quote(quoteRequest({ tax_id: 'NL123456789B01', customer: { email: 'ada@example.com', name: 'Ada Lovelace' } }));
    expect(rig.logs).toHaveLength(1);
    const line = JSON.parse(rig.logs[0]!);
    expect(line).toMatchObject({ msg: 'dodo-checkout quote request', method: 'POST', status: 200, cache: 'miss' });
    expect(rig.logs[0]).not.toMatch(/ada@|Lovelace|NL123456789B01|Amsterdam|Koffie/);
  });
});

describe('the README documents the quote as the route answers it', () => {
  it('its example answer is the quote for two espresso bags to the Netherlands with WELCOME10', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.split('\n### Live quote\n')[1]?.split('\n### ')[0] ?? '';
    const example = /\*\*Answer\*\*[\s\S]*?```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const quote = await (await rig.quote(quoteRequest({ product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 2 }], discount_code: 'WELCOME10' }))).json();
    expect(quote).toEqual(JSON.parse(example!));
  });
});
