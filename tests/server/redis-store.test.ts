/**
 * The Redis idempotency store against a real redis-server this file spawns on a free port
 * (no persistence), shared by two proxy instances as merchants with several instances would.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRedisIdempotencyStore } from '../../src/server/redis-store.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { freePort, startRedisServer, type RedisServer } from './redis-server.js';
import { API_KEY, apiAnswerOf, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

let redis: RedisServer | undefined;
let client: ReturnType<typeof createClient>;
let standIn: DodoApiStandIn;
let first: ProxyRig;
let second: ProxyRig;

beforeAll(async () => {
  const port = await freePort();
  redis = startRedisServer(port);
  client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } });
  client.on('error', () => undefined);
  for (let attempt = 0; ; attempt++) {
    try {
      await client.connect();
      break;
    } catch (error) {
      if (attempt > 50) throw new Error(`redis-server did not start on port ${port}: ${String(error)}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  standIn = await startDodoApiStandIn({ apiKey: API_KEY });
  first = await startProxyRig({ idempotencyStore: createRedisIdempotencyStore(client) }, standIn);
  second = await startProxyRig({ idempotencyStore: createRedisIdempotencyStore(client) }, standIn);
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await standIn?.close();
  if (client?.isOpen) await client.quit();
  await redis?.kill();
});

/**
 * A TCP relay to the test's redis-server that can lose one answer: armed, it passes the next
 * command on to Redis, which runs it, then drops the connection instead of relaying the reply.
 */
