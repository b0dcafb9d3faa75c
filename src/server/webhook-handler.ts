/**
 * The merchant's webhook endpoint as one fetch-standard function: the raw body read as text
 * (bounded) before anything parses it, the Standard Webhooks signature checked by the official
 * SDK's `webhooks.unwrap`, a timestamp window against replays, and the merchant's `onEvent` run
 * once per `webhook-id` through the same `IdempotencyStore` the checkout handler uses. Web APIs
 * only, so it runs on Node (through `toNodeHandler`), Next.js, Hono, Bun, Deno and Workers.
 */
import type { ProxyErrorCode } from '../api/proxy-errors.js';
import DodoPayments from 'dodopayments';
import type { CheckoutLogger } from './checkout-handler-options.js';
import { sha256Hex } from './idempotency.js';
import { createMemoryIdempotencyStore, type IdempotencyStore } from './idempotency-store.js';
import { readLimited, TIMED_OUT } from './read-json-body.js';
import { describeErrorCause } from './error-cause.js';

/** Every event Dodo sends, as the SDK types it (`event.type` narrows `event.data`). */
export type WebhookEvent = DodoPayments.UnwrapWebhookEvent;

/** What `onEvent` learns about the delivery besides the event. */
export interface WebhookEventContext {
  /** The `webhook-id` header: the same for every delivery (and retry) of one event. */
  webhookId: string;
  /** When Dodo signed this delivery (`webhook-timestamp`). */
  timestamp: Date;
}

export interface WebhookHandlerOptions {
  /** The endpoint's signing secret (`whsec_…` from the Dodo dashboard). Default `DODO_PAYMENTS_WEBHOOK_KEY`. */
  webhookKey?: string;
  /**
   * Your code, run once per event. Throwing (or rejecting) answers 500, forgets the event and
   * lets Dodo's retry run it again; returning answers 200 and marks the event done.
   */
  onEvent: (event: WebhookEvent, context: WebhookEventContext) => void | Promise<void>;
  /**
   * Where delivered `webhook-id`s are remembered: in memory by default (one instance, the 10 000
   * most recently handled events; when full, the one handled longest ago is forgotten, so new
   * events are never refused), or the Redis store from `dodo-checkout/server/redis-store` shared
   * by every instance.
   */
  store?: IdempotencyStore;
  /** Largest accepted clock difference in seconds, 1–300. Default 300 (the SDK's own limit). */
  toleranceSeconds?: number;
  /** Largest accepted body in bytes (413 above). Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * Longest wait for the whole body, in ms (408 `REQUEST_TIMEOUT` after), so a client that stalls
   * or trickles its body cannot hold the request open until it is signed and checked. Default 10 000.
   */
  bodyReadTimeoutMs?: number;
  /** How long a handled event is remembered, in ms. Default 3 days, longer than Dodo's retry schedule. */
  dedupeTtlMs?: number;
  /**
   * Longest `onEvent` is expected to run, in ms. A delivery of the same event arriving while
   * another runs waits for it; after this the first is presumed dead and a retry may run it. Default 60 000.
   */
  processingTimeoutMs?: number;
  /** Longest a concurrent duplicate waits for the first delivery before answering 409 (retryable). Default 10 000. */
  duplicateWaitMs?: number;
  /** Receives one JSON line per delivery (no payload, no secret). Default `console`; `null` silences it. */
  logger?: CheckoutLogger | null;
}

/** A fetch-standard request handler, like `createCheckoutHandler`'s. */
export type WebhookHandler = (request: Request) => Promise<Response>;

export interface WebhookLogEntry {
  status: number;
  duration_ms: number;
  code?: string;
  webhook_id?: string;
  type?: string;
  /** The event was already handled (or being handled) by an earlier delivery. */
  duplicate?: boolean;
  /** What `onEvent` threw (its message, shortened), so a failing handler is visible. */
  error?: string;
}

const DEFAULTS = {
  toleranceSeconds: 300,
  maxBodyBytes: 1024 * 1024,
  bodyReadTimeoutMs: 10_000,
  dedupeTtlMs: 3 * 24 * 60 * 60 * 1000,
  processingTimeoutMs: 60_000,
  duplicateWaitMs: 10_000,
};

/** The SDK (through `standardwebhooks`) refuses timestamps older or newer than this itself. */
const SDK_TOLERANCE_SECONDS = 300;

/** What the store keeps for a handled event (only its presence matters). */
const HANDLED = { status: 200, body: '{"received":true}' };

function readEnv(name: string): string | undefined {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  return value?.trim() ? value.trim() : undefined;
}

/** A Standard Webhooks secret: `whsec_` and non-empty base64 (the prefix is optional, as the SDK allows). */
function isWebhookKey(key: string): boolean {
  const encoded = key.startsWith('whsec_') ? key.slice('whsec_'.length) : key;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return false;
  try {
    return atob(encoded).length > 0;
  } catch {
    return false;
  }
}

