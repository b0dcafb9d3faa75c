/**
 * Several proxy instances (each with its own handler and its own node-redis client, as separate
 * processes would have) sharing a real redis-server: two bodies racing for one key, a holder that
 * dies mid-request, Redis killed and restarted, Redis frozen. The stand-in ignores
 * `Idempotency-Key`, so every duplicate the proxy let through would show as a second payment.
 */
import { createClient } from 'redis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IdempotencyStore } from '../../src/server/idempotency-store.js';
import { createRedisIdempotencyStore } from '../../src/server/redis-store.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { freePort, startRedisServer, type RedisServer } from './redis-server.js';
import { API_KEY, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

const SETTLE_MS = 3_000;
const LEASE_MS = 300;
const STORE_TIMEOUT_MS = 250;

type Client = ReturnType<typeof createClient>;
let redis: RedisServer;
let standIn: DodoApiStandIn;
const clients: Client[] = [];
const rigs: ProxyRig[] = [];

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits until the stand-in has received `count` create requests in all (the holder's call reached Dodo). */
async function untilCreateReceived(count: number): Promise<void> {
  for (let waited = 0; standIn.requestCount < count; waited += 20) {
    if (waited > 10_000) throw new Error('the create request never reached the stand-in');
    await sleep(20);
  }
}

/** A client as the README configures it: error listener, quick reconnects, bounded connect time. */
async function connectedClient(): Promise<Client> {
  const client = createClient({ url: redis.url, socket: { connectTimeout: 1_000, reconnectStrategy: () => 50 } });
  client.on('error', () => undefined);
  for (let attempt = 0; ; attempt++) {
    try {
      await client.connect();
      break;
    } catch (error) {
      if (attempt > 50) throw new Error(`redis-server did not start on port ${redis.port}: ${String(error)}`);
      await sleep(100);
    }
  }
  clients.push(client);
  return client;
}

async function instance(options: Parameters<typeof startProxyRig>[0] = {}, wrap?: (store: IdempotencyStore) => IdempotencyStore): Promise<ProxyRig> {
  const store = createRedisIdempotencyStore(await connectedClient(), { timeoutMs: STORE_TIMEOUT_MS });
  const rig = await startProxyRig(
    { timeout: 2_000, outcomeSettleMs: SETTLE_MS, idempotencyLeaseMs: LEASE_MS, ...options, idempotencyStore: wrap ? wrap(store) : store },
    standIn,
  );
  rigs.push(rig);
  return rig;
}

const post = (rig: ProxyRig, key: string, body = validRequest(), signal?: AbortSignal) =>
  fetch(rig.endpoint, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body), signal });

beforeAll(async () => {
  redis = startRedisServer(await freePort());
  standIn = await startDodoApiStandIn({ apiKey: API_KEY, honourIdempotencyKey: false });
});
afterAll(async () => {
  for (const rig of rigs) await rig.close();
  await standIn?.close();
  for (const client of clients) client.destroy();
  await redis?.kill();
});
beforeEach(() => standIn.reset());

