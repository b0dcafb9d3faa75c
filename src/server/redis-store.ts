/**
 * `IdempotencyStore` on Redis, for merchants running the proxy on several instances
 * (`dodo-checkout/server/redis-store`, kept apart so the main entry never loads `redis`).
 * One key per idempotency key holds its record: a lease (who works on it, until when, since
 * when) or the finished response. Small Lua scripts claim, take over an expired lease, complete
 * and release atomically, the last two only while our lease token still holds the key. Every
 * call has a deadline: a store that does not answer in time is an error, never a late "go".
 */
import type { RedisArgument, SetOptions } from 'redis';
import { DEFAULT_RECORD_TTL_MS, randomToken, type IdempotencyClaim, type IdempotencyStore, type StoredResponse } from './idempotency-store.js';
import type { QuoteCache } from './quote-cache.js';

/** The part of a node-redis v5 client (`createClient()`, or a cluster client) the store uses. */
export interface RedisIdempotencyClient {
  eval(script: RedisArgument, options?: { keys?: RedisArgument[]; arguments?: RedisArgument[] }): Promise<unknown>;
  /** node-redis v5: a view of the client whose commands are dropped from its queues when `signal` aborts. */
  withAbortSignal?(signal: AbortSignal): Pick<RedisIdempotencyClient, 'eval'>;
}

export interface RedisIdempotencyStoreOptions {
  /** Prefix of every key. Default `dodo-checkout:idem:`. */
  keyPrefix?: string;
  /** Deadline of each store call in ms; past it the call fails (the proxy answers 503). Default 500. */
  timeoutMs?: number;
}

/**
 * Times are Redis's own (`TIME`), so instances whose clocks differ agree on when a lease runs out;
 * they are strings, as Lua's cjson keeps only 14 significant digits of a number. `origin` is the
 * token of the claim that made the record.
 */
type Entry =
  | { state: 'in_flight'; bodyHash: string; token: string; origin?: string; leaseUntil: string; since: string }
  | { state: 'completed'; bodyHash: string; response: StoredResponse };

/** Redis's clock in ms (scripts that call TIME replicate their effects, Redis 5 and later). */
const NOW = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
`;

/**
 * ARGV: 1 body hash, 2 token, 3 lease ms, 4 record ttl ms. A missing key becomes our lease; an
 * expired lease for the same body is taken over, keeping `since` (when the unresolved work
 * began). Each answer ends with Redis's time.
 */
const CLAIM_SCRIPT = `${NOW}
local lease = tonumber(ARGV[3])
local current = redis.call('GET', KEYS[1])
if not current then
  local entry = {state = 'in_flight', bodyHash = ARGV[1], token = ARGV[2], origin = ARGV[2], leaseUntil = tostring(now + lease), since = tostring(now)}
  redis.call('SET', KEYS[1], cjson.encode(entry), 'PX', math.max(lease, tonumber(ARGV[4])))
  return {'acquired', tostring(now)}
end
local ok, entry = pcall(cjson.decode, current)
if not ok or type(entry) ~= 'table' then return redis.error_reply('unreadable idempotency record') end
if entry.state ~= 'in_flight' or tonumber(entry.leaseUntil) > now or entry.bodyHash ~= ARGV[1] then return {'taken', current, tostring(now)} end
entry.token = ARGV[2]
entry.leaseUntil = tostring(now + lease)
redis.call('SET', KEYS[1], cjson.encode(entry), 'PX', math.max(lease, redis.call('PTTL', KEYS[1])))
return {'took_over', entry.since, tostring(now)}
`;

/**
 * ARGV: 1 token, 2 mode ('complete' | 'forget' | 'unresolved' | 'abandon'), 3 completed record,
 * 4 ttl ms. Acts only while ARGV[1] holds the lease, so an expired lease taken over by another
 * instance is left alone. `abandon` undoes a claim whose answer came too late: forgotten if that
 * claim made the record, else left unresolved as it was.
 */
const IF_TOKEN_SCRIPT = `
local current = redis.call('GET', KEYS[1])
if not current then
  if ARGV[2] == 'complete' then redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4]) end
  return 1
end
local ok, entry = pcall(cjson.decode, current)
if not ok or type(entry) ~= 'table' or entry.state ~= 'in_flight' or entry.token ~= ARGV[1] then return 0 end
if ARGV[2] == 'complete' then
  redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])
elseif ARGV[2] == 'forget' or (ARGV[2] == 'abandon' and entry.origin == ARGV[1]) then
  redis.call('DEL', KEYS[1])
else
  entry.leaseUntil = '0'
  redis.call('SET', KEYS[1], cjson.encode(entry), 'KEEPTTL')
