/**
 * Options of `createCheckoutHandler`: how to reach Dodo Payments, the merchant's policy, limits,
 * idempotency storage and logging.
 */
import type DodoPayments from 'dodopayments';
import type { CreatePaymentRequest, PaymentMethodType } from '../api/schemas.js';
import type { TermsDocuments } from '../api/terms-consent.js';
import type { IdempotencyStore } from './idempotency-store.js';
import type { RateLimitOptions } from './rate-limit.js';

/** The Dodo Payments API mode: `test_mode` (https://test.dodopayments.com) or `live_mode`. */
export type DodoEnvironment = 'test_mode' | 'live_mode';

/**
 * Fields the proxy sets itself, whatever the browser sent. `metadata` keys are always sent and win
 * over any the browser may set (see `clientMetadata`); everything else replaces the browser's value.
 */
export interface PinnedFields {
  return_url?: string | null;
  metadata?: Record<string, string>;
  billing_currency?: CreatePaymentRequest['billing_currency'];
  redirect_immediately?: boolean;
  /** Default `true`: the element needs the link. */
  payment_link?: boolean;
  short_link?: boolean | null;
  force_3ds?: boolean | null;
  show_saved_payment_methods?: boolean;
}

/** Receives one JSON line per request. `console` fits. */
export interface CheckoutLogger {
  info(line: string): void;
  error(line: string): void;
}

export interface CheckoutHandlerOptions {
  /** Dodo Payments API key. Default `DODO_PAYMENTS_API_KEY` from the environment. */
  apiKey?: string;
  /** API mode. Default `DODO_PAYMENTS_ENVIRONMENT`, else `test_mode` (never live by accident). */
  environment?: DodoEnvironment;
  /** Base URL of the API (e.g. the embedded stand-in); takes precedence over `environment`. */
  baseURL?: string;
  /**
   * A ready SDK client; `apiKey`, `environment`, `baseURL` and `timeout` are then unused. Its own
   * retry count is not used for creating a payment or a session: `maxRetries` below decides that.
   */
  client?: DodoPayments;
  /** Per-attempt upstream timeout in ms. Default 12 000. */
  timeout?: number;
  /**
   * SDK retries of connection errors, timeouts, 409, 429 and 5xx when creating a payment or a
   * session, with a ready `client` too. Default 0: the Dodo API does not document
   * `Idempotency-Key` support, so a retry after a timeout or 5xx may create a second payment.
   * Raise it only if you know the API deduplicates retried requests.
   */
  maxRetries?: number;

  /** Product ids the browser may put in the cart; anything else → 422. Default: any product. */
  allowedProducts?: readonly string[];
  /**
   * The pay-what-you-want products, each with its minimum in the billing currency's minor units
   * (0 leaves the floor to the product's own setting at Dodo). For those products `amount` is
   * required and must be at least the minimum (→ 422). Every other product has any `amount`
   * from the browser removed, so a shopper never chooses a price you did not offer; a
   * pay-what-you-want product missing here is refused by the API for want of an amount.
   */
  payWhatYouWantMinimums?: Readonly<Record<string, number>>;
  /** Payment methods the merchant accepts: the browser's list is intersected with it (never widened). */
  allowedPaymentMethodTypes?: readonly PaymentMethodType[];
  /** Fields the server pins; see `PinnedFields`. */
  pin?: PinnedFields;
  /**
   * What becomes of the browser's `metadata` (anyone can edit it, so never trust it for
   * fulfilment): `'drop'` (default) sends none of it, `'merge'` sends all of it, a list of keys
   * sends only those. Keys in `pin.metadata` always win.
   */
  clientMetadata?: 'drop' | 'merge' | readonly string[];
  /**
   * Accept `customer.customer_id` and `payment_method_id` from the browser. Default `false`:
   * anyone could otherwise attach a payment to another customer. Set the customer from your
   * session in `transform` instead.
   */
  allowClientCustomerId?: boolean;
  /**
   * Last word on the body after validation and policy, e.g. to set `customer` from the session.
   * Throw a `CheckoutPolicyError` to refuse with your own status and message. Idempotency keys
   * are matched against the body this returns, so keep it deterministic for one shopper's retry
   * (no fresh random ids or timestamps): otherwise the retry is refused as a reused key.
   */
  transform?: (body: CreatePaymentRequest, request: Request) => CreatePaymentRequest | Promise<CreatePaymentRequest>;

