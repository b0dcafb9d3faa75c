/**
 * Where the quote route keeps answers for a short while, so identical quote requests within the
 * TTL cost one call to Dodo: a get/set-with-TTL interface, and the in-memory default (bounded,
 * expiring). Instances behind a load balancer share one through `createRedisQuoteCache` from
 * `dodo-checkout/server/redis-store`.
 */

export interface QuoteCache {
  /** The value stored under `key`, or `undefined`/`null` when there is none (or it expired). */
  get(key: string): Promise<string | null | undefined>;
  /** Stores `value` under `key` for `ttlMs` milliseconds. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
}

export interface MemoryQuoteCacheOptions {
  /** Most entries kept; the oldest are dropped first. Default 5 000. */
  maxEntries?: number;
  /** Clock (tests). */
  now?: () => number;
}

/** The default cache: a `Map` in this process, bounded by `maxEntries`, entries expire after their TTL. */
export function createMemoryQuoteCache(options: MemoryQuoteCacheOptions = {}): QuoteCache {
  const maxEntries = options.maxEntries ?? 5_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: string; expiresAt: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttlMs) {
      entries.delete(key); // re-insert at the end: Map order is our age order
      entries.set(key, { value, expiresAt: now() + ttlMs });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
  };
}