end
return 1
`;

/** When an unanswered claim is undone: at once, then while Redis reconnects (ms after each failed try). */
const ABANDON_RETRY_MS = [0, 250, 1_000, 3_000];

class StoreTimeoutError extends Error {
  constructor(ms: number) {
    super(`dodo-checkout/server: Redis did not answer within ${ms} ms.`);
    this.name = 'StoreTimeoutError';
  }
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
 * Creates an idempotency store on a connected node-redis v5 client. Configure the client so
 * that an outage fails fast (see the README, "Your backend"):
 *
 * ```ts
 * import { createClient } from 'redis';
 * import { createRedisIdempotencyStore } from 'dodo-checkout/server/redis-store';
 * const redis = createClient({
 *   url: process.env.REDIS_URL,
 *   disableOfflineQueue: true,
 *   socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 100, 2_000) },
 * });
 * redis.on('error', (error) => console.error('redis', error.message));
 * await redis.connect();
 * createCheckoutHandler({ idempotencyStore: createRedisIdempotencyStore(redis) });
 * ```
 */
export function createRedisIdempotencyStore(client: RedisIdempotencyClient, options: RedisIdempotencyStoreOptions = {}): IdempotencyStore {
  const prefix = options.keyPrefix ?? 'dodo-checkout:idem:';
  const timeoutMs = options.timeoutMs ?? 500;
  const keyOf = (key: string) => `${prefix}${key}`;

  /** Runs one script with a deadline; a command still queued at the deadline is dropped from the client's queue. */
  function run(script: string, key: string, args: string[]): Promise<unknown> {
    const signal = AbortSignal.timeout(timeoutMs);
    const scoped = client.withAbortSignal ? client.withAbortSignal(signal) : client;
    return new Promise((resolve, reject) => {
      const onTimeout = () => reject(new StoreTimeoutError(timeoutMs));
      signal.addEventListener('abort', onTimeout, { once: true });
      scoped.eval(script, { keys: [keyOf(key)], arguments: args }).then(
        (value) => {
          signal.removeEventListener('abort', onTimeout);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onTimeout);
          reject(error);
        },
      );
    });
  }

  /** Undoes the claim made under `token` if Redis holds it, trying again for a few seconds while Redis cannot be reached. */
  async function abandon(key: string, token: string): Promise<void> {
    for (const waitMs of ABANDON_RETRY_MS) {
      if (waitMs) await new Promise((waited) => setTimeout(waited, waitMs).unref?.());
      try {
        await run(IF_TOKEN_SCRIPT, key, [token, 'abandon', '', '0']);
        return;
      } catch {
        // Not reachable yet: the next try, else the lease runs out on its own.
      }
    }
  }

  return {
    async claim(key, bodyHash, leaseMs, recordTtlMs = DEFAULT_RECORD_TTL_MS): Promise<IdempotencyClaim> {
      const token = randomToken();
      let reply: unknown;
      try {
        reply = await run(CLAIM_SCRIPT, key, [bodyHash, token, String(Math.max(1, Math.ceil(leaseMs))), String(Math.ceil(recordTtlMs))]);
      } catch (error) {
        // Redis may have run the claim though its answer never came (given up on, or lost with the
        // connection): undo it, as soon as Redis answers again, so the key is not held for nothing.
        void abandon(key, token);
        throw error;
      }
      const [outcome, detail, time] = Array.isArray(reply) ? (reply as unknown[]) : [];
      if (outcome === 'acquired') return { state: 'acquired', token, storeNow: Number(detail) };
      if (outcome === 'took_over') return { state: 'acquired', token, unresolvedSince: Number(detail), storeNow: Number(time) };
      const entry = parseEntry(detail);
      if (entry?.state === 'completed') return { state: 'completed', bodyHash: entry.bodyHash, response: entry.response };
      if (entry?.state === 'in_flight') return { state: 'in_flight', bodyHash: entry.bodyHash };
      throw new Error('dodo-checkout/server: unexpected answer from Redis to an idempotency claim.');
    },
    async complete(key, token, bodyHash, response, ttlMs) {
      const entry: Entry = { state: 'completed', bodyHash, response };
      await run(IF_TOKEN_SCRIPT, key, [token, 'complete', JSON.stringify(entry), String(Math.max(1, Math.ceil(ttlMs)))]);
    },
    async release(key, token, releaseOptions = {}) {
      await run(IF_TOKEN_SCRIPT, key, [token, releaseOptions.unresolved ? 'unresolved' : 'forget', '', '0']);
    },
  };
}

export { createRedisRateLimitStore, type RedisRateLimitClient, type RedisRateLimitStoreOptions } from './redis-rate-limit-store.js';

/** The part of a node-redis v5 client the quote cache uses. */
export interface RedisQuoteCacheClient {
  set(key: RedisArgument, value: RedisArgument, options?: SetOptions): Promise<unknown>;
  get(key: RedisArgument): Promise<unknown>;
}

export interface RedisQuoteCacheOptions {
  /** Prefix of every key. Default `dodo-checkout:quote:`. */
  keyPrefix?: string;
}

/**
 * A `QuoteCache` on Redis, so instances behind a load balancer share quotes (`SET … PX`, expired
 * by Redis itself):
 *
 * ```ts
 * createQuoteHandler({ quoteCache: createRedisQuoteCache(redis) });
 * ```
 */
export function createRedisQuoteCache(client: RedisQuoteCacheClient, options: RedisQuoteCacheOptions = {}): QuoteCache {
  const prefix = options.keyPrefix ?? 'dodo-checkout:quote:';
  return {
    async get(key) {
      const value = await client.get(`${prefix}${key}`);
      return typeof value === 'string' ? value : null;
    },
    async set(key, value, ttlMs) {
      await client.set(`${prefix}${key}`, value, { expiration: { type: 'PX', value: Math.max(1, Math.ceil(ttlMs)) } });
    },
  };
}
