/**
 * The Redis idempotency store against a real redis-server this file spawns on a free port
 * (no persistence), shared by two proxy instances as merchants with several instances would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisIdempotencyStore } from '../../src/server/redis-store.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { API_KEY, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

/** The first executable `name` on PATH, as `command -v` finds it (which is what scripts/run-tests.mjs checks). */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const REDIS_SERVER = process.env.REDIS_SERVER_BIN || onPath('redis-server');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let redisProcess: ChildProcess | undefined;
let client: ReturnType<typeof createClient>;
let standIn: DodoApiStandIn;
let first: ProxyRig;
let second: ProxyRig;

beforeAll(async () => {
  if (!REDIS_SERVER) {
    throw new Error('redis-server is not on PATH: install it (apt-get install redis-server) or set REDIS_SERVER_BIN. The Redis adapter tests need a real server.');
  }
  const port = await freePort();
  redisProcess = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
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
  redisProcess?.kill('SIGKILL');
});

describe('Redis idempotency store', () => {
  it('claims with SET NX PX, reports in-flight, completes and replays', async () => {
    const store = createRedisIdempotencyStore(client, { keyPrefix: 'unit:' });
    const claim = await store.claim('k1', 'hash', 5_000);
    expect(claim.state).toBe('acquired');
    const ttl = await client.pTTL('unit:k1');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5_000);
    expect(await store.claim('k1', 'hash', 5_000)).toEqual({ state: 'in_flight', bodyHash: 'hash' });
    if (claim.state !== 'acquired') return;
    await store.complete('k1', claim.token, 'hash', { status: 200, body: '{"payment_id":"pay_1"}' }, 60_000);
    expect(await store.claim('k1', 'other', 5_000)).toEqual({ state: 'completed', bodyHash: 'hash', response: { status: 200, body: '{"payment_id":"pay_1"}' } });
    expect(await client.pTTL('unit:k1')).toBeGreaterThan(5_000);
  });

  it('releases only with its own token, and an expired lock can be taken over', async () => {
    const store = createRedisIdempotencyStore(client, { keyPrefix: 'unit:' });
    const claim = await store.claim('k2', 'hash', 150);
    if (claim.state !== 'acquired') throw new Error('expected to acquire');
    await store.release('k2', 'someone-else');
    expect((await store.claim('k2', 'hash', 150)).state).toBe('in_flight');
    await new Promise((done) => setTimeout(done, 250));
    const takeover = await store.claim('k2', 'hash', 5_000);
    expect(takeover.state).toBe('acquired');
    // The first holder finishing late must not overwrite the new holder's lock.
    await store.complete('k2', claim.token, 'hash', { status: 200, body: 'late' }, 60_000);
    expect((await store.claim('k2', 'hash', 5_000)).state).toBe('in_flight');
    if (takeover.state === 'acquired') await store.release('k2', takeover.token);
    expect((await store.claim('k2', 'hash', 5_000)).state).toBe('acquired');
  });

  it('shares keys between two proxy instances: replay, 409 and one upstream call under concurrency', async () => {
    standIn.reset();
    const key = freshKey();
    const created = await first.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(created.status).toBe(200);
    const replay = await second.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.text()).toBe(await created.text());
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
    expect(new Set(await Promise.all(responses.map((response) => response.text()))).size).toBe(1);
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
