/**
 * `Idempotency-Key` semantics on top of an `IdempotencyStore`: the first request with a key runs,
 * a repeat with the same body gets the stored response, a repeat with another body gets 409.
 * An attempt whose outcome is unknown (timeout, connection lost after sending, 5xx, a holder that
 * died) is never run again blindly: the next request for the key first looks for the payment it
 * may have made (`recover`), and answers "unknown, retry later" until it is found or the window
 * in which it could still appear has passed. Only the store decides who owns a key; requests in
 * this process share one promise only when key and body are the same. Web Crypto throughout, so
 * this runs on Node, Workers and edge runtimes alike.
 */
import { fromBase64, hex, toBase64 } from './bytes.js';
import { IdempotencyStoreFullError, type IdempotencyStore, type StoredResponse } from './idempotency-store.js';

const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<string> {
  return hex(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text)));
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
  /** Built from the payment an earlier attempt of unknown outcome turned out to have made. */
  | { kind: 'recovered'; response: StoredResponse }
  | { kind: 'conflict'; reason: 'body_mismatch' | 'in_progress' }
  /** An earlier attempt may have created the payment and it is not known yet: nothing was run. */
  | { kind: 'unresolved'; retryAfterSeconds: number }
  | { kind: 'store_unavailable'; retryAfterSeconds: number }
  | { kind: 'store_full'; retryAfterSeconds: number };

/** The work behind one key: `create` runs it; `recover` looks for what an unknown attempt made. */
export interface IdempotentWork {
  /** Runs the request. `tag` (a hash of the key) must travel with it, so `recover` can find its result. */
  create(tag: string): Promise<StoredResponse>;
  /**
   * Looks for the result of an attempt with this `tag` that began at `since` (epoch ms, on the
   * store's clock, as `now` is): its answer,
   * or `null` when there is none. Throws when it cannot tell. Without it, an attempt of unknown
   * outcome left nothing that matters (a checkout session charges nothing until paid), and the
   * request is simply made again.
   */
  recover?: (tag: string, since: number, now: number) => Promise<StoredResponse | null>;
}

export interface IdempotencyCoordinatorOptions {
  store: IdempotencyStore;
  /** How long a finished response is replayed. */
  ttlMs: number;
  /** How long a holder may work on a key; past it, another request treats its outcome as unknown. */
  leaseMs: number;
  /** Longest a request waits for another instance's in-flight request with the same key. */
  waitMs: number;
  /** How long after an attempt of unknown outcome began its result may still appear; until then `recover` finding nothing is not an answer. */
  settleMs: number;
  /** Which responses are stored for replay. */
  shouldStore: (response: StoredResponse) => boolean;
  /** Of the responses not stored, which leave the outcome unknown (the request may have taken effect). Default: 5xx. */
  isUnresolved?: (response: StoredResponse) => boolean;
  /** Of the responses stored, which made nothing: marked `forgettable`, so a full store may forget them first. Default: none. */
  forgettable?: (response: StoredResponse) => boolean;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const STORE_RETRY_AFTER_SECONDS = 2;
const UNKNOWN_RETRY_AFTER_SECONDS = 5;

interface KeyMaterial {
  /** SHA-256 of the key: the store's key and the tag sent with the payment. */
  storeKey: string;
  /** HMAC of the body under a key derived from the Idempotency-Key: compares bodies without letting the store confirm a guessed one. */
  bodyHash: string;
  /** AES-GCM key derived from the Idempotency-Key, which the store never sees. */
  replayKey: CryptoKey;
}

async function deriveKeyMaterial(idempotencyKey: string, bodyText: string): Promise<KeyMaterial> {
  const subtle = globalThis.crypto.subtle;
  const secret = await subtle.importKey('raw', encoder.encode(idempotencyKey), 'HKDF', false, ['deriveKey']);
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('dodo-checkout idempotency'), info: encoder.encode(info) });
  const [storeKey, macKey, replayKey] = await Promise.all([
    sha256Hex(idempotencyKey),
    subtle.deriveKey(hkdf('body hash'), secret, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
    subtle.deriveKey(hkdf('replay'), secret, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
  ]);
  const bodyHash = hex(await subtle.sign('HMAC', macKey, encoder.encode(bodyText)));
  return { storeKey, bodyHash, replayKey };
}

/**
 * Encrypted rather than reduced: a replay must be the first answer byte for byte (client_secret
 * included) for the element to accept it. The key comes from the Idempotency-Key, which the
 * store never holds, so a copy of the store reveals no secret, e-mail or name.
 */
async function seal(material: KeyMaterial, response: StoredResponse, forgettable?: (response: StoredResponse) => boolean): Promise<StoredResponse> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const plain = encoder.encode(JSON.stringify({ body: response.body, headers: response.headers ?? {} }));
  const sealed = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(material.storeKey) }, material.replayKey, plain);
  return { status: response.status, body: `v1.${toBase64(iv)}.${toBase64(new Uint8Array(sealed))}`, ...(forgettable?.(response) ? { forgettable: true } : {}) };
}

