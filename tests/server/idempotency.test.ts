import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore, IdempotencyStoreFullError } from '../../src/server/index.js';
import { createIdempotencyCoordinator } from '../../src/server/idempotency.js';
import type { IdempotencyClaim, IdempotencyStore } from '../../src/server/idempotency-store.js';
import { apiAnswerOf, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

let rig: ProxyRig;
beforeAll(async () => {
  rig = await startProxyRig();
});
afterAll(() => rig.close());
beforeEach(() => rig.standIn.reset());

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and body without calling the API again', async () => {
    const key = freshKey();
    const first = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    const firstBody = await first.text();
    // Same body with keys in another order is the same request.
    const { billing, customer, product_cart, payment_link } = validRequest();
    const second = await rig.post({ payment_link, customer, billing, product_cart }, { headers: { 'idempotency-key': key } });
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    // The same answer; its status token is signed afresh, so its expiry may be a second later.
    expect(apiAnswerOf(await second.text())).toBe(apiAnswerOf(firstBody));
    expect(rig.standIn.requestCount).toBe(1);
    expect(rig.standIn.payments.size).toBe(1);
    expect(JSON.parse(rig.logs.at(-1) ?? '{}')).toMatchObject({ replayed: true, status: 200, payment_id: JSON.parse(firstBody).payment_id });
  });

  it('answers 409 when the key comes back with a different body', async () => {
    const key = freshKey();
    expect((await rig.post(validRequest(), { headers: { 'idempotency-key': key } })).status).toBe(200);
    const changed = await rig.post(validRequest({ product_cart: [{ product_id: 'pdt_ceramic_mug', quantity: 1 }] }), { headers: { 'idempotency-key': key } });
    expect(changed.status).toBe(409);
    expect(await changed.json()).toEqual({ code: 'IDEMPOTENCY_KEY_REUSED', message: 'This Idempotency-Key was already used with a different request body.' });
    expect(rig.standIn.requestCount).toBe(1);
  });

  it('compares the body sent upstream (after transform and policy): another session with the same key gets 409, never the first response', async () => {
    const sessions = await startProxyRig(
      {
        transform: (body, request) => ({ ...body, customer: { email: `${request.headers.get('x-session')}@example.com`, name: 'Signed In' } }),
      },
      rig.standIn,
    );
    try {
      const key = freshKey();
      const first = await sessions.post(validRequest(), { headers: { 'idempotency-key': key, 'x-session': 'ada' } });
      expect(first.status).toBe(200);
      const { client_secret } = await first.json();
      const again = await sessions.post(validRequest(), { headers: { 'idempotency-key': key, 'x-session': 'ada' } });
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      const other = await sessions.post(validRequest(), { headers: { 'idempotency-key': key, 'x-session': 'mallory' } });
      expect(other.status).toBe(409);
      const text = await other.text();
      expect(JSON.parse(text).code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(text).not.toContain(client_secret);
      expect(rig.standIn.requestCount).toBe(1);
    } finally {
      await sessions.close();
    }
  });

  it('makes exactly one upstream call for concurrent requests with one key', async () => {
    rig.standIn.failNext({ delayMs: 150 }); // keep the first in flight while the others arrive
    const key = freshKey();
    const responses = await Promise.all(Array.from({ length: 8 }, () => rig.post(validRequest(), { headers: { 'idempotency-key': key } })));
    const bodies = await Promise.all(responses.map((response) => response.text()));
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(200));
    expect(new Set(bodies.map(apiAnswerOf)).size).toBe(1);
    expect(responses.filter((response) => response.headers.get('idempotent-replayed') === 'true')).toHaveLength(7);
    expect(rig.standIn.requestCount).toBe(1);
    expect(rig.standIn.payments.size).toBe(1);
  });

  it('answers 409 at once for a concurrent request with the same key and another body', async () => {
    rig.standIn.failNext({ delayMs: 1_500 });
    const key = freshKey();
    const firstAnswer = rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    let firstAnswered = false;
    void firstAnswer.then(() => (firstAnswered = true));
    // The first request holds the key once it reached the API.
    while (rig.standIn.requestCount === 0) await new Promise((done) => setTimeout(done, 5));
    const other = await rig.post(validRequest({ discount_code: 'WELCOME10' }), { headers: { 'idempotency-key': key } });
    expect(other.status).toBe(409);
    expect(firstAnswered, 'the 409 came while the first request still waited on the API').toBe(false);
    expect((await firstAnswer).status).toBe(200);
    expect(rig.standIn.requestCount).toBe(1);
  });

  it('lets a retry through after a refusal that is not stored (429)', async () => {
    const key = freshKey();
    rig.standIn.failNext({ status: 429 });
    expect((await rig.post(validRequest(), { headers: { 'idempotency-key': key } })).status).toBe(429);
    const second = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(rig.standIn.requestCount).toBe(2);
  });

  it('never creates again after a failure that may have created the payment (5xx): the retry gets 503 PAYMENT_OUTCOME_UNKNOWN', async () => {
    const key = freshKey();
    rig.standIn.failNext({ status: 503 });
    expect((await rig.post(validRequest(), { headers: { 'idempotency-key': key } })).status).toBe(502);
    const retry = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(503);
    expect(retry.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await retry.json()).code).toBe('PAYMENT_OUTCOME_UNKNOWN');
    expect(rig.standIn.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('replays a deterministic refusal (422) for the same key', async () => {
    const key = freshKey();
    const first = await rig.post(validRequest({ discount_code: 'NOPE' }), { headers: { 'idempotency-key': key } });
    expect(first.status).toBe(422);
    const second = await rig.post(validRequest({ discount_code: 'NOPE' }), { headers: { 'idempotency-key': key } });
    expect(second.status).toBe(422);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect(rig.standIn.requestCount).toBe(1);
  });

  it('creates separate payments for different keys and for requests without a key', async () => {
    await rig.post(validRequest(), { headers: { 'idempotency-key': freshKey() } });
    await rig.post(validRequest(), { headers: { 'idempotency-key': freshKey() } });
    await rig.post(validRequest());
    await rig.post(validRequest());
    expect(rig.standIn.payments.size).toBe(4);
  });

  it('forgets keys after the window', async () => {
    let now = 1_000_000;
    const store = createMemoryIdempotencyStore({ now: () => now });
    const windowed = await startProxyRig({ idempotencyStore: store, idempotencyTtlMs: 60_000 }, rig.standIn);
    try {
      const key = freshKey();
      await windowed.post(validRequest(), { headers: { 'idempotency-key': key } });
      now += 59_000;
      expect((await windowed.post(validRequest(), { headers: { 'idempotency-key': key } })).headers.get('idempotent-replayed')).toBe('true');
      now += 2_000;
      const after = await windowed.post(validRequest(), { headers: { 'idempotency-key': key } });
      expect(after.status).toBe(200);
      expect(after.headers.get('idempotent-replayed')).toBeNull();
      // The proxy called the API again; the key it forwards lets the API deduplicate too.
      expect(rig.standIn.requestCount).toBe(2);
      expect(rig.standIn.requests.map((request) => request.idempotencyKey)).toEqual([key, key]);
    } finally {
      await windowed.close();
    }
  });
});