async function lossyRelay(port: number): Promise<{ port: number; loseNextReply(): void; close(): Promise<void> }> {
  let armed = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((downstream) => {
    const upstream = connect(port, '127.0.0.1');
    sockets.add(downstream).add(upstream);
    let losing = false;
    downstream.on('data', (chunk) => {
      if (armed) [armed, losing] = [false, true];
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => (losing ? downstream.destroy() : downstream.write(chunk)));
    downstream.on('close', () => upstream.destroy());
    upstream.on('close', () => downstream.destroy());
    downstream.on('error', () => undefined);
    upstream.on('error', () => undefined);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    port: (server.address() as { port: number }).port,
    loseNextReply: () => void (armed = true),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((closed) => server.close(() => closed()));
    },
  };
}

describe('Redis idempotency store', () => {
  it('undoes a claim whose answer the connection lost after Redis ran it, once Redis answers again', async () => {
    const relay = await lossyRelay(redis!.port);
    const relayed = createClient({ url: `redis://127.0.0.1:${relay.port}`, disableOfflineQueue: true, socket: { reconnectStrategy: () => 100 } });
    relayed.on('error', () => undefined);
    await relayed.connect();
    try {
      const store = createRedisIdempotencyStore(relayed, { keyPrefix: 'lost:' });
      relay.loseNextReply();
      await expect(store.claim('k', 'hash', 60_000)).rejects.toThrow();
      // Redis holds the lease, though nobody will send to Dodo under it.
      await expect.poll(() => client.exists('lost:k'), { timeout: 8_000 }).toBe(0);
      const again = await createRedisIdempotencyStore(client, { keyPrefix: 'lost:' }).claim('k', 'hash', 60_000);
      expect(again.state).toBe('acquired');
    } finally {
      await relayed.disconnect().catch(() => undefined);
      await relay.close();
    }
  });

  it('claims a lease, reports in-flight, completes and replays', async () => {
    const store = createRedisIdempotencyStore(client, { keyPrefix: 'unit:' });
    const claim = await store.claim('k1', 'hash', 5_000, 60_000);
    expect(claim.state).toBe('acquired');
    // The record outlives the lease, so a holder that dies is remembered.
    const ttl = await client.pTTL('unit:k1');
    expect(ttl).toBeGreaterThan(5_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect(await store.claim('k1', 'hash', 5_000)).toEqual({ state: 'in_flight', bodyHash: 'hash' });
    if (claim.state !== 'acquired') return;
    await store.complete('k1', claim.token, 'hash', { status: 200, body: '{"payment_id":"pay_1"}' }, 600_000);
    expect(await store.claim('k1', 'other', 5_000)).toEqual({ state: 'completed', bodyHash: 'hash', response: { status: 200, body: '{"payment_id":"pay_1"}' } });
    expect(await client.pTTL('unit:k1')).toBeGreaterThan(60_000);
  });

  it('releases only with its own token, and an expired lock can be taken over', async () => {
    const store = createRedisIdempotencyStore(client, { keyPrefix: 'unit:' });
    const claim = await store.claim('k2', 'hash', 150);
    if (claim.state !== 'acquired') throw new Error('expected to acquire');
    await store.release('k2', 'someone-else');
    expect((await store.claim('k2', 'hash', 150)).state).toBe('in_flight');
    await new Promise((done) => setTimeout(done, 250));
    const takeover = await store.claim('k2', 'hash', 5_000);
    // Taken over, not forgotten: the new holder learns the first attempt's outcome is unknown.
    expect(takeover).toMatchObject({ state: 'acquired', unresolvedSince: expect.any(Number) });
    // The first holder finishing late must not overwrite the new holder's lock.
    await store.complete('k2', claim.token, 'hash', { status: 200, body: 'late' }, 60_000);
    expect((await store.claim('k2', 'hash', 5_000)).state).toBe('in_flight');
    if (takeover.state === 'acquired') await store.release('k2', takeover.token);
    expect((await store.claim('k2', 'hash', 5_000)).state).toBe('acquired');
  });

  it("judges leases by Redis's clock: an instance whose clock runs ahead does not take over a live lease, one behind does not keep an expired one", async () => {
    const store = createRedisIdempotencyStore(client, { keyPrefix: 'skew:' });
    const realNow = Date.now.bind(Date);
    const skewed = (ms: number) => vi.spyOn(Date, 'now').mockImplementation(() => realNow() + ms);
    const held = await store.claim('ahead', 'hash', 30_000);
    expect(held.state).toBe('acquired');
    const ahead = skewed(120_000);
    try {
      expect(await store.claim('ahead', 'hash', 30_000)).toEqual({ state: 'in_flight', bodyHash: 'hash' });
    } finally {
      ahead.mockRestore();
    }
    const behind = skewed(-120_000);
    try {
      expect((await store.claim('behind', 'hash', 150)).state).toBe('acquired');
    } finally {
      behind.mockRestore();
    }
    await new Promise((done) => setTimeout(done, 250));
    const takeover = await store.claim('behind', 'hash', 5_000);
    expect(takeover).toMatchObject({ state: 'acquired', unresolvedSince: expect.any(Number) });
    // Times are Redis's, told with each claim, so a caller can compare them with the store's clock.
    if (takeover.state !== 'acquired') return;
    const [seconds] = (await client.time()) as unknown as [number];
    expect(Math.abs(takeover.storeNow! - Number(seconds) * 1000)).toBeLessThan(2_000);
    expect(takeover.storeNow! - takeover.unresolvedSince!).toBeGreaterThanOrEqual(250);
    expect(takeover.storeNow! - takeover.unresolvedSince!).toBeLessThan(5_000);
  });

  it("finds an unknown attempt's payment from an instance whose clock runs minutes behind Redis, rather than creating a second one", async () => {
    const rig = await startProxyRig({ idempotencyStore: createRedisIdempotencyStore(client, { keyPrefix: 'behind:' }), timeout: 300, outcomeSettleMs: 1_000 }, standIn);
    const before = standIn.payments.size;
    try {
      const key = freshKey();
      standIn.failNext({ create: true, destroySocket: true });
      expect((await rig.post(validRequest(), { headers: { 'idempotency-key': key } })).status).toBe(502);
      expect(standIn.payments.size).toBe(before + 1);
      await new Promise((done) => setTimeout(done, 1_100));
      // The retry lands on an instance three minutes behind: by Redis's clock the attempt has settled.
      const realNow = Date.now.bind(Date);
      const behind = vi.spyOn(Date, 'now').mockImplementation(() => realNow() - 180_000);
      let retry: Response;
      try {
        retry = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
      } finally {
        behind.mockRestore();
      }
      expect(retry.status).toBe(200);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(standIn.payments.size).toBe(before + 1);
    } finally {
      await rig.close();
    }
  });

  it('keeps a key released as unresolved for the next claim to reconcile, and gives it to no other body', async () => {
    const store = createRedisIdempotencyStore(client, { keyPrefix: 'unit:' });
    const before = Date.now();
    const claim = await store.claim('k3', 'hash', 5_000);
    if (claim.state !== 'acquired') throw new Error('expected to acquire');
    await store.release('k3', claim.token, { unresolved: true });
    expect(await store.claim('k3', 'other', 5_000)).toEqual({ state: 'in_flight', bodyHash: 'hash' });
    const next = await store.claim('k3', 'hash', 5_000);
    if (next.state !== 'acquired') throw new Error('expected to acquire');
    expect(next.unresolvedSince).toBeGreaterThanOrEqual(before);
    expect(next.unresolvedSince).toBeLessThanOrEqual(Date.now());
    // Released as unresolved again, the attempt keeps its start time.
    await store.release('k3', next.token, { unresolved: true });
    expect(await store.claim('k3', 'hash', 5_000)).toMatchObject({ unresolvedSince: next.unresolvedSince });
  });

  it('shares keys between two proxy instances: replay, 409 and one upstream call under concurrency', async () => {
    standIn.reset();
    const key = freshKey();
    const created = await first.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(created.status).toBe(200);
    const replay = await second.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(apiAnswerOf(await replay.text())).toBe(apiAnswerOf(await created.text()));
    const conflict = await second.post(validRequest({ discount_code: 'WELCOME10' }), { headers: { 'idempotency-key': key } });
    expect(conflict.status).toBe(409);
    expect(standIn.requestCount).toBe(1);

    standIn.reset();
    standIn.failNext({ delayMs: 200 });
    const concurrent = freshKey();
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? second : first).post(validRequest(), { headers: { 'idempotency-key': concurrent } })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(6).fill(200));
    expect(new Set(await Promise.all(responses.map(async (response) => apiAnswerOf(await response.text())))).size).toBe(1);
    expect(standIn.requestCount).toBe(1);
    expect(standIn.payments.size).toBe(1);
  });

  it('stores keys under their hash, not the raw key', async () => {
    const key = freshKey();
    await first.post(validRequest(), { headers: { 'idempotency-key': key } });
    const keys = await client.keys('dodo-checkout:idem:*');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toContain(key);
  });
});
