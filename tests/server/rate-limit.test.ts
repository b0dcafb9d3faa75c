/**
 * The per-client limit on creates, through real node:http: clients told apart by their socket
 * address (127.0.0.1 and 127.0.0.2 are both loopback), `X-Forwarded-For` only behind a trusted
 * proxy, a custom `clientKey`, the memory store's bounds, and the Redis store shared by two
 * proxy instances on a real redis-server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckoutHandler, toNodeHandler, type CheckoutHandlerOptions, type NodeAdapterOptions } from '../../src/server/index.js';
import { createMemoryRateLimitStore } from '../../src/server/rate-limit.js';
import { createRedisRateLimitStore } from '../../src/server/redis-store.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { API_KEY, freshKey, validRequest } from './support.js';

interface Answer {
  status: number;
  retryAfter?: string;
  body: { code?: string; message?: string; payment_id?: string };
}

interface LimitedProxy {
  url: string;
  logs: string[];
  post(options?: { from?: string; headers?: Record<string, string> }): Promise<Answer>;
  close(): Promise<void>;
}

let standIn: DodoApiStandIn;
const proxies: LimitedProxy[] = [];

async function startLimitedProxy(options: CheckoutHandlerOptions, adapter: NodeAdapterOptions = {}): Promise<LimitedProxy> {
  const logs: string[] = [];
  const handler = createCheckoutHandler({
    apiKey: API_KEY,
    baseURL: standIn.url,
    maxRetries: 0,
    logger: { info: (line) => logs.push(line), error: (line) => logs.push(line) },
    ...options,
  });
  const server: Server = createServer(toNodeHandler(handler, adapter));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/payments`;
  const proxy: LimitedProxy = {
    url,
    logs,
    post({ from = '127.0.0.1', headers = {} } = {}) {
      const body = JSON.stringify(validRequest());
      return new Promise((resolve, reject) => {
        const req = httpRequest(
          url,
          { method: 'POST', localAddress: from, agent: false, headers: { 'content-type': 'application/json', 'idempotency-key': freshKey(), ...headers } },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], body: JSON.parse(text) }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  proxies.push(proxy);
  return proxy;
}

async function statuses(proxy: LimitedProxy, count: number, options?: Parameters<LimitedProxy['post']>[0]): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((await proxy.post(options)).status);
  return out;
}

beforeAll(async () => {
  standIn = await startDodoApiStandIn({ apiKey: API_KEY });
});
afterAll(async () => {
  await Promise.all(proxies.map((proxy) => proxy.close()));
  await standIn.close();
});

describe('rate limit on creates', () => {
  it('answers 429 RATE_LIMITED with Retry-After past `max` in the window, without calling the API', async () => {
    const proxy = await startLimitedProxy({ rateLimit: { max: 3, windowMs: 60_000 } });
    expect(await statuses(proxy, 3)).toEqual([200, 200, 200]);
    const calls = standIn.requestCount;
    const limited = await proxy.post();
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(limited.body.message).toMatch(/^Too many payment attempts\. Try again in \d+ seconds?\.$/);
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60);
    expect(standIn.requestCount).toBe(calls);
    expect(JSON.parse(proxy.logs.at(-1) ?? '{}')).toMatchObject({ level: 'info', status: 429, code: 'RATE_LIMITED' });
  });

  it('counts each client by its own address', async () => {
    const proxy = await startLimitedProxy({ rateLimit: { max: 2, windowMs: 60_000 } });
    expect(await statuses(proxy, 3, { from: '127.0.0.1' })).toEqual([200, 200, 429]);
    expect(await statuses(proxy, 2, { from: '127.0.0.2' })).toEqual([200, 200]);
  });

  it('is on by default: 20 creates a minute per client', async () => {
    const proxy = await startLimitedProxy({});
    const answers = await statuses(proxy, 21);
    expect(answers.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(answers[20]).toBe(429);
  });

  it('is off with `rateLimit: false`', async () => {
    const proxy = await startLimitedProxy({ rateLimit: false });
    expect((await statuses(proxy, 25)).every((status) => status === 200)).toBe(true);
  });

  it('opens a new window once the old one ends', async () => {
    let now = 1_000_000;
    const proxy = await startLimitedProxy({ rateLimit: { max: 1, windowMs: 300, store: createMemoryRateLimitStore({ now: () => now }) } });
    expect(await statuses(proxy, 2)).toEqual([200, 429]);
    now += 299;
    expect(await statuses(proxy, 1)).toEqual([429]);
    now += 1;
    expect(await statuses(proxy, 1)).toEqual([200]);
  });

  it('ignores X-Forwarded-For unless the adapter trusts the proxy in front', async () => {
    const direct = await startLimitedProxy({ rateLimit: { max: 1, windowMs: 60_000 } });
    expect((await direct.post({ headers: { 'x-forwarded-for': '203.0.113.1' } })).status).toBe(200);
    // A client rotating the header is still one client.
    expect((await direct.post({ headers: { 'x-forwarded-for': '203.0.113.2' } })).status).toBe(429);

    const behindProxy = await startLimitedProxy({ rateLimit: { max: 1, windowMs: 60_000 } }, { trustProxy: true });
    // The trusted proxy appends the address it saw; whatever the client put before it is ignored.
    expect((await behindProxy.post({ headers: { 'x-forwarded-for': '198.51.100.7, 203.0.113.1' } })).status).toBe(200);
    expect((await behindProxy.post({ headers: { 'x-forwarded-for': '198.51.100.8, 203.0.113.1' } })).status).toBe(429);
    expect((await behindProxy.post({ headers: { 'x-forwarded-for': '203.0.113.2' } })).status).toBe(200);
    // Behind two proxies: the entry the outer one appended; the inner one is the socket's peer.
    const behindTwo = await startLimitedProxy({ rateLimit: { max: 1, windowMs: 60_000 } }, { trustProxy: 2 });
    expect((await behindTwo.post({ headers: { 'x-forwarded-for': '198.51.100.7, 203.0.113.9, 10.0.0.2' } })).status).toBe(200);
    expect((await behindTwo.post({ headers: { 'x-forwarded-for': '198.51.100.8, 203.0.113.9, 10.0.0.3' } })).status).toBe(429);
  });

  it('treats an IPv6 /64 as one client, since one host may hold the whole prefix', async () => {
    const proxy = await startLimitedProxy({ rateLimit: { max: 1, windowMs: 60_000 } }, { trustProxy: true });
    expect((await proxy.post({ headers: { 'x-forwarded-for': '2001:db8:1:2::1' } })).status).toBe(200);
    expect((await proxy.post({ headers: { 'x-forwarded-for': '2001:db8:1:2:ffff::9' } })).status).toBe(429);
    expect((await proxy.post({ headers: { 'x-forwarded-for': '2001:db8:1:3::1' } })).status).toBe(200);
  });

  it('uses the merchant’s `clientKey` when given', async () => {
    const proxy = await startLimitedProxy({ rateLimit: { max: 1, windowMs: 60_000, clientKey: (request) => request.headers.get('x-session') } });
    expect((await proxy.post({ headers: { 'x-session': 'ada' } })).status).toBe(200);
    expect((await proxy.post({ headers: { 'x-session': 'ada' } })).status).toBe(429);
    expect((await proxy.post({ headers: { 'x-session': 'grace' } })).status).toBe(200);
  });

  it('does not limit when no client can be identified (a fetch runtime without `clientKey`), and says so in the log', async () => {
    const logs: string[] = [];
    const handler = createCheckoutHandler({
      apiKey: API_KEY,
      baseURL: standIn.url,
      maxRetries: 0,
      rateLimit: { max: 1, windowMs: 60_000 },
      logger: { info: (line) => logs.push(line), error: (line) => logs.push(line) },
    });
    const send = () =>
      handler(new Request('https://shop.example/api/payments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(validRequest()) }));
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    expect(JSON.parse(logs.at(-1) ?? '{}')).toMatchObject({ status: 200, rate_limit_skipped: 'no_client_key' });
  });
});

describe('memory rate-limit store', () => {
  it('counts per key in fixed windows and keeps at most `maxKeys` counters', async () => {
    let now = 1_000;
    const store = createMemoryRateLimitStore({ maxKeys: 2, now: () => now });
    expect(await store.increment('a', 1_000)).toEqual({ count: 1, resetInMs: 1_000 });
    now += 400;
    expect(await store.increment('a', 1_000)).toEqual({ count: 2, resetInMs: 600 });
    await store.increment('b', 1_000);
    await store.increment('c', 1_000); // the oldest counter (a) makes room
    expect((await store.increment('a', 1_000)).count).toBe(1);
    now += 2_000;
    expect(await store.increment('c', 1_000)).toEqual({ count: 1, resetInMs: 1_000 });
  });
});

describe('Redis rate-limit store', () => {
  let redisProcess: ChildProcess | undefined;
  let client: ReturnType<typeof createClient>;

  beforeAll(async () => {
    const probe = createNetServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((done) => probe.close(() => done()));
    redisProcess = spawn(process.env.REDIS_SERVER_BIN || 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } });
    client.on('error', () => undefined);
    for (let attempt = 0; ; attempt++) {
      try {
        await client.connect();
        break;
      } catch (error) {
        if (attempt > 50) throw new Error(`redis-server did not start: ${String(error)}`);
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  });
  afterAll(async () => {
    if (client?.isOpen) await client.quit();
    redisProcess?.kill('SIGKILL');
  });

  it('counts with one expiring key per client and window', async () => {
    const store = createRedisRateLimitStore(client, { keyPrefix: 'unit:rate:' });
    expect((await store.increment('k', 5_000)).count).toBe(1);
    const second = await store.increment('k', 5_000);
    expect(second.count).toBe(2);
    expect(second.resetInMs).toBeGreaterThan(0);
    expect(second.resetInMs).toBeLessThanOrEqual(5_000);
    expect(await client.get('unit:rate:k')).toBe('2');
    expect(await client.pTTL('unit:rate:k')).toBeGreaterThan(0);
  });

  it('is shared by two proxy instances: the limit holds across them', async () => {
    const store = createRedisRateLimitStore(client);
    const first = await startLimitedProxy({ rateLimit: { max: 2, windowMs: 60_000, store } });
    const second = await startLimitedProxy({ rateLimit: { max: 2, windowMs: 60_000, store } });
    expect((await first.post({ from: '127.0.0.3' })).status).toBe(200);
    expect((await second.post({ from: '127.0.0.3' })).status).toBe(200);
    expect((await first.post({ from: '127.0.0.3' })).status).toBe(429);
    expect((await second.post({ from: '127.0.0.3' })).status).toBe(429);
    // The shared store holds a keyed hash of the client, not its address.
    const keys = await client.keys('dodo-checkout:rate:*');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^dodo-checkout:rate:create:[0-9a-f]{32}$/);
    expect(keys[0]).not.toContain('127.0.0.3');
    // Another account (another API key) counts the same client under another name.
    const other = await startLimitedProxy({ apiKey: 'sk_test_other_account', rateLimit: { max: 2, windowMs: 60_000, store } });
    await other.post({ from: '127.0.0.3' });
    expect(await client.keys('dodo-checkout:rate:*')).toHaveLength(2);
  });

  it('lets creates through when the store does not answer, and logs why', async () => {
    const stalled = { increment: () => new Promise<never>(() => undefined) };
    const proxy = await startLimitedProxy({ rateLimit: { max: 1, windowMs: 60_000, store: stalled } });
    expect(await statuses(proxy, 2, { from: '127.0.0.4' })).toEqual([200, 200]);
    expect(JSON.parse(proxy.logs.at(-1) ?? '{}')).toMatchObject({ status: 200, rate_limit_skipped: 'store_unavailable' });
  });
});