describe('an attempt of unknown outcome, on a store with its own clock', () => {
  it("waits for it to settle by the store's clock: a server whose clock runs ahead does not create again early", async () => {
    // The store (Redis) says the unknown attempt began a second ago; this server's clock is two minutes ahead of it.
    const storeNow = Date.now() - 120_000;
    const claims: IdempotencyClaim[] = [{ state: 'acquired', token: 't1', unresolvedSince: storeNow - 1_000, storeNow }, { state: 'acquired', token: 't2', storeNow }];
    const released: string[] = [];
    const store: IdempotencyStore = {
      claim: async () => claims.shift() ?? { state: 'in_flight', bodyHash: '' },
      complete: async () => undefined,
      release: async (_key, token, options) => void released.push(`${token}${options?.unresolved ? ' unresolved' : ''}`),
    };
    const coordinator = createIdempotencyCoordinator({ store, ttlMs: 60_000, leaseMs: 30_000, waitMs: 0, settleMs: 60_000, shouldStore: () => true });
    let created = 0;
    const outcome = await coordinator.execute('key', '{}', {
      create: async () => ({ status: 200, body: String(++created) }),
      recover: async () => null,
    });
    expect(created, 'nothing created while the first attempt may still appear').toBe(0);
    expect(outcome).toEqual({ kind: 'unresolved', retryAfterSeconds: 5 });
    expect(released).toEqual(['t1 unresolved']);
  });
});

describe('memory idempotency store', () => {
  it('releases only its own lock, and a lock expires', async () => {
    let now = 0;
    const store = createMemoryIdempotencyStore({ now: () => now });
    const first = await store.claim('k', 'h', 100);
    expect(first.state).toBe('acquired');
    expect(await store.claim('k', 'h', 100)).toEqual({ state: 'in_flight', bodyHash: 'h' });
    await store.release('k', 'not-the-token');
    expect((await store.claim('k', 'h', 100)).state).toBe('in_flight');
    now = 150;
    expect((await store.claim('k', 'h', 100)).state).toBe('acquired');
  });
});

