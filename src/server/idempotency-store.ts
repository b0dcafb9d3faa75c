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
  /** The answer made nothing, so a full store may forget it first: its retry is only asked again. */
  forgettable?: boolean;
}

export type IdempotencyClaim =
  /**
   * The key is now ours: do the work, then `complete` or `release`. `token` identifies our lease.
   * `unresolvedSince` is set when an earlier holder's work on this key ended with no known
   * outcome (it released the key as unresolved, or its lease ran out: it died or hung). It is
   * the time (epoch ms) that work began: check whether it took effect before doing it again.
   * `storeNow` is the store's clock at the claim, for a store that keeps time by its own clock
   * (Redis), so that `unresolvedSince` is compared with that clock rather than the caller's.
   */
  | { state: 'acquired'; token: string; unresolvedSince?: number; storeNow?: number }
  /** Someone holds the key and its lease is still running. */
  | { state: 'in_flight'; bodyHash: string }
  /** The key has a stored response. */
  | { state: 'completed'; bodyHash: string; response: StoredResponse };

export interface IdempotencyReleaseOptions {
  /**
   * The work may have taken effect (a timeout, a connection lost after sending): keep the key's
   * record, so the next `claim` acquires it with `unresolvedSince` instead of as a fresh key.
   */
  unresolved?: boolean;
}

/**
 * Storage for idempotency keys (payments by `Idempotency-Key`, webhooks by event id…).
 * Implementations must make `claim` atomic across every instance that shares the store, keep a
 * key's record (lease, unresolved marker or response) for as long as asked, never drop a live
 * record to make room (refuse with `IdempotencyStoreFullError` instead; a store may forget a
 * completed record marked `forgettable`, or be created to drop completed records, never a lease),
 * and fail or time out
 * rather than wait indefinitely: callers treat any error as "store unavailable" and do nothing.
 */
export interface IdempotencyStore {
  /**
   * Claims `key` for work on a request whose body hashes to `bodyHash`, or reports who has it.
   * The lease lives `leaseMs`; once it runs out, the next claim takes the key over (with
   * `unresolvedSince`). The record itself lives `recordTtlMs` (default 24 h), so a holder that
   * dies is remembered.
   */
  claim(key: string, bodyHash: string, leaseMs: number, recordTtlMs?: number): Promise<IdempotencyClaim>;
  /** Stores the response for a claimed key for `ttlMs`, replacing the lease (only while `token` holds it). */
  complete(key: string, token: string, bodyHash: string, response: StoredResponse, ttlMs: number): Promise<void>;
  /**
   * Gives up a claimed key without a response (only while `token` holds it): forgotten, so a
   * retry runs afresh, or with `{ unresolved: true }` kept for the next claim to reconcile.
   */
  release(key: string, token: string, options?: IdempotencyReleaseOptions): Promise<void>;
}

/** A store with no room for a new key (it never evicts a live one it must keep); retry after `retryAfterSeconds`. */
export class IdempotencyStoreFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('dodo-checkout/server: the idempotency store is full.');
    this.name = 'IdempotencyStoreFullError';
  }
}

export interface MemoryIdempotencyStoreOptions {
  /**
   * Most keys kept. When every one is still inside its TTL, the oldest answer marked
   * `forgettable` is forgotten, and without one new keys are refused with
   * `IdempotencyStoreFullError` (unless `evictCompletedWhenFull`). Default 10 000.
   */
  maxEntries?: number;
  /**
   * When full, forget the completed key that finished longest ago to make room, rather than
   * refuse the new key. A key still being worked on is never forgotten. Right for the webhook
   * handler's handled-event markers (forgetting the oldest only lets a very late redelivery run
   * again); wrong for payments, where a forgotten key lets a retry pay twice. Default `false`.
   */
  evictCompletedWhenFull?: boolean;
  /** Clock (tests). */
  now?: () => number;
}

