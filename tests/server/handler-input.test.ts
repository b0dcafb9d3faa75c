import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckoutHandler } from '../../src/server/index.js';
import { API_KEY, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

let rig: ProxyRig;
beforeAll(async () => {
  rig = await startProxyRig();
});
afterAll(() => rig.close());

/** POSTs through a raw node:http request, streaming `chunks` without a Content-Length. */
function postChunked(url: string, chunks: (string | Uint8Array)[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('successful payment through the SDK and the stand-in', () => {
  it('answers 200 with the API response and the stand-in saw the payment', async () => {
    const before = rig.standIn.payments.size;
    const response = await rig.post(validRequest({ discount_code: 'WELCOME10' }), { headers: { 'idempotency-key': freshKey() } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('idempotent-replayed')).toBeNull();
    const body = await response.json();
    expect(body).toMatchObject({
      total_amount: 4320,
      discount_id: 'dsc_welcome10',
      customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
      metadata: {},
      product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 2 }],
    });
    expect(body.payment_id).toMatch(/^pay_/);
    expect(body.customer.customer_id).toMatch(/^cus_/);
    expect(body.payment_link).toBe(`${rig.standIn.url}/checkout/${body.payment_id}`);
    expect(Date.parse(body.expires_on)).toBeGreaterThan(Date.now());
    expect(rig.standIn.payments.size).toBe(before + 1);
    expect(rig.standIn.requests.at(-1)?.authorized).toBe(true);
  });

  it('runs as a plain fetch handler (no node adapter) too', async () => {
    const handler = createCheckoutHandler({ apiKey: API_KEY, baseURL: rig.standIn.url, maxRetries: 0, logger: null });
    const response = await handler(
      new Request('https://shop.example/api/payments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(validRequest()) }),
    );
    expect(response.status).toBe(200);
    expect((await response.json()).total_amount).toBe(4800);
  });

  it('takes a fetch-standard Request as Next.js route handlers and Hono pass it: streamed body, Headers object, same-origin Origin', async () => {
    const handler = createCheckoutHandler({ apiKey: API_KEY, baseURL: rig.standIn.url, maxRetries: 0, logger: null });
    const bytes = new TextEncoder().encode(JSON.stringify(validRequest({ customer: { email: 'zoe@example.com', name: 'Zoë Ångström' } })));
    const split = bytes.indexOf(0xc3) + 1; // in the middle of "ë"
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, split));
        controller.enqueue(bytes.slice(split, split + 7));
        controller.enqueue(bytes.slice(split + 7));
        controller.close();
      },
    });
    const headers = new Headers({ 'Content-Type': 'application/json; charset=utf-8', Origin: 'https://shop.example', 'Idempotency-Key': freshKey() });
    const request = new Request('https://shop.example/api/payments', { method: 'POST', headers, body, duplex: 'half' } as RequestInit & { duplex: 'half' });
    const response = await handler(request);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const payment = await response.json();
    expect(payment.customer.name).toBe('Zoë Ångström');
    expect((rig.standIn.requests.at(-1)?.body as { customer: { name: string } }).customer.name).toBe('Zoë Ångström');

    const preflight = await handler(new Request('https://shop.example/api/payments', { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' } }));
    expect(preflight.status).toBe(204);
  });

  it('through the Node adapter, streams a chunked body split inside a character and answers the API response', async () => {
    const bytes = Buffer.from(JSON.stringify(validRequest({ customer: { email: 'zoe@example.com', name: 'Zoë Ångström' } })));
    const split = bytes.indexOf(0xc3) + 1;
    const { status, body } = await postChunked(rig.endpoint, [bytes.subarray(0, split), bytes.subarray(split, split + 5), bytes.subarray(split + 5)]);
    expect(status).toBe(200);
    expect(JSON.parse(body).customer.name).toBe('Zoë Ångström');
    expect((rig.standIn.requests.at(-1)?.body as { customer: { name: string } }).customer.name).toBe('Zoë Ångström');
  });

  it('refuses to start without an API key', () => {
    const saved = process.env.DODO_PAYMENTS_API_KEY;
    delete process.env.DODO_PAYMENTS_API_KEY;
    try {
      expect(() => createCheckoutHandler({ logger: null })).toThrow(/DODO_PAYMENTS_API_KEY/);
      expect(() => createCheckoutHandler({ apiKey: 'x', environment: 'prod' as never })).toThrow(/test_mode/);
    } finally {
      if (saved !== undefined) process.env.DODO_PAYMENTS_API_KEY = saved;
    }
  });
});

describe('bad input', () => {
  const expectError = async (response: Response, status: number, code: string | RegExp) => {
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body.code).toMatch(code);
    expect(typeof body.message).toBe('string');
    return body as { code: string; message: string };
  };

  it('405 for other methods, with Allow', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(rig.endpoint, { method });
      await expectError(response, 405, 'METHOD_NOT_ALLOWED');
      expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    }
  });

  it('415 for anything but application/json', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/jsonp']) {
      const response = await fetch(rig.endpoint, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(validRequest()) });
      await expectError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    }
    const missing = await fetch(rig.endpoint, { method: 'POST', body: new Uint8Array([123, 125]) });
    await expectError(missing, 415, 'UNSUPPORTED_MEDIA_TYPE');
    const ok = await rig.post(validRequest(), { headers: { 'content-type': 'Application/JSON; charset=UTF-8' } });
    expect(ok.status).toBe(200);
  });

  it('400 for malformed JSON, invalid UTF-8 and an empty body', async () => {
    for (const raw of ['{', '{"product_cart": [}', "{'a': 1}", 'undefined', '{"a":1}}']) {
      await expectError(await rig.post(null, { raw }), 400, 'INVALID_JSON');
    }
    await expectError(await rig.post(null, { raw: '' }), 400, 'EMPTY_BODY');
    const invalidUtf8 = await fetch(rig.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) });
    await expectError(invalidUtf8, 400, 'INVALID_JSON');
  });

  it('413 for a body over the limit, announced or streamed', async () => {
    const big = JSON.stringify(validRequest({ metadata: { pad: 'x'.repeat(70_000) } }));
    await expectError(await rig.post(null, { raw: big }), 413, 'BODY_TOO_LARGE');
    const streamed = await postChunked(rig.endpoint, Array.from({ length: 40 }, () => 'x'.repeat(4096)));
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).code).toBe('BODY_TOO_LARGE');
    // The server stays healthy afterwards.
    expect((await rig.post(validRequest())).status).toBe(200);
  });

  it('honours a configured body limit', async () => {
    const small = await startProxyRig({ maxBodyBytes: 300 }, rig.standIn);
    try {
      expect((await small.post(validRequest({ metadata: { pad: 'y'.repeat(400) } }))).status).toBe(413);
      expect((await small.post(validRequest())).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('400 for JSON nested deeper than the limit, without parsing it', async () => {
    const deep = `{"metadata":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    await expectError(await rig.post(null, { raw: deep }), 400, 'JSON_TOO_DEEP');
    const brackets = '['.repeat(60_000);
    await expectError(await rig.post(null, { raw: brackets }), 400, 'JSON_TOO_DEEP');
    // Brackets inside strings do not count.
    const inString = await rig.post(validRequest({ metadata: { note: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' } }));
    expect(inString.status).toBe(200);
  });

  it('counts depth exactly: 16 levels reach validation, 17 do not, and a configured limit holds', async () => {
    const nested = (levels: number) => `{"metadata":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
    await expectError(await rig.post(null, { raw: nested(16) }), 422, 'INVALID_REQUEST');
    await expectError(await rig.post(null, { raw: nested(17) }), 400, 'JSON_TOO_DEEP');
    const shallow = await startProxyRig({ maxJsonDepth: 3 }, rig.standIn);
    try {
      // A plain request nests three levels: body → product_cart → item.
      expect((await shallow.post(validRequest())).status).toBe(200);
      const deeper = await shallow.post(validRequest({ product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 1, amount: [[1]] }] }));
      await expectError(deeper, 400, 'JSON_TOO_DEEP');
    } finally {
      await shallow.close();
    }
  });

  it('422 naming the field path for schema violations', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [validRequest({ product_cart: [] }), /^product_cart: must have at least 1/],
      [validRequest({ product_cart: [{ product_id: 'pdt_espresso_beans', quantity: -1 }] }), /^product_cart\[0\]\.quantity: must be at least 0/],
      [validRequest({ product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 1.5 }] }), /^product_cart\[0\]\.quantity: expected int/],
      [validRequest({ billing: { country: 'ZZ' } }), /^billing\.country: is not one of the accepted values/],
      [validRequest({ customer: { email: 'not-an-email', name: 'A' } }), /^customer\.email: must be a valid email/],
      [validRequest({ return_url: 'javascript:alert(1)' }), /^return_url: must be an absolute http\(s\) URL/],
      [validRequest({ surprise: true }), /unknown field\(s\) "surprise"/],
      [{ billing: { country: 'SE' } }, /^(product_cart|customer): expected/],
    ];
    for (const [body, message] of cases) {
      const error = await expectError(await rig.post(body), 422, 'INVALID_REQUEST');
      expect(error.message).toMatch(message);
    }
    // The value sent is never echoed back.
    const echoed = await expectError(await rig.post(validRequest({ customer: { email: '<script>x</script>', name: 'A' } })), 422, 'INVALID_REQUEST');
    expect(echoed.message).not.toContain('<script>');
  });

  it('400 for an unusable Idempotency-Key', async () => {
    await expectError(await rig.post(validRequest(), { headers: { 'idempotency-key': 'x'.repeat(300) } }), 400, 'INVALID_IDEMPOTENCY_KEY');
    await expectError(await rig.post(validRequest(), { headers: { 'idempotency-key': 'has space' } }), 400, 'INVALID_IDEMPOTENCY_KEY');
  });

  it('400 without an Idempotency-Key when one is required', async () => {
    const strict = await startProxyRig({ requireIdempotencyKey: true }, rig.standIn);
    try {
      await expectError(await strict.post(validRequest()), 400, 'IDEMPOTENCY_KEY_REQUIRED');
      expect((await strict.post(validRequest(), { headers: { 'idempotency-key': freshKey() } })).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('logging', () => {
  it('writes one JSON line per request with no personal data and no key', async () => {
    const logged = await startProxyRig({}, rig.standIn);
    try {
      const key = freshKey();
      const response = await logged.post(validRequest({ customer: { email: 'grace@example.com', name: 'Grace Hopper' }, billing: { country: 'US', street: '1 Navy Way', city: 'Arlington', state: 'VA', zipcode: '22202' } }), {
        headers: { 'idempotency-key': key },
      });
      const { payment_id } = await response.json();
      await logged.post(null, { raw: '{' });
      expect(logged.logs).toHaveLength(2);
      const [first, second] = logged.logs.map((line) => JSON.parse(line));
      expect(first).toMatchObject({ method: 'POST', status: 200, payment_id });
      expect(first.idempotency_key_hash).toMatch(/^[0-9a-f]{16}$/);
      expect(typeof first.duration_ms).toBe('number');
      expect(second).toMatchObject({ method: 'POST', status: 400, code: 'INVALID_JSON' });
      const all = logged.logs.join('\n');
      for (const secret of ['grace@example.com', 'Grace Hopper', 'Navy Way', 'Arlington', '22202', key, API_KEY]) expect(all).not.toContain(secret);
    } finally {
      await logged.close();
    }
  });
});
