/**
 * A 500 INTERNAL_ERROR reaches the shop's page as the proxy's `{code, message}`: it carries the
 * same CORS and security headers as the route's other answers, so a cross-origin browser can read
 * it instead of reporting a network error. Each route is the real handler, called as a framework
 * calls it, made to fail by a `clientKey` that throws.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckoutHandler, createQuoteHandler, createStatusHandler } from '../../src/server/index.js';
import { loggedRoute } from '../../src/server/request-log.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { API_KEY } from './support.js';

const SHOP = 'https://shop.example';
const broken = {
  max: 10,
  windowMs: 60_000,
  clientKey: (): string => {
    throw new Error('session store down');
  },
};

let standIn: DodoApiStandIn;
beforeAll(async () => {
  standIn = await startDodoApiStandIn({ apiKey: API_KEY });
});
afterAll(() => standIn.close());

const routes = {
  create: {
    handler: () => createCheckoutHandler({ apiKey: API_KEY, baseURL: standIn.url, logger: null, allowedOrigins: [SHOP], rateLimit: broken }),
    message: 'Something went wrong while creating the payment.',
  },
  quote: {
    handler: () => createQuoteHandler({ apiKey: API_KEY, baseURL: standIn.url, logger: null, allowedOrigins: [SHOP], quoteRateLimit: broken, quoteCache: null }),
    message: 'Something went wrong while quoting.',
  },
  status: {
    handler: () => createStatusHandler({ apiKey: API_KEY, baseURL: standIn.url, logger: null, allowedOrigins: [SHOP], rateLimit: broken }),
    message: 'Something went wrong while checking the payment.',
  },
};

const post = (origin: string | null, type = 'application/json') =>
  new Request('https://api.example/route', { method: 'POST', headers: { ...(origin ? { origin } : {}), 'content-type': type }, body: '{}' });

describe.each(Object.entries(routes))('a 500 from the %s route', (_name, route) => {
  it('carries the CORS and security headers of the route’s other answers, for an allowed origin', async () => {
    const handler = route.handler();
    const failed = await handler(post(SHOP));
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ code: 'INTERNAL_ERROR', message: route.message });
    expect(failed.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(failed.headers.get('x-content-type-options')).toBe('nosniff');
    // A refusal the route answers itself, for the same origin: the 500 must look the same to the browser.
    const refused = await handler(post(SHOP, 'text/plain'));
    expect(refused.status).toBe(415);
    expect(Object.fromEntries(failed.headers)).toEqual(Object.fromEntries(refused.headers));
  });

  it('carries no CORS headers for a request without Origin', async () => {
    const failed = await route.handler()(post(null));
    expect(failed.status).toBe(500);
    expect(failed.headers.get('access-control-allow-origin')).toBeNull();
    expect(failed.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('loggedRoute', () => {
  it('never lets a 500 be read by an origin outside allowedOrigins', async () => {
    const route = loggedRoute(
      async () => {
        throw new Error('failed before the origin was checked');
      },
      { logger: null, secrets: [], msg: 'test request', failure: 'Something went wrong.', allowedOrigins: [SHOP] },
    );
    const failed = await route(post('https://evil.example'));
    expect(failed.status).toBe(500);
    expect(failed.headers.get('access-control-allow-origin')).toBeNull();
    expect(failed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await failed.json()).toEqual({ code: 'INTERNAL_ERROR', message: 'Something went wrong.' });
  });
});
