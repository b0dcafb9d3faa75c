/**
 * `RateLimitStore` on Redis, so several proxy instances count one client together. One key per
 * client and window: a small Lua script increments it, starts its expiry on the first request
 * (or if it somehow has none) and reports what is left of the window, in one round trip.
 */
import type { RedisArgument } from 'redis';
import type { RateLimitStore } from './rate-limit.js';

/** The part of a node-redis v5 client (`createClient()`, or a cluster client) the store uses. */
export interface RedisRateLimitClient {
  eval(script: RedisArgument, options?: { keys?: RedisArgument[]; arguments?: RedisArgument[] }): Promise<unknown>;
}

export interface RedisRateLimitStoreOptions {
  /** Prefix of every key. Default `dodo-checkout:rate:`. */
  keyPrefix?: string;
}

const INCREMENT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

/**
 * Creates a rate-limit store on a connected node-redis v5 client:
 * `createCheckoutHandler({ rateLimit: { max: 20, windowMs: 60_000, store: createRedisRateLimitStore(redis) } })`.
 */
export function createRedisRateLimitStore(client: RedisRateLimitClient, options: RedisRateLimitStoreOptions = {}): RateLimitStore {
  const prefix = options.keyPrefix ?? 'dodo-checkout:rate:';
  return {
    async increment(key, windowMs) {
      const reply = (await client.eval(INCREMENT_SCRIPT, { keys: [`${prefix}${key}`], arguments: [String(Math.max(1, Math.ceil(windowMs)))] })) as [number, number];
      return { count: Number(reply[0]), resetInMs: Math.max(0, Number(reply[1])) };
    },
  };
}