describe('instances sharing Redis', () => {
  it('lets only the store decide: the owner’s own body is never refused because another body was seen locally', async () => {
    const lease = { idempotencyLeaseMs: 5_000 };
    const a = await instance(lease, (store) => ({
      ...store,
      // This instance's round trips to Redis are slow.
      claim: async (...args) => {
        await sleep(150);
        return store.claim(...args);
      },
    }));
    const b = await instance(lease);
    const key = freshKey();
    const owner = validRequest();
    const other = validRequest({ discount_code: 'WELCOME10' });
    standIn.failNext({ delayMs: 500 });
    const posted = standIn.requestCount;
    const ownerAtB = post(b, key, owner);
    // B holds the key once its create has reached Dodo (held there 500 ms).
    await untilCreateReceived(posted + 1);
    const otherAtA = post(a, key, other);
    await sleep(30);
    // The shopper's retry of the owner's body lands on A while A still waits on the store for the other body.
    const ownerAtA = post(a, key, owner);
    const [first, intruder, retry] = await Promise.all([ownerAtB, otherAtA, ownerAtA]);
    expect(first.status).toBe(200);
    expect(intruder.status).toBe(409);
    expect((await intruder.json()).code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(retry.status).toBe(200);
    expect((await retry.json()).payment_id).toBe((await first.json()).payment_id);
    expect(standIn.payments.size).toBe(1);
  });

  it('answers the payment of a holder that died after Dodo created it, without creating another', async () => {
    const dying = await instance({ timeout: 30_000 });
    const survivor = await instance();
    standIn.failNext({ create: true, hang: true });
    const key = freshKey();
    const abandoned = new AbortController();
    const posted = standIn.requestCount;
    const lost = post(dying, key, validRequest(), abandoned.signal).catch(() => undefined);
    await untilCreateReceived(posted + 1);
    await sleep(LEASE_MS + 100);
    expect(standIn.payments.size).toBe(1);

    const retry = await post(survivor, key);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await retry.json()).payment_id).toBe([...standIn.payments.keys()][0]);
    expect(standIn.payments.size).toBe(1);
    abandoned.abort();
    await lost;
  });

  it('holds a dead holder’s key as unknown until the window passes, then creates once', async () => {
    const dying = await instance({ timeout: 30_000 });
    const survivor = await instance();
    standIn.failNext({ hang: true });
    const key = freshKey();
    const abandoned = new AbortController();
    const posted = standIn.requestCount;
    const lost = post(dying, key, validRequest(), abandoned.signal).catch(() => undefined);
    await untilCreateReceived(posted + 1);
    await sleep(LEASE_MS + 100);

    const waiting = await post(survivor, key);
    expect(waiting.status).toBe(503);
    expect(waiting.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await waiting.json()).code).toBe('PAYMENT_OUTCOME_UNKNOWN');
    expect(standIn.payments.size).toBe(0);

    await sleep(SETTLE_MS);
    const created = await post(survivor, key);
    expect(created.status).toBe(200);
    expect(standIn.payments.size).toBe(1);
    expect((await post(survivor, key)).headers.get('idempotent-replayed')).toBe('true');
    expect(standIn.payments.size).toBe(1);
    abandoned.abort();
    await lost;
  });

  it('keeps no client secret, e-mail or name in Redis', async () => {
    const rig = await instance();
    const key = freshKey();
    const response = await post(rig, key);
    const { client_secret } = await response.json();
    const inspector = await connectedClient();
    const keys = await inspector.keys('dodo-checkout:idem:*');
    const values = (await Promise.all(keys.map((name) => inspector.get(name)))).join('\n');
    expect(values.length).toBeGreaterThan(0);
    expect(values).not.toContain(client_secret);
    expect(values).not.toContain('ada@example.com');
    expect(values).not.toContain('Ada Lovelace');
    expect(keys.join(' ')).not.toContain(key);
    expect((await post(rig, key)).headers.get('idempotent-replayed')).toBe('true');
  });

  it('answers 503 IDEMPOTENCY_STORE_UNAVAILABLE while Redis is down and creates nothing for those requests after it returns', async () => {
    const rig = await instance();
    const [client] = clients.slice(-1);
    await redis.kill();
    const keys = Array.from({ length: 4 }, () => freshKey());
    const started = Date.now();
    const answers = await Promise.all(keys.map((key) => post(rig, key, validRequest(), AbortSignal.timeout(5_000))));
    expect(Date.now() - started).toBeLessThan(2_000);
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await answer.json()).code).toBe('IDEMPOTENCY_STORE_UNAVAILABLE');
    }

    redis.restart();
    for (let waited = 0; !client!.isReady; waited += 50) {
      if (waited > 5_000) throw new Error('the client did not reconnect');
      await sleep(50);
    }
    await sleep(300); // anything left in an offline queue would run now
    expect(standIn.requestCount).toBe(0);

    const retries = await Promise.all(keys.map((key) => post(rig, key)));
    expect(retries.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(standIn.payments.size).toBe(4);
  });

  it('answers 503 within the deadline while Redis is frozen, and creates nothing once it thaws', async () => {
    const rig = await instance();
    redis.pause();
    try {
      const started = Date.now();
      const answer = await post(rig, freshKey(), validRequest(), AbortSignal.timeout(5_000));
      expect(answer.status).toBe(503);
      expect((await answer.json()).code).toBe('IDEMPOTENCY_STORE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(1_500);
    } finally {
      redis.resume();
    }
    await sleep(300);
    expect(standIn.requestCount).toBe(0);
  });
});
