/**
 * `Idempotency-Key` semantics on top of an `IdempotencyStore`: the first request with a key runs,
 * a repeat with the same body gets the stored response, a repeat with another body gets 409.
 * Requests with one key that overlap in this process share one promise; across instances the
 * later one polls the store until the first finishes. Hashing uses Web Crypto, so this runs on
 * Node, Workers and edge runtimes alike.
 */
import type { IdempotencyStore, StoredResponse } from './idempotency-store.js';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** JSON with object keys sorted, so bodies that differ only in key order hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Printable ASCII, 1–255 characters, like the keys Stripe-style APIs accept. */
export function isValidIdempotencyKey(key: string): boolean {
  return /^[\x21-\x7e]{1,255}$/.test(key);
}

export type IdempotentOutcome =
  | { kind: 'fresh'; response: StoredResponse }
  | { kind: 'replayed'; response: StoredResponse }
  | { kind: 'conflict'; reason: 'body_mismatch' | 'in_progress' };

export interface IdempotencyCoordinatorOptions {
  store: IdempotencyStore;
  /** How long a finished response is replayed. */
  ttlMs: number;
  /** Longest a lock may live if its holder dies (at least the whole upstream call). */
  lockTtlMs: number;
  /** Longest a request waits for another instance's in-flight request with the same key. */
  waitMs: number;
  /** Which responses are stored for replay; others release the key so a retry runs again. */
  shouldStore: (response: StoredResponse) => boolean;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export function createIdempotencyCoordinator(options: IdempotencyCoordinatorOptions) {
  const local = new Map<string, { bodyHash: string; outcome: Promise<IdempotentOutcome> }>();

  async function runClaimed(key: string, bodyHash: string, run: () => Promise<StoredResponse>): Promise<IdempotentOutcome> {
    const deadline = Date.now() + options.waitMs;
    let pause = 25;
    for (;;) {
      const claim = await options.store.claim(key, bodyHash, options.lockTtlMs);
      if (claim.state === 'completed') {
        return claim.bodyHash === bodyHash ? { kind: 'replayed', response: claim.response } : { kind: 'conflict', reason: 'body_mismatch' };
      }
      if (claim.state === 'in_flight') {
        if (claim.bodyHash !== bodyHash) return { kind: 'conflict', reason: 'body_mismatch' };
        if (Date.now() >= deadline) return { kind: 'conflict', reason: 'in_progress' };
        await sleep(pause);
        pause = Math.min(pause * 2, 500);
        continue;
      }
      let response: StoredResponse;
      try {
        response = await run();
      } catch (error) {
        await options.store.release(key, claim.token).catch(() => undefined);
        throw error;
      }
      if (options.shouldStore(response)) await options.store.complete(key, claim.token, bodyHash, response, options.ttlMs);
      else await options.store.release(key, claim.token);
      return { kind: 'fresh', response };
    }
  }

  return {
    /** Runs `run` at most once per key and body across everyone sharing the store. */
    async execute(key: string, bodyHash: string, run: () => Promise<StoredResponse>): Promise<IdempotentOutcome> {
      const pending = local.get(key);
      if (pending) {
        if (pending.bodyHash !== bodyHash) return { kind: 'conflict', reason: 'body_mismatch' };
        const outcome = await pending.outcome;
        return outcome.kind === 'fresh' ? { kind: 'replayed', response: outcome.response } : outcome;
      }
      const outcome = runClaimed(key, bodyHash, run);
      local.set(key, { bodyHash, outcome });
      try {
        return await outcome;
      } finally {
        local.delete(key);
      }
    },
  };
}