/** Default life of a key's record while it holds no response. */
export const DEFAULT_RECORD_TTL_MS = 24 * 60 * 60 * 1000;

type MemoryEntry =
  | { state: 'in_flight'; bodyHash: string; token: string; leaseUntil: number; since: number; expiresAt: number }
  | { state: 'completed'; bodyHash: string; response: StoredResponse; expiresAt: number };

export function randomToken(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The default store: a `Map` in this process, bounded by `maxEntries`. Entries expire after their
 * TTL; a full map first forgets the oldest answer marked `forgettable`, then refuses new keys with
 * `IdempotencyStoreFullError` rather than forget a live one (forgetting it would let its retry
 * create a second payment), or with `evictCompletedWhenFull` forgets the completed key that
 * finished first.
 */
export function createMemoryIdempotencyStore(options: MemoryIdempotencyStoreOptions = {}): IdempotencyStore {
  const maxEntries = options.maxEntries ?? 10_000;
  const evictCompletedWhenFull = options.evictCompletedWhenFull ?? false;
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

  /** Drops expired entries; returns seconds until the soonest live one expires. */
  function sweep(): number {
    const at = now();
    let soonest = Infinity;
    for (const [key, entry] of entries) {
      if (entry.expiresAt <= at) entries.delete(key);
      else soonest = Math.min(soonest, entry.expiresAt);
    }
    return Math.max(1, Math.ceil((soonest - at) / 1000));
  }

  /**
   * Forgets the completed entry that finished first of those `which` accepts (the map holds
   * completed entries in the order they finished).
   */
  function evictOldestCompleted(which: (response: StoredResponse) => boolean): boolean {
    for (const [key, entry] of entries) {
      if (entry.state === 'completed' && which(entry.response)) {
        entries.delete(key);
        return true;
      }
    }
    return false;
  }

  function makeRoom(): void {
    if (entries.size < maxEntries) return;
    const retryAfter = sweep();
    while (entries.size >= maxEntries) {
      // An answer that made nothing: forgetting it lets its retry be asked again, never create a second.
      if (evictOldestCompleted((response) => response.forgettable === true)) continue;
      if (!evictCompletedWhenFull || !evictOldestCompleted(() => true)) throw new IdempotencyStoreFullError(retryAfter);
    }
  }

  return {
    async claim(key, bodyHash, leaseMs, recordTtlMs = DEFAULT_RECORD_TTL_MS) {
      const entry = live(key);
      if (entry?.state === 'completed') return { state: 'completed', bodyHash: entry.bodyHash, response: entry.response };
      const at = now();
      if (entry?.state === 'in_flight') {
        if (entry.leaseUntil > at || entry.bodyHash !== bodyHash) return { state: 'in_flight', bodyHash: entry.bodyHash };
        const token = randomToken();
        entries.set(key, { ...entry, token, leaseUntil: at + leaseMs, expiresAt: Math.max(entry.expiresAt, at + leaseMs) });
        return { state: 'acquired', token, unresolvedSince: entry.since };
      }
      makeRoom();
      const token = randomToken();
      entries.set(key, { state: 'in_flight', bodyHash, token, leaseUntil: at + leaseMs, since: at, expiresAt: at + Math.max(leaseMs, recordTtlMs) });
      return { state: 'acquired', token };
    },
    async complete(key, token, bodyHash, response, ttlMs) {
      const entry = live(key);
      if (entry && (entry.state !== 'in_flight' || entry.token !== token)) return;
      if (entry) entries.delete(key);
      else makeRoom();
      // Set afresh, so the map's order is the order keys completed in.
      entries.set(key, { state: 'completed', bodyHash, response, expiresAt: now() + ttlMs });
    },
    async release(key, token, releaseOptions = {}) {
      const entry = entries.get(key);
      if (entry?.state !== 'in_flight' || entry.token !== token) return;
      if (releaseOptions.unresolved) entries.set(key, { ...entry, leaseUntil: 0 });
      else entries.delete(key);
    },
  };
}
