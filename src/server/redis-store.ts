/**
 * `IdempotencyStore` on Redis, for merchants running the proxy on several instances
 * (`dodo-checkout/server/redis-store`, kept apart so the main entry never loads `redis`).
 * One key per idempotency key holds either the in-flight lock or the finished response:
 * `SET NX PX` claims it atomically; a small Lua script replaces or deletes it only while our
 * lock token still holds it, so an expired lock taken over by another instance is left alone.
 */
import type { RedisArgument, SetOptions } from 'redis';
import type { IdempotencyClaim, IdempotencyStore, StoredResponse } from './idempotency-store.js';

/** The part of a node-redis v5 client (`createClient()`, or a cluster client) the store uses. */
export interface RedisIdempotencyClient {
  set(key: RedisArgument, value: RedisArgument, options?: SetOptions): Promise<unknown>;
  get(key: RedisArgument): Promise<unknown>;
  eval(script: RedisArgument, options?: { keys?: RedisArgument[]; arguments?: RedisArgument[] }): Promise<unknown>;
}

export interface RedisIdempotencyStoreOptions {
  /** Prefix of every key. Default `dodo-checkout:idem:`. */
  keyPrefix?: string;
}

type Entry =
  | { state: 'in_flight'; bodyHash: string; token: string }
  | { state: 'completed'; bodyHash: string; response: StoredResponse };

/** Replace (ARGV[2] = new value, ARGV[3] = ttl ms) or delete (no ARGV[2]) the key while ARGV[1] is its lock token. */
const IF_TOKEN_SCRIPT = `
local current = redis.call('GET', KEYS[1])
if not current then
  if ARGV[2] then redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
  return 1
end
local ok, entry = pcall(cjson.decode, current)
if not ok or entry.state ~= 'in_flight' or entry.token ~= ARGV[1] then return 0 end
if ARGV[2] then redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) else redis.call('DEL', KEYS[1]) end
return 1
`;

function randomToken(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function parseEntry(value: unknown): Entry | null {
  if (typeof value !== 'string') return null;
  try {
    const entry = JSON.parse(value) as Entry;
    return entry && (entry.state === 'in_flight' || entry.state === 'completed') ? entry : null;
  } catch {
    return null;
  }
}

/**
 * Creates an idempotency store on a connected node-redis v5 client:
 *
 * ```ts
 * import { createClient } from 'redis';
 * import { createRedisIdempotencyStore } from 'dodo-checkout/server/redis-store';
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect();
 * createCheckoutHandler({ idempotencyStore: createRedisIdempotencyStore(redis) });
 * ```
 */
export function createRedisIdempotencyStore(client: RedisIdempotencyClient, options: RedisIdempotencyStoreOptions = {}): IdempotencyStore {
  const prefix = options.keyPrefix ?? 'dodo-checkout:idem:';
  const keyOf = (key: string) => `${prefix}${key}`;

  return {
    async claim(key, bodyHash, lockTtlMs): Promise<IdempotencyClaim> {
      for (let attempt = 0; attempt < 5; attempt++) {
        const token = randomToken();
        const lock: Entry = { state: 'in_flight', bodyHash, token };
        const set = await client.set(keyOf(key), JSON.stringify(lock), { condition: 'NX', expiration: { type: 'PX', value: Math.max(1, Math.ceil(lockTtlMs)) } });
        if (set === 'OK') return { state: 'acquired', token };
        const entry = parseEntry(await client.get(keyOf(key)));
        if (entry?.state === 'completed') return { state: 'completed', bodyHash: entry.bodyHash, response: entry.response };
        if (entry?.state === 'in_flight') return { state: 'in_flight', bodyHash: entry.bodyHash };
        // The key expired between SET and GET (or holds garbage): try again.
      }
      throw new Error('dodo-checkout/server: could not claim the idempotency key in Redis.');
    },
    async complete(key, token, bodyHash, response, ttlMs) {
      const entry: Entry = { state: 'completed', bodyHash, response };
      await client.eval(IF_TOKEN_SCRIPT, { keys: [keyOf(key)], arguments: [token, JSON.stringify(entry), String(Math.max(1, Math.ceil(ttlMs)))] });
    },
    async release(key, token) {
      await client.eval(IF_TOKEN_SCRIPT, { keys: [keyOf(key)], arguments: [token] });
    },
  };
}

export { createRedisRateLimitStore, type RedisRateLimitClient, type RedisRateLimitStoreOptions } from './redis-rate-limit-store.js';
