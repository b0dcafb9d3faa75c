/**
 * The create, quote and status routes let through and refuse the same requests, in the same
 * order, with the same codes: a foreign origin, the CORS preflight, another method, a body that is
 * not JSON and a client over its rate limit. Each route is the real handler, called as a framework
 * calls it (a fetch `Request`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckoutHandler, createQuoteHandler, createStatusHandler } from '../../src/server/index.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { API_KEY } from './support.js';

const SHOP = 'https://shop.example';
const limit = () => ({ max: 1, windowMs: 60_000, clientKey: () => 'one-shopper' });

let standIn: DodoApiStandIn;
beforeAll(async () => {
  standIn = await startDodoApiStandIn({ apiKey: API_KEY });
});
afterAll(() => standIn.close());

let lines: string[] = [];
const logger = { info: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
const routes = {
  create: () => createCheckoutHandler({ apiKey: API_KEY, baseURL: standIn.url, logger, allowedOrigins: [SHOP], rateLimit: limit() }),
  quote: () => createQuoteHandler({ apiKey: API_KEY, baseURL: standIn.url, logger, allowedOrigins: [SHOP], quoteRateLimit: limit(), quoteCache: null }),
  status: () => createStatusHandler({ apiKey: API_KEY, baseURL: standIn.url, logger, allowedOrigins: [SHOP], rateLimit: limit() }),
};

const request = (init: { method?: string; origin?: string; type?: string; body?: string }) =>
  new Request('https://api.example/route', {
    method: init.method ?? 'POST',
    headers: { origin: init.origin ?? SHOP, ...(init.type ? { 'content-type': init.type } : {}), ...(init.method === 'OPTIONS' ? { 'access-control-request-method': 'POST' } : {}) },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });

describe.each(Object.entries(routes))('the %s route', (name, create) => {
  it('writes one log line per request, named after the route, with the refusal code', async () => {
    lines = [];
    await create()(request({ method: 'GET' }));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: `dodo-checkout ${name === 'create' ? 'payment' : name} request`, method: 'GET', status: 405, code: 'METHOD_NOT_ALLOWED' });
  });

  it('refuses a foreign origin, another method and a body that is not JSON, and answers the preflight', async () => {
    const handler = create();
    const foreign = await handler(request({ origin: 'https://elsewhere.example', type: 'application/json', body: '{}' }));
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });

    const preflight = await handler(request({ method: 'OPTIONS' }));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);

    const get = await handler(request({ method: 'GET' }));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await get.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });

    const text = await handler(request({ type: 'text/plain', body: '{}' }));
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    const latin1 = await handler(request({ type: 'application/json; charset=latin1', body: '{}' }));
    expect(latin1.status).toBe(415);
  });

  it('lets one request per window through and answers the next 429 with how long to wait', async () => {
    const handler = create();
    const first = await handler(request({ type: 'application/json; charset=utf-8', body: '{}' }));
    expect(first.status, 'the first gets past the guard (and is refused for its empty body later)').not.toBe(429);
    const second = await handler(request({ type: 'application/json', body: '{}' }));
    expect(second.status).toBe(429);
    const seconds = Number(second.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    expect(await second.json()).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(new RegExp(`^Too many [a-z ]+\\. Try again in ${seconds} seconds?\\.$`)) });
    expect(second.headers.get('access-control-allow-origin')).toBe(SHOP);
  });
});