async function open(material: KeyMaterial, stored: StoredResponse): Promise<StoredResponse> {
  const [version, iv, data] = stored.body.split('.');
  if (version !== 'v1' || !iv || !data) throw new Error('dodo-checkout/server: unreadable stored response.');
  const plain = await globalThis.crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(iv), additionalData: encoder.encode(material.storeKey) },
    material.replayKey,
    fromBase64(data),
  );
  const { body, headers } = JSON.parse(new TextDecoder().decode(plain)) as { body: string; headers: Record<string, string> };
  return { status: stored.status, body, ...(Object.keys(headers).length > 0 ? { headers } : {}) };
}

export function createIdempotencyCoordinator(options: IdempotencyCoordinatorOptions) {
  const local = new Map<string, Promise<IdempotentOutcome>>();
  const isUnresolved = options.isUnresolved ?? ((response: StoredResponse) => response.status >= 500);
  const { store } = options;

  function storeFailure(error: unknown): IdempotentOutcome {
    if (error instanceof IdempotencyStoreFullError) return { kind: 'store_full', retryAfterSeconds: error.retryAfterSeconds };
    return { kind: 'store_unavailable', retryAfterSeconds: STORE_RETRY_AFTER_SECONDS };
  }

  async function runClaimed(material: KeyMaterial, work: IdempotentWork): Promise<IdempotentOutcome> {
    const { storeKey, bodyHash } = material;
    const deadline = Date.now() + options.waitMs;
    let pause = 25;
    for (;;) {
      let claim;
      try {
        claim = await store.claim(storeKey, bodyHash, options.leaseMs, Math.max(options.ttlMs, options.settleMs));
      } catch (error) {
        return storeFailure(error);
      }
      if (claim.state === 'completed') {
        if (claim.bodyHash !== bodyHash) return { kind: 'conflict', reason: 'body_mismatch' };
        return { kind: 'replayed', response: await open(material, claim.response) };
      }
      if (claim.state === 'in_flight') {
        if (claim.bodyHash !== bodyHash) return { kind: 'conflict', reason: 'body_mismatch' };
        if (Date.now() >= deadline) return { kind: 'conflict', reason: 'in_progress' };
        await sleep(pause);
        pause = Math.min(pause * 2, 500);
        continue;
      }
      const { token } = claim;
      // `since` is on the store's clock when it keeps its own: the wait is measured on it too.
      const skew = claim.storeNow !== undefined && Number.isFinite(claim.storeNow) ? claim.storeNow - Date.now() : 0;
      const storeNow = () => Date.now() + skew;

      if (claim.unresolvedSince !== undefined && work.recover) {
        const since = claim.unresolvedSince;
        const settled = storeNow() >= since + options.settleMs;
        let found: StoredResponse | null;
        try {
          found = await work.recover(storeKey, since, storeNow());
        } catch {
          await store.release(storeKey, token, { unresolved: true }).catch(() => undefined);
          return { kind: 'unresolved', retryAfterSeconds: UNKNOWN_RETRY_AFTER_SECONDS };
        }
        if (found) {
          // Not storing it is harmless: the next request finds the payment again.
          await store.complete(storeKey, token, bodyHash, await seal(material, found, options.forgettable), options.ttlMs).catch(() => undefined);
          return { kind: 'recovered', response: found };
        }
        if (!settled) {
          await store.release(storeKey, token, { unresolved: true }).catch(() => undefined);
          const remaining = Math.ceil((since + options.settleMs - storeNow()) / 1000);
          return { kind: 'unresolved', retryAfterSeconds: Math.min(Math.max(remaining, 1), UNKNOWN_RETRY_AFTER_SECONDS) };
        }
        // Nothing was made and nothing can appear any more: forget the attempt and claim afresh.
        try {
          await store.release(storeKey, token);
        } catch (error) {
          return storeFailure(error);
        }
        continue;
      }

      let response: StoredResponse;
      try {
        response = await work.create(storeKey);
      } catch (error) {
        await store.release(storeKey, token, { unresolved: true }).catch(() => undefined);
        throw error;
      }
      // A store failure here only leaves the lease to run out; the next request then recovers this outcome.
      if (options.shouldStore(response)) {
        await store.complete(storeKey, token, bodyHash, await seal(material, response, options.forgettable), options.ttlMs).catch(() => undefined);
      } else {
        await store.release(storeKey, token, { unresolved: isUnresolved(response) }).catch(() => undefined);
      }
      return { kind: 'fresh', response };
    }
  }

  return {
    /** Runs `work.create` at most once per key across everyone sharing the store, unless it is known to have made nothing. */
    async execute(idempotencyKey: string, bodyText: string, work: IdempotentWork): Promise<IdempotentOutcome> {
      const material = await deriveKeyMaterial(idempotencyKey, bodyText);
      const localKey = `${material.storeKey}:${material.bodyHash}`;
      const pending = local.get(localKey);
      if (pending) {
        const outcome = await pending;
        return outcome.kind === 'fresh' || outcome.kind === 'recovered' ? { kind: 'replayed', response: outcome.response } : outcome;
      }
      const outcome = runClaimed(material, work);
      local.set(localKey, outcome);
      try {
        return await outcome;
      } finally {
        local.delete(localKey);
      }
    },
  };
}
