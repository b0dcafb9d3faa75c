/**
 * Where the proxy remembers `Idempotency-Key`s: the interface every store implements, and the
 * in-memory default (bounded, expiring) for a single instance. Merchants running several
 * instances use the Redis adapter from `dodo-checkout/server/redis-store`.
 */

/** A finished response, as replayed for a repeated key. */
export interface StoredResponse {
  status: number;
  /** The response body text (JSON). */
  body: string;
  /** Response headers worth replaying (e.g. `retry-after`), lower-case names. */
  headers?: Record<string, string>;
}

export type IdempotencyClaim =
  /** The key is now ours: call the API, then `complete` or `release`. `token` identifies our lock. */
  | { state: 'acquired'; token: string }
  /** Someone holds the key and is still working on it. */
  | { state: 'in_flight'; bodyHash: string }
  /** The key has a stored response. */
  | { state: 'completed'; bodyHash: string; response: StoredResponse };

/**
 * Storage for idempotency keys. Implementations must make `claim` atomic across every instance
 * that shares the store (Redis: `SET key … NX PX`).
 */
export interface IdempotencyStore {
  /** Claims `key` for a request whose body hashes to `bodyHash`, or reports who has it. The lock lives at most `lockTtlMs`. */
  claim(key: string, bodyHash: string, lockTtlMs: number): Promise<IdempotencyClaim>;
  /** Stores the response for a claimed key for `ttlMs` (replacing the lock). */
  complete(key: string, token: string, bodyHash: string, response: StoredResponse, ttlMs: number): Promise<void>;
  /** Gives up a claimed key without a response, so a retry can run (only if `token` still holds it). */
  release(key: string, token: string): Promise<void>;
}

export interface MemoryIdempotencyStoreOptions {
  /** Most keys kept; the oldest are dropped first. Default 10 000. */
  maxEntries?: number;
  /** Clock (tests). */
  now?: () => number;
}

type MemoryEntry =
  | { state: 'in_flight'; bodyHash: string; token: string; expiresAt: number }
  | { state: 'completed'; bodyHash: string; response: StoredResponse; expiresAt: number };

function randomToken(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The default store: a `Map` in this process, bounded by `maxEntries`, entries expire after their TTL. */
export function createMemoryIdempotencyStore(options: MemoryIdempotencyStoreOptions = {}): IdempotencyStore {
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, MemoryEntry>();

  function live(key: string): MemoryEntry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function insert(key: string, entry: MemoryEntry): void {
    entries.delete(key); // re-insert at the end: Map order is our age order
    entries.set(key, entry);
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
  }

  return {
    async claim(key, bodyHash, lockTtlMs) {
      const entry = live(key);
      if (entry?.state === 'completed') return { state: 'completed', bodyHash: entry.bodyHash, response: entry.response };
      if (entry?.state === 'in_flight') return { state: 'in_flight', bodyHash: entry.bodyHash };
      const token = randomToken();
      insert(key, { state: 'in_flight', bodyHash, token, expiresAt: now() + lockTtlMs });
      return { state: 'acquired', token };
    },
    async complete(key, token, bodyHash, response, ttlMs) {
      const entry = live(key);
      if (entry && entry.state === 'in_flight' && entry.token !== token) return;
      insert(key, { state: 'completed', bodyHash, response, expiresAt: now() + ttlMs });
    },
    async release(key, token) {
      const entry = entries.get(key);
      if (entry?.state === 'in_flight' && entry.token === token) entries.delete(key);
    },
  };
}
