/**
 * Webhook dedupe on the Redis store against a real redis-server, with two handler instances
 * sharing it as a merchant running several instances would: Dodo's deliveries of one event land
 * on either, and the merchant's code runs once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisIdempotencyStore } from '../../src/server/redis-store.js';
import { startTestRedis, type TestRedis } from './redis-server.js';
import { newWebhookId, paymentEvent, startWebhookRig, type RigOptions, type WebhookRig } from './webhook-support.js';

let redis: TestRedis;

beforeAll(async () => {
  redis = await startTestRedis();
});

afterAll(async () => {
  await redis?.stop();
});

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Two instances, each with its own onEvent recorder, one shared Redis store; `runs` counts onEvent calls across both. */
async function twoInstances(options: RigOptions = {}): Promise<{ a: WebhookRig; b: WebhookRig; runs: () => number; close: () => Promise<void> }> {
  const prefix = `test:${newWebhookId()}:`;
  const a = await startWebhookRig({ store: createRedisIdempotencyStore(redis.client, { keyPrefix: prefix }), ...options });
  const b = await startWebhookRig({ store: createRedisIdempotencyStore(redis.client, { keyPrefix: prefix }), ...options });
  return { a, b, runs: () => a.events.length + b.events.length, close: async () => Promise.all([a.close(), b.close()]).then(() => undefined) };
}

describe('webhook dedupe (Redis store, two instances)', () => {
  it('a redelivery to the other instance is a duplicate: onEvent ran once', async () => {
    const { a, b, runs, close } = await twoInstances();
    try {
      const body = JSON.stringify(paymentEvent());
      const id = newWebhookId();
      expect(await (await a.deliver(body, { id })).json()).toEqual({ received: true });
      expect(await (await b.deliver(body, { id })).json()).toEqual({ received: true, duplicate: true });
      expect(runs()).toBe(1);
      const keys = await redis.client.keys('test:*');
      expect(keys.length).toBeGreaterThan(0);
      // The key is the hashed webhook-id under the webhook prefix, so checkout keys sharing the store never collide.
      expect(keys.every((key) => /webhook:[0-9a-f]{64}$/.test(key))).toBe(true);
    } finally {
      await close();
    }
  });

  it('many parallel deliveries of one webhook-id across both instances: onEvent ran once', async () => {
    let running = 0;
    let most = 0;
    const { a, b, runs, close } = await twoInstances({
      behaviour: async () => {
        running++;
        most = Math.max(most, running);
        await sleep(200);
        running--;
      },
    });
    try {
      const body = JSON.stringify(paymentEvent());
      const id = newWebhookId();
      const responses = await Promise.all(Array.from({ length: 30 }, (_, index) => (index % 2 ? a : b).deliver(body, { id })));
      expect(responses.map((response) => response.status)).toEqual(Array(30).fill(200));
      const fresh = (await Promise.all(responses.map((response) => response.json()))).filter((answer) => !answer.duplicate);
      expect(fresh).toHaveLength(1);
      expect(runs()).toBe(1);
      expect(most).toBe(1);
    } finally {
      await close();
    }
  });

  it('a failure on one instance releases the event: the retry on the other runs it, then it is done', async () => {
    let failures = 1;
    const { a, b, runs, close } = await twoInstances({
      behaviour: () => {
        if (failures-- > 0) throw new Error('first instance crashed mid-event');
      },
    });
    try {
      const body = JSON.stringify(paymentEvent());
      const id = newWebhookId();
      expect((await a.deliver(body, { id })).status).toBe(500);
      expect(await (await b.deliver(body, { id })).json()).toEqual({ received: true });
      expect(await (await a.deliver(body, { id })).json()).toEqual({ received: true, duplicate: true });
      expect(runs()).toBe(2);
    } finally {
      await close();
    }
  });

  it('an instance that hangs mid-event holds the id only until processingTimeoutMs', async () => {
    const prefix = `test:${newWebhookId()}:`;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const hung = await startWebhookRig({
      store: createRedisIdempotencyStore(redis.client, { keyPrefix: prefix }),
      processingTimeoutMs: 1_500,
      behaviour: () => {
        started();
        return new Promise(() => undefined);
      },
    });
    const other = await startWebhookRig({ store: createRedisIdempotencyStore(redis.client, { keyPrefix: prefix }), processingTimeoutMs: 1_500, duplicateWaitMs: 50 });
    try {
      const body = JSON.stringify(paymentEvent());
      const id = newWebhookId();
      void hung.deliver(body, { id }).catch(() => undefined);
      await running;
      // The event runs once its claim is taken: the lease ends no later than 1.5 s from now.
      const lockedAt = Date.now();
      const blocked = await other.deliver(body, { id });
      expect(blocked.status).toBe(409);
      await sleep(Math.max(0, lockedAt + 1_600 - Date.now()));
      expect(await (await other.deliver(body, { id })).json()).toEqual({ received: true });
      expect(other.events).toHaveLength(1);
    } finally {
      await hung.close();
      await other.close();
    }
  });
});