  /**
   * Origins (`https://shop.example`) allowed to call the proxy cross-origin; they get CORS
   * headers and preflight answers. Requests whose `Origin` is neither listed nor the proxy's own
   * host are refused with 403. `'*'` allows any origin. Default: same host only.
   */
  allowedOrigins?: readonly string[] | '*';

  /** Largest accepted body in bytes (→ 413). Default 65 536. */
  maxBodyBytes?: number;
  /** Deepest accepted JSON nesting (→ 400). Default 16. */
  maxJsonDepth?: number;
  /**
   * Longest wait for the whole request body, in ms (→ 408 `REQUEST_TIMEOUT`), so a client that
   * stalls or trickles its body cannot hold a request open. Default 10 000.
   */
  bodyReadTimeoutMs?: number;

  /**
   * Per-client limit on creates (→ 429 `RATE_LIMITED` with `Retry-After`); `false` turns it off.
   * Every POST that passes the origin, method and content-type checks counts, valid or not.
   * Clients are told apart by the address `toNodeHandler` saw (see its `trustProxy`); on other
   * runtimes pass `clientKey`, or requests go unlimited (the log line says
   * `rate_limit_skipped`). Default `{ max: 20, windowMs: 60_000 }`, counted in memory.
   */
  rateLimit?: RateLimitOptions | false;

  /**
   * Where idempotency keys live. Default: in memory, 10 000 keys (full, it forgets its oldest
   * refusal when `maxRetries` is 0, else answers 503 `IDEMPOTENCY_STORE_FULL`; never a payment's
   * key). Several instances or restarts need a shared store
   * (`createRedisIdempotencyStore`); an unreachable store → 503 `IDEMPOTENCY_STORE_UNAVAILABLE`
   * and nothing is created.
   */
  idempotencyStore?: IdempotencyStore;
  /** How long a response is replayed for its key, in ms. Default 24 h. */
  idempotencyTtlMs?: number;
  /**
   * How long an instance may work on a key before another treats its outcome as unknown (it
   * died or hung) and reconciles, in ms. Default: the whole upstream budget (timeout and retries
   * plus 10 s); keep it at least that.
   */
  idempotencyLeaseMs?: number;
  /**
   * How long after an attempt of unknown outcome (timeout, connection lost after sending, 5xx,
   * dead instance) began Dodo may still show the payment it made, in ms. Until then a retry with
   * its key gets 503 `PAYMENT_OUTCOME_UNKNOWN` (unless the payment is found and answered); after
   * it, finding none, the key may create. Default: the upstream budget plus 60 s.
   */
  outcomeSettleMs?: number;
  /** Require an `Idempotency-Key` header (400 without). Default `false`. */
  requireIdempotencyKey?: boolean;

  /**
   * The merchant's terms of service (and privacy and refund policies): absolute http(s) URLs, the
   * same as the element's `terms-url`, `privacy-url` and `refund-url`. When set, a create whose
   * `Dodo-Checkout-Consent` header does not accept exactly these documents is refused (422
   * `CONSENT_REQUIRED`); an accepted one is recorded by the proxy in the payment's `metadata`:
   * `terms_accepted_at` (ISO time from this server's clock), `terms_url`, `privacy_url`,
   * `refund_url`. The browser's `metadata` can never set those keys.
   */
  terms?: TermsDocuments;

  /** Receives one JSON line per request. Default `console`. Pass `null` to log nothing. */
  logger?: CheckoutLogger | null;

  /**
   * What the proxy creates: `'payments'` (default, `POST /payments`, the element's contract) or
   * `'checkout-sessions'` (`checkoutSessions.create`, Dodo's recommended integration; see README
   * "Checkout Sessions"). The status route must use the same mode.
   */
  api?: 'payments' | 'checkout-sessions';
  /**
   * Key material for the status tokens the create answer carries (`status_token`) and the status
   * route verifies. Default: derived from the API key (HKDF), so both handlers agree with no
   * setting; set it (the same on both) to rotate tokens without rotating the key.
   */
  statusSecret?: string;
  /** How long a status token answers, in seconds. Default 86 400 (a day). */
  statusTokenTtlSeconds?: number;
  /** Clock in ms for status token expiry and the terms acceptance time (tests). */
  now?: () => number;
}

/** Thrown from `transform` to refuse a request with a chosen status and `{code, message}`. */
export class CheckoutPolicyError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CheckoutPolicyError';
  }
}
