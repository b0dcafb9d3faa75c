import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'dodopayments';
import { describe, expect, it } from 'vitest';
import { fieldOfErrorCode, INTEGRATION_ERROR_CODES, SHOPPER_ERROR_CODES, UPSTREAM_ERROR_CODES, WEBHOOK_ERROR_CODES } from '../../../src/api/proxy-errors.js';
import { PROXY_OWN_ERROR_CODES, proxyOwnFailure } from '../../../src/checkout/proxy-failure.js';
import { createCheckoutHandler } from '../../../src/server/index.js';
import { mapUpstreamError } from '../../../src/server/upstream-error.js';

describe('proxyOwnFailure', () => {
  it('keeps the API message of 4xx answers about the request', () => {
    expect(proxyOwnFailure({ status: 422, code: 'INVALID_DISCOUNT_CODE' })).toBeUndefined();
    expect(proxyOwnFailure({ status: 400, code: 'INVALID_REQUEST' })).toBeUndefined();
    expect(proxyOwnFailure({ status: 404 })).toBeUndefined();
    // An API code that merely starts like the proxy's is still the API's.
    expect(proxyOwnFailure({ status: 409, code: 'UPSTREAM_409' })).toBeUndefined();
  });

  it('replaces 5xx answers and the proxy’s own codes', () => {
    expect(proxyOwnFailure({ status: 500, code: 'E_500' })).toBe('server');
    expect(proxyOwnFailure({ status: 503 })).toBe('server');
    expect(proxyOwnFailure({ status: 502, code: 'UPSTREAM_ERROR' })).toBe('server');
    expect(proxyOwnFailure({ status: 422, code: 'UPSTREAM_REJECTED' })).toBe('server');
    expect(proxyOwnFailure({ status: 504, code: 'UPSTREAM_TIMEOUT' })).toBe('timeout');
    expect(proxyOwnFailure({ status: 504 })).toBe('timeout');
  });

  it('knows every code the proxy writes itself for upstream trouble', () => {
    const secrets = ['sk_test'];
    const mapped = [
      mapUpstreamError(new APIConnectionTimeoutError(), secrets),
      mapUpstreamError(new APIConnectionError({ message: 'socket hang up' }), secrets),
      mapUpstreamError(new APIError(500, undefined, 'boom', new Headers()), secrets),
      mapUpstreamError(new APIError(422, '<html>nope</html>', 'nope', new Headers()), secrets),
      mapUpstreamError(new Error('anything else'), secrets),
    ];
    for (const answer of mapped) {
      expect(PROXY_OWN_ERROR_CODES.has(answer.code), answer.code).toBe(true);
      expect(proxyOwnFailure(answer), answer.code).toBeDefined();
    }
  });

  it('replaces the proxy’s refusals of a wrong integration, which the shopper cannot act on', async () => {
    const handler = createCheckoutHandler({ apiKey: 'sk_test', baseURL: 'http://127.0.0.1:9', allowedOrigins: ['https://shop.example'] });
    const post = (init: RequestInit & { headers?: Record<string, string> }) =>
      handler(new Request('https://shop.example/api/payments', { method: 'POST', ...init, headers: { origin: 'https://shop.example', ...init.headers } }));
    const answers = await Promise.all([
      post({ headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}' }),
      handler(new Request('https://shop.example/api/payments', { method: 'GET', headers: { origin: 'https://shop.example' } })),
      post({ headers: { 'content-type': 'text/plain' }, body: '{}' }),
      post({ headers: { 'content-type': 'application/json' }, body: '{' }),
    ]);
    for (const response of answers) {
      const body = (await response.json()) as { code: string };
      expect(PROXY_OWN_ERROR_CODES.has(body.code), `${response.status} ${body.code}`).toBe(true);
      expect(proxyOwnFailure({ status: response.status, code: body.code }), body.code).toBe('server');
    }
  });

  it('tells a request that arrived too slowly (408) and the proxy’s own rate limit (429) apart from other failures', async () => {
    expect(proxyOwnFailure({ status: 408, code: 'REQUEST_TIMEOUT' })).toBe('request_timeout');
    expect(proxyOwnFailure({ status: 408 })).toBe('request_timeout');
    expect(proxyOwnFailure({ status: 429, code: 'RATE_LIMITED' })).toBe('rate_limited');
    // The API's own 429 keeps its message (shown with the element's wait hint).
    expect(proxyOwnFailure({ status: 429, code: 'TOO_MANY_REQUESTS' })).toBeUndefined();

    const handler = createCheckoutHandler({ apiKey: 'sk_test', baseURL: 'http://127.0.0.1:9', logger: null, bodyReadTimeoutMs: 50, rateLimit: { max: 1, windowMs: 60_000, clientKey: () => 'one' } });
    const stalled = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"product_cart":')) });
    const post = (body: BodyInit) =>
      handler(new Request('https://shop.example/api/payments', { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit));
    const slow = await post(stalled);
    const limited = await post('{}');
    for (const [response, kind] of [[slow, 'request_timeout'], [limited, 'rate_limited']] as const) {
      const body = (await response.json()) as { code: string };
      expect(proxyOwnFailure({ status: response.status, code: body.code }), body.code).toBe(kind);
    }
  });
});

describe('the proxy error contract (api/proxy-errors.ts)', () => {
  it('puts every code in exactly one class', () => {
    const all = [...UPSTREAM_ERROR_CODES, ...INTEGRATION_ERROR_CODES, ...SHOPPER_ERROR_CODES, ...WEBHOOK_ERROR_CODES];
    expect(new Set(all).size).toBe(all.length);
  });

  it('localizes a body the proxy refused as too large: only a wrong integration sends one', () => {
    expect(proxyOwnFailure({ status: 413, code: 'BODY_TOO_LARGE' })).toBe('server');
  });

  it('shows the proxy’s words for what the shopper sent, and its own for upstream and integration trouble', () => {
    for (const code of SHOPPER_ERROR_CODES.filter((code) => code !== 'REQUEST_TIMEOUT' && code !== 'RATE_LIMITED')) expect(proxyOwnFailure({ status: 422, code }), code).toBeUndefined();
    for (const code of [...UPSTREAM_ERROR_CODES, ...INTEGRATION_ERROR_CODES]) expect(proxyOwnFailure({ status: 400, code }), code).toBeDefined();
  });

  it('names the field of a discount refusal by its code, not by its message', () => {
    expect(fieldOfErrorCode('DISCOUNT_CODE_EXPIRED')).toBe('discountCode');
    expect(fieldOfErrorCode('INVALID_DISCOUNT_CODE')).toBe('discountCode');
    expect(fieldOfErrorCode('PRODUCT_NOT_ALLOWED')).toBeUndefined();
    expect(fieldOfErrorCode(undefined)).toBeUndefined();
  });
});