describe('memory idempotency store when full', () => {
  it('never evicts a key inside its TTL: a new key is refused until one expires', async () => {
    let now = 0;
    const store = createMemoryIdempotencyStore({ maxEntries: 3, now: () => now });
    for (const key of ['a', 'b', 'c']) {
      const claim = await store.claim(key, 'h', 1_000);
      if (claim.state !== 'acquired') throw new Error('expected to acquire');
      await store.complete(key, claim.token, 'h', { status: 200, body: key }, 60_000);
    }
    await expect(store.claim('d', 'h', 1_000)).rejects.toThrow(IdempotencyStoreFullError);
    expect(await store.claim('a', 'h', 1_000)).toEqual({ state: 'completed', bodyHash: 'h', response: { status: 200, body: 'a' } });
    now = 60_001;
    expect((await store.claim('d', 'h', 1_000)).state).toBe('acquired');
  });

  it('makes room by forgetting the oldest refusal (it made no payment): a flood of refused creates never locks shoppers out, and a payment\'s key is kept', async () => {
    const small = await startProxyRig({ idempotencyStore: createMemoryIdempotencyStore({ maxEntries: 3 }) }, rig.standIn);
    const refuse = (key: string) => small.post(validRequest({ discount_code: 'NOPE' }), { headers: { 'idempotency-key': key } });
    try {
      const paid = freshKey();
      const created = await small.post(validRequest(), { headers: { 'idempotency-key': paid } });
      expect(created.status).toBe(200);
      const flood = [freshKey(), freshKey(), freshKey(), freshKey()];
      for (const key of flood) expect((await refuse(key)).status).toBe(422);
      // Room was made for the third and fourth by forgetting the first and the second: the oldest first.
      const newest = await refuse(flood[3]!);
      expect(newest.headers.get('idempotent-replayed')).toBe('true');
      expect((await refuse(flood[2]!)).headers.get('idempotent-replayed')).toBe('true');
      const forgotten = await refuse(flood[0]!);
      expect(forgotten.status).toBe(422);
      expect(forgotten.headers.get('idempotent-replayed'), 'asked again').toBeNull();
      const replay = await small.post(validRequest(), { headers: { 'idempotency-key': paid } });
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(apiAnswerOf(await replay.text())).toBe(apiAnswerOf(await created.text()));
      // A store full of payments' keys still refuses a new key rather than forget one.
      for (let i = 0; i < 2; i += 1) expect((await small.post(validRequest(), { headers: { 'idempotency-key': freshKey() } })).status).toBe(200);
      const full = await small.post(validRequest(), { headers: { 'idempotency-key': freshKey() } });
      expect(full.status).toBe(503);
      expect((await full.json()).code).toBe('IDEMPOTENCY_STORE_FULL');
    } finally {
      await small.close();
    }
  });

  it('keeps refusals when the create is retried upstream (maxRetries > 0): an earlier try may have made the payment', async () => {
    const retried = await startProxyRig({ idempotencyStore: createMemoryIdempotencyStore({ maxEntries: 1 }), maxRetries: 1 }, rig.standIn);
    try {
      expect((await retried.post(validRequest({ discount_code: 'NOPE' }), { headers: { 'idempotency-key': freshKey() } })).status).toBe(422);
      expect((await retried.post(validRequest({ discount_code: 'NOPE' }), { headers: { 'idempotency-key': freshKey() } })).status).toBe(503);
    } finally {
      await retried.close();
    }
  });

  it('answers 503 IDEMPOTENCY_STORE_FULL with Retry-After through the proxy, and keeps replaying the keys it holds', async () => {
    const small = await startProxyRig({ idempotencyStore: createMemoryIdempotencyStore({ maxEntries: 2 }) }, rig.standIn);
    try {
      const [first, second, third] = [freshKey(), freshKey(), freshKey()];
      const created = await small.post(validRequest(), { headers: { 'idempotency-key': first } });
      expect(created.status).toBe(200);
      expect((await small.post(validRequest(), { headers: { 'idempotency-key': second } })).status).toBe(200);
      const refused = await small.post(validRequest(), { headers: { 'idempotency-key': third } });
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await refused.json()).code).toBe('IDEMPOTENCY_STORE_FULL');
      const replay = await small.post(validRequest(), { headers: { 'idempotency-key': first } });
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(apiAnswerOf(await replay.text())).toBe(apiAnswerOf(await created.text()));
      expect(rig.standIn.payments.size).toBe(2);
    } finally {
      await small.close();
    }
  });
});
