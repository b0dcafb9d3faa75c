/**
 * Per-client rate limiting for the proxy's routes: at most `max` requests per client in a fixed
 * window of `windowMs`, counted in a pluggable store (in memory by default; Redis from
 * `dodo-checkout/server/redis-store` for several instances). Clients are the address the node
 * adapter saw (an IPv6 client by its /64, which one host can hold whole) or the merchant's
 * `clientKey`. A store that fails or stalls lets requests through: the limit guards capacity,
 * and an outage of its store must not take the checkout down with it.
 */
import { hex } from './bytes.js';
import { clientAddressOf } from './client-address.js';
import { createKeyedMac } from './sealed-cache.js';

/** Counts requests per key in fixed windows. Implementations must count atomically across instances that share them. */
export interface RateLimitStore {
  /** Counts one request for `key`; the window starts at its first request and lasts `windowMs`. */
  increment(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>;
}

export interface RateLimitOptions {
  /** Requests one client may make per window. */
  max: number;
  /** Window length in ms. */
  windowMs: number;
  /**
   * Who the client is: a session or account id, or the address your platform vouches for (e.g.
   * `CF-Connecting-IP` on Cloudflare). Default: the address the node adapter saw. Returning
   * nothing leaves the request unlimited.
   */
  clientKey?: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /** Where counts live. Default: in memory, per instance. */
  store?: RateLimitStore;
  /** Longest wait for the store, in ms, before letting the request through. Default 500. */
  storeTimeoutMs?: number;
}

export type RateLimitDecision =
  | { limited: false; skipped?: 'no_client_key' | 'store_unavailable' }
  | { limited: true; retryAfterSeconds: number };

export interface MemoryRateLimitStoreOptions {
  /** Most counters kept; the oldest windows are dropped first (that client starts afresh). Default 100 000. */
  maxKeys?: number;
  /** Clock (tests). */
  now?: () => number;
}

export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const maxKeys = options.maxKeys ?? 100_000;
  const now = options.now ?? Date.now;
  // Insertion order is window start order: a new window re-inserts its key at the end.
  const windows = new Map<string, { count: number; resetAt: number }>();

  return {
    async increment(key, windowMs) {
      const at = now();
      let window = windows.get(key);
      if (window && window.resetAt <= at) {
        windows.delete(key);
        window = undefined;
      }
      if (!window) {
        for (const [oldest, entry] of windows) {
          if (windows.size < maxKeys && entry.resetAt > at) break;
          windows.delete(oldest);
        }
        window = { count: 0, resetAt: at + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return { count: window.count, resetInMs: window.resetAt - at };
    },
  };
}

/** The default client key: the adapter's address, an IPv6 address reduced to its /64. */
export function defaultClientKey(request: Request): string | undefined {
  const address = clientAddressOf(request);
  if (!address || !address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const groups = [...head.split(':').filter(Boolean)];
  const tailGroups = tail.split(':').filter(Boolean);
  // Expand `::` so the first four groups are the real /64 prefix.
  const full = address.includes('::') ? [...groups, ...Array(Math.max(0, 8 - groups.length - tailGroups.length)).fill('0'), ...tailGroups] : groups;
  return `${full.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * A limiter for one route (`scope`), sharing `options.store` with other routes under their own keys.
 * A client is counted under an HMAC of its key by `secret` (the account's API key and API address),
 * so a shared store (Redis) holds no shopper's address, and accounts sharing it never meet.
 */
export function createRateLimiter(scope: string, options: RateLimitOptions, secret: string): (request: Request) => Promise<RateLimitDecision> {
  const store = options.store ?? createMemoryRateLimitStore();
  const clientKey = options.clientKey ?? defaultClientKey;
  const storeTimeoutMs = options.storeTimeoutMs ?? 500;
  const mac = createKeyedMac(secret);
  const nameOf = async (client: string) => `${scope}:${hex(await mac('rate', `${scope}\n${client}`)).slice(0, 32)}`;

  return async (request) => {
    const client = await clientKey(request);
    if (!client) return { limited: false, skipped: 'no_client_key' };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), storeTimeoutMs);
    });
    let counted: { count: number; resetInMs: number } | null;
    try {
      counted = await Promise.race([nameOf(client).then((name) => store.increment(name, options.windowMs)), stalled]);
    } catch {
      counted = null;
    } finally {
      clearTimeout(timer);
    }
    if (!counted) return { limited: false, skipped: 'store_unavailable' };
    if (counted.count <= options.max) return { limited: false };
    return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(counted.resetInMs / 1000)) };
  };
}
