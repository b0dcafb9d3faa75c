/**
 * The Redis quote cache against a real redis-server: two proxy instances share quotes, entries
 * expire by Redis's own TTL, and a Redis outage costs cache hits, never quotes.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedisQuoteCache } from '../../src/server/redis-store.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { quoteRequest, startQuoteRig, type QuoteRig } from './quote-support.js';
import { startTestRedis, type TestRedis } from './redis-server.js';
import { API_KEY } from './support.js';

let redis: TestRedis;
let standIn: DodoApiStandIn;
let first: QuoteRig;
let second: QuoteRig;

beforeAll(async () => {
  redis = await startTestRedis();
  standIn = await startDodoApiStandIn({ apiKey: API_KEY, adaptivePricing: true });
  first = await startQuoteRig({ quoteCache: createRedisQuoteCache(redis.client) }, standIn);
  second = await startQuoteRig({ quoteCache: createRedisQuoteCache(redis.client) }, standIn);
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await standIn?.close();
  await redis?.stop();
});
beforeEach(() => standIn.reset());

describe('Redis quote cache', () => {
  it('lets a second instance answer a quote the first one fetched, without calling Dodo', async () => {
    const fetched = await first.quote(quoteRequest({ discount_code: 'WELCOME10' }));
    expect(fetched.headers.get('x-quote-cache')).toBe('miss');
    const shared = await second.quote(quoteRequest({ discount_code: 'WELCOME10' }));
    expect(shared.headers.get('x-quote-cache')).toBe('hit');
    expect(await shared.text()).toBe(await fetched.text());
    expect(standIn.previews).toHaveLength(1);
  });

  it('stores quotes under a hash with the TTL, and never the request or the key in the key name', async () => {
    await first.quote(quoteRequest({ tax_id: 'NL123456789B01' }));
    const keys = await redis.client.keys('dodo-checkout:quote:*');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toMatch(/NL123456789B01|sk_test|pdt_/);
    const ttl = await redis.client.pTTL(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });

  it('stores the answer sealed: no tax ID, business name or figure readable in Redis without the API key', async () => {
    await redis.client.flushAll();
    const response = await first.quote(quoteRequest({ tax_id: 'NL123456789B01' }));
    const answer = await response.text();
    const taxId = JSON.parse(answer).tax_id;
    expect(taxId?.tax_id, 'the answer itself carries the tax ID').toBe('NL123456789B01');
    const readable = [taxId.tax_id, `"total_amount":${JSON.parse(answer).total_amount}`, 'pdt_espresso_beans'];
    if (taxId.business_name) readable.push(taxId.business_name);
    const keys = await redis.client.keys('dodo-checkout:quote:*');
    expect(keys).toHaveLength(1);
    const stored = String(await redis.client.get(keys[0]!));
    for (const value of readable) expect(stored).not.toContain(value);
    expect(stored).not.toContain('tax_id');
    // The other instance, with the same key, still answers from it.
    const shared = await second.quote(quoteRequest({ tax_id: 'NL123456789B01' }));
    expect(shared.headers.get('x-quote-cache')).toBe('hit');
    expect(await shared.text()).toBe(answer);
  });

  it('still quotes when Redis fails or stalls', async () => {
    const failing = createRedisQuoteCache({ get: () => Promise.reject(new Error('ECONNREFUSED')), set: () => Promise.reject(new Error('ECONNREFUSED')) });
    const stalled = createRedisQuoteCache({ get: () => new Promise(() => undefined), set: () => new Promise(() => undefined) });
    for (const quoteCache of [failing, stalled]) {
      const rig = await startQuoteRig({ quoteCache }, standIn);
      try {
        const response = await rig.quote(quoteRequest({ billing: { country: 'AT' } }));
        expect(response.status).toBe(200);
        expect((await response.json()).currency).toBe('EUR');
      } finally {
        await rig.close();
      }
    }
  });
});