/** The body as text: at most `maxBytes`, whole within `timeoutMs`, strict UTF-8. */
async function readTextLimited(request: Request, maxBytes: number, timeoutMs: number): Promise<{ ok: true; text: string } | { ok: false; status: 400 | 408 | 413 }> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return { ok: false, status: 413 };
  const bytes = await readLimited(request, maxBytes, timeoutMs);
  if (bytes === TIMED_OUT) return { ok: false, status: 408 };
  if (bytes === null) return { ok: false, status: 413 };
  try {
    // ignoreBOM keeps a leading BOM: the signature covers the bytes exactly as sent.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, status: 400 };
  }
}

function isEvent(value: unknown): value is WebhookEvent {
  if (!value || typeof value !== 'object') return false;
  const { type, data } = value as { type?: unknown; data?: unknown };
  return typeof type === 'string' && !!data && typeof data === 'object';
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Creates the webhook endpoint: a `(request: Request) => Promise<Response>` that verifies Dodo's
 * Standard Webhooks signature on the raw body and runs `onEvent` once per event, however often
 * Dodo delivers it.
 *
 * Answers 200 once the event is handled (or was already), 401 for a missing or wrong signature
 * or a timestamp outside the tolerance, 400 for a signed body that is not an event, 413 above
 * `maxBodyBytes`, 408 when the body takes longer than `bodyReadTimeoutMs`, 409 with
 * `Retry-After` while another delivery of the same event is still running, 500 when `onEvent`
 * threw and 503 when the store cannot record the event (Dodo retries both).
 *
 * Throws at creation when no valid webhook key is configured.
 *
 * @example Next.js: `export const POST = createWebhookHandler({ onEvent: async (event) => { … } });`
 * @example Express: `app.post('/api/webhooks', toNodeHandler(createWebhookHandler({ … })))`, mounted before `express.json()`.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const webhookKey = options.webhookKey ?? readEnv('DODO_PAYMENTS_WEBHOOK_KEY');
  if (!webhookKey) {
    throw new Error('dodo-checkout/server: no webhook key. Set DODO_PAYMENTS_WEBHOOK_KEY or pass `webhookKey` (the `whsec_…` secret of your webhook endpoint).');
  }
  if (!isWebhookKey(webhookKey)) {
    throw new Error('dodo-checkout/server: the webhook key is not a Standard Webhooks secret (`whsec_` followed by base64).');
  }
  if (typeof options.onEvent !== 'function') throw new Error('dodo-checkout/server: `onEvent` must be a function.');
  const toleranceSeconds = options.toleranceSeconds ?? DEFAULTS.toleranceSeconds;
  if (!(toleranceSeconds >= 1 && toleranceSeconds <= SDK_TOLERANCE_SECONDS)) {
    throw new Error(`dodo-checkout/server: \`toleranceSeconds\` must be between 1 and ${SDK_TOLERANCE_SECONDS}.`);
  }
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
  const bodyReadTimeoutMs = options.bodyReadTimeoutMs ?? DEFAULTS.bodyReadTimeoutMs;
  const dedupeTtlMs = options.dedupeTtlMs ?? DEFAULTS.dedupeTtlMs;
  const processingTimeoutMs = options.processingTimeoutMs ?? DEFAULTS.processingTimeoutMs;
  const duplicateWaitMs = options.duplicateWaitMs ?? DEFAULTS.duplicateWaitMs;
  // Forgetting an old handled event only risks running a very late redelivery again; refusing new events would stop fulfilment.
  const store = options.store ?? createMemoryIdempotencyStore({ evictCompletedWhenFull: true });
  const logger: CheckoutLogger | null = options.logger === undefined ? console : options.logger;
  // Verification only: this client never calls the API, so it needs no real API key.
  const client = new DodoPayments({ bearerToken: 'webhook-verification-only', webhookKey, baseURL: 'http://localhost.invalid' });

  type Outcome = { status: number; code?: ProxyErrorCode; message?: string; duplicate?: boolean; retryAfter?: number; error?: string };

  /** Runs `onEvent` for a verified event unless another delivery of it did or does. */
  async function runOnce(webhookId: string, body: string, event: WebhookEvent, timestamp: Date): Promise<Outcome> {
    // A prefix keeps webhook ids apart from checkout idempotency keys when both share a store.
    const key = `webhook:${await sha256Hex(webhookId)}`;
    const bodyHash = await sha256Hex(body);
    const deadline = Date.now() + duplicateWaitMs;
    let pause = 25;
    for (;;) {
      let claim;
      try {
        claim = await store.claim(key, bodyHash, processingTimeoutMs);
      } catch {
        // Without the store we cannot promise once: let Dodo retry later rather than risk a second run.
        return { status: 503, code: 'WEBHOOK_STORE_UNAVAILABLE', message: 'The event could not be recorded; retry later.', retryAfter: 5 };
      }
      if (claim.state === 'completed') return { status: 200, duplicate: true };
      if (claim.state === 'in_flight') {
        if (Date.now() >= deadline) {
          return { status: 409, code: 'WEBHOOK_IN_PROGRESS', message: 'Another delivery of this event is still being handled.', duplicate: true, retryAfter: 5 };
        }
        await sleep(pause);
        pause = Math.min(pause * 2, 250);
        continue;
      }
      try {
        await options.onEvent(event, { webhookId, timestamp });
      } catch (error) {
        await store.release(key, claim.token).catch(() => undefined);
        // Masked as the checkout routes' causes are: an e-mail or a long number from the event or a database stays out of the log.
        return { status: 500, code: 'WEBHOOK_HANDLER_FAILED', message: 'The event handler failed; it will run again on the next delivery.', error: describeErrorCause(error, []) };
      }
      // The event ran: a store failure here only risks a rerun after the lock expires, never a 500 that would cause one now.
      await store.complete(key, claim.token, bodyHash, HANDLED, dedupeTtlMs).catch(() => undefined);
      return { status: 200 };
    }
  }

  async function respond(request: Request, log: WebhookLogEntry): Promise<Outcome> {
    if (request.method !== 'POST') return { status: 405, code: 'METHOD_NOT_ALLOWED', message: 'Use POST.' };
    const webhookId = request.headers.get('webhook-id');
    const timestampHeader = request.headers.get('webhook-timestamp');
    const signature = request.headers.get('webhook-signature');
    if (!webhookId || !timestampHeader || !signature) {
      return { status: 401, code: 'WEBHOOK_SIGNATURE_MISSING', message: 'The webhook-id, webhook-timestamp and webhook-signature headers are required.' };
    }
    if (!/^[\x21-\x7e]{1,255}$/.test(webhookId)) return { status: 401, code: 'WEBHOOK_SIGNATURE_INVALID', message: 'The webhook signature is not valid.' };
    const seconds = /^\d{1,12}$/.test(timestampHeader) ? Number(timestampHeader) : NaN;
    if (!Number.isFinite(seconds) || Math.abs(Date.now() / 1000 - seconds) > toleranceSeconds) {
      return { status: 401, code: 'WEBHOOK_TIMESTAMP_OUT_OF_RANGE', message: 'The webhook timestamp is too old or in the future.' };
    }

    const read = await readTextLimited(request, maxBodyBytes, bodyReadTimeoutMs);
    if (!read.ok) {
      if (read.status === 408) return { status: 408, code: 'REQUEST_TIMEOUT', message: 'The request body did not arrive in time.' };
      return read.status === 413
        ? { status: 413, code: 'BODY_TOO_LARGE', message: `The request body exceeds ${maxBodyBytes} bytes.` }
        : { status: 400, code: 'INVALID_BODY', message: 'The request body is not valid UTF-8.' };
    }

    let event: unknown;
    try {
      event = client.webhooks.unwrap(read.text, {
        headers: { 'webhook-id': webhookId, 'webhook-timestamp': timestampHeader, 'webhook-signature': signature },
      });
    } catch (error) {
      // A correct signature over a body that is not JSON surfaces as the parser's SyntaxError.
      if (error instanceof SyntaxError) return { status: 400, code: 'INVALID_EVENT', message: 'The signed body is not a JSON event.' };
      return { status: 401, code: 'WEBHOOK_SIGNATURE_INVALID', message: 'The webhook signature is not valid.' };
    }
    log.webhook_id = webhookId.slice(0, 64);
    if (!isEvent(event)) return { status: 400, code: 'INVALID_EVENT', message: 'The signed body is not a webhook event.' };
    log.type = event.type.slice(0, 64);
    return runOnce(webhookId, read.text, event, new Date(seconds * 1000));
  }

  return async function handleWebhookRequest(request: Request): Promise<Response> {
    const started = Date.now();
    const log: WebhookLogEntry = { status: 0, duration_ms: 0 };
    let outcome: Outcome;
    try {
      outcome = await respond(request, log);
    } catch {
      outcome = { status: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong while receiving the webhook.' };
    }
    log.status = outcome.status;
    if (outcome.code) log.code = outcome.code;
    if (outcome.duplicate) log.duplicate = true;
    if (outcome.error) log.error = outcome.error;
    log.duration_ms = Date.now() - started;
    writeWebhookLog(logger, log);
    const body = outcome.code ? JSON.stringify({ code: outcome.code, message: outcome.message }) : JSON.stringify({ received: true, ...(outcome.duplicate ? { duplicate: true } : {}) });
    return new Response(body, {
      status: outcome.status,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        ...(outcome.status === 405 ? { allow: 'POST' } : {}),
        ...(outcome.retryAfter ? { 'retry-after': String(outcome.retryAfter) } : {}),
      },
    });
  };
}

function writeWebhookLog(logger: CheckoutLogger | null, entry: WebhookLogEntry): void {
  if (!logger) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level: entry.status >= 500 ? 'error' : 'info', msg: 'dodo-checkout webhook', ...entry });
  try {
    if (entry.status >= 500) logger.error(line);
    else logger.info(line);
  } catch {
    // A broken logger must not fail the delivery.
  }
}
