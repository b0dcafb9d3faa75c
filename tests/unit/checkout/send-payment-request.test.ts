import { describe, expect, it } from 'vitest';
import { sendPaymentRequest } from '../../../src/checkout/send-payment-request.js';
import { idempotencyKeyFor } from '../../../src/checkout/idempotency-key.js';
import type { CreatePaymentRequest } from '../../../src/api/schemas.js';

const request: CreatePaymentRequest = {
  product_cart: [{ product_id: 'pdt_a', quantity: 1 }],
  customer: { email: 'a@b.co', name: 'A' },
  billing: { country: 'US' },
  payment_link: true,
};
const created = {
  payment_id: 'pay_1',
  total_amount: 100,
  client_secret: 's',
  customer: { customer_id: 'c', email: 'a@b.co', name: 'A' },
  metadata: {},
  payment_link: 'https://pay.example/1',
};

function fakeFetch(respond: (init: RequestInit) => Response | Promise<Response>) {
  const calls: RequestInit[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    calls.push(init);
    return respond(init);
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const send = (fetch: typeof globalThis.fetch, timeout = 1000) =>
  sendPaymentRequest({ endpoint: 'https://shop.example/api', request, idempotencyKey: 'k1', timeout, fetch });

describe('sendPaymentRequest', () => {
  it('posts JSON with the idempotency key and parses a created payment', async () => {
    const { fetch, calls } = fakeFetch(() => Response.json(created));
    expect(await send(fetch)).toMatchObject({ ok: true, response: { payment_id: 'pay_1' } });
    expect(calls[0]).toMatchObject({ method: 'POST', body: JSON.stringify(request) });
    expect(calls[0]!.headers).toMatchObject({ 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' });
  });

  it('sends the UI language as Accept-Language when given, and the body unchanged', async () => {
    const { fetch, calls } = fakeFetch(() => Response.json(created));
    await sendPaymentRequest({ endpoint: 'https://shop.example/api', request, idempotencyKey: 'k1', timeout: 1000, fetch, language: 'pt-BR' });
    expect(calls[0]!.headers).toMatchObject({ 'Accept-Language': 'pt-BR' });
    expect(calls[0]!.body).toBe(JSON.stringify(request));
    await send(fetch);
    expect(calls[1]!.headers).not.toHaveProperty('Accept-Language');
  });

  it('accepts the status token and session fields a proxy adds to the create answer', async () => {
    const { fetch } = fakeFetch(() => Response.json({ ...created, status_token: 'pay_1.1.sig', session_id: 'cks_1', checkout_url: 'https://pay.example/s' }));
    expect(await send(fetch)).toMatchObject({ ok: true, response: { payment_id: 'pay_1', status_token: 'pay_1.1.sig' } });
  });

  it('keeps the API message of an API-style error body', async () => {
    const { fetch } = fakeFetch(() => Response.json({ code: 'INVALID_DISCOUNT', message: 'Discount code expired' }, { status: 422 }));
    expect(await send(fetch)).toEqual({ ok: false, kind: 'server', status: 422, code: 'INVALID_DISCOUNT', apiMessage: 'Discount code expired' });
  });

  it('never carries a non-API body (HTML, empty, invalid JSON) into the outcome', async () => {
    for (const body of ['<h1>Bad gateway</h1><script>alert(1)</script>', '', '{"code":', '{"message":"no code"}']) {
      const { fetch } = fakeFetch(() => new Response(body, { status: 502 }));
      expect(await send(fetch)).toEqual({ ok: false, kind: 'server', status: 502 });
    }
  });

  it('reads Retry-After on 429', async () => {
    const { fetch } = fakeFetch(() => Response.json({ code: 'RATE_LIMITED', message: 'Slow down' }, { status: 429, headers: { 'Retry-After': '7' } }));
    expect(await send(fetch)).toMatchObject({ kind: 'server', status: 429, retryAfter: 7 });
  });

  it('reports an invalid 2xx body as a response error', async () => {
    const { fetch } = fakeFetch(() => Response.json({ payment_id: 'x' }));
    expect(await send(fetch)).toEqual({ ok: false, kind: 'response', status: 200 });
    const html = fakeFetch(() => new Response('<html>', { status: 200 }));
    expect(await send(html.fetch)).toEqual({ ok: false, kind: 'response', status: 200 });
  });

  it('reports network failures and timeouts', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await send(fetch)).toEqual({ ok: false, kind: 'network' });
    const never = fakeFetch(
      (init) => new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    expect(await send(never.fetch, 50)).toEqual({ ok: false, kind: 'timeout' });
  });

  it('reports an abort by the element as aborted, not as a timeout', async () => {
    const controller = new AbortController();
    const never = fakeFetch(
      (init) => new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const pending = sendPaymentRequest({ endpoint: 'https://x/', request, idempotencyKey: 'k', timeout: 10_000, signal: controller.signal, fetch: never.fetch });
    controller.abort();
    expect(await pending).toEqual({ ok: false, kind: 'aborted' });
  });
});

describe('idempotencyKeyFor', () => {
  it('is stable for the same body and changes with the body or the checkout', () => {
    const body = JSON.stringify(request);
    expect(idempotencyKeyFor('s1', body)).toBe(idempotencyKeyFor('s1', body));
    expect(idempotencyKeyFor('s1', body)).not.toBe(idempotencyKeyFor('s1', body.replace('US', 'CA')));
    expect(idempotencyKeyFor('s1', body)).not.toBe(idempotencyKeyFor('s2', body));
    expect(idempotencyKeyFor('s1', body)).toMatch(/^[\w-]{10,255}$/);
  });
});
