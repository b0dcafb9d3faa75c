/** The Dodo API stand-in's public types: its options, faults, recorded requests, payments and handle. */
import type DodoPayments from 'dodopayments';
import type { CreatePaymentRequest } from '../../api/schemas.js';
import type { HostedPageLine } from './hosted-payment-page.js';
import type { StandInProduct } from './stand-in-catalogue.js';
import type { StandInCheckoutSessions } from './stand-in-checkout-sessions.js';
import type { StandInWebhookOptions, StandInWebhookSender, WebhookDeliveryAttempt } from './stand-in-webhooks.js';

export interface DodoApiStandInOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** When set, `Authorization: Bearer <apiKey>` must match exactly (401 otherwise); by default any bearer token passes. */
  apiKey?: string;
  /** Clock for `expires_on` and discount expiry (tests). */
  now?: () => Date;
  /**
   * Adaptive pricing: a request without `billing_currency` is billed in its billing country's
   * currency (tax-table.ts) at the demo rates. Default `false`: USD unless the request fixes one.
   */
  adaptivePricing?: boolean;
  /** The catalogue to sell instead of `STAND_IN_PRODUCTS` (tests of tax-exclusive prices, say). */
  products?: readonly StandInProduct[];
  /** Where and how payment webhooks are sent (`url` unset: none). */
  webhooks?: StandInWebhookOptions;
  /**
   * Replay a repeated `Idempotency-Key` as the first answer (default `true`). The real API does
   * not document the header, so tests of the proxy's own deduplication turn this off.
   */
  honourIdempotencyKey?: boolean;
  /** Decides a fault for each `POST /payments` (after any queued by `failNext`): fault-injection runs. */
  injectFault?: (request: { body: unknown; idempotencyKey: string | null }) => StandInFault | undefined;
}

/** A response the stand-in gives instead of (or before) its normal one; see `failNext`. */
export interface StandInFault {
  /** Status to answer with. Omit to answer normally after `delayMs`. */
  status?: number;
  /** JSON-serialised unless a string (sent as is, e.g. an HTML error page). Default `{code, message}` for the status. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (timeouts). */
  delayMs?: number;
  /** Drop the connection without a response (connection errors). */
  destroySocket?: boolean;
  /**
   * Create the payment anyway, as the real API does once the request reached it: after `delayMs`
   * (a late success, whoever still listens), then answer with `status` or drop the connection
   * (a reset after the request was sent). Without it a fault creates nothing.
   */
  create?: boolean;
  /** Never answer (a holder stuck on its upstream call); the connection stays open until `close()`. */
  hang?: boolean;
  /**
   * With `create`: send the created payment's 200 and headers and half its body, then nothing more
   * (a connection that stalls mid-answer); it stays open until `close()`.
   */
  stallBody?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  idempotencyKey: string | null;
  /** Whether an `Authorization: Bearer …` header was present (the token itself is not recorded). */
  authorized: boolean;
  /** Status the stand-in answered with. */
  status: number;
}

/** Where a stand-in payment is: waiting on the hosted page, or one of the API's outcomes. */
export type StandInPaymentStatus = 'requires_payment' | 'processing' | 'succeeded' | 'failed' | 'cancelled';

/** The outcomes a tester (or a test, through `settlePayment`) can give a payment. */
export type StandInPaymentOutcome = Exclude<StandInPaymentStatus, 'requires_payment'>;

export interface StandInPayment {
  response: CreatePaymentResponseBody;
  currency: string;
  lines: HostedPageLine[];
  discount: number;
  /** Tax in the total (added or included). */
  tax: number;
  /** Whether that tax is part of the prices rather than added. */
  taxIncluded: boolean;
  returnUrl: string | null;
  status: StandInPaymentStatus;
  expiresOn: Date;
  billing: CreatePaymentRequest['billing'];
  createdAt: Date;
  updatedAt: Date;
}

/** The API's payment object (`GET /payments/{id}`, webhook `data`), as the SDK types it. */
export type StandInPaymentObject = DodoPayments.Payment;

export interface CreatePaymentResponseBody {
  payment_id: string;
  client_secret: string;
  total_amount: number;
  customer: { customer_id: string; email: string; name: string; phone_number: string | null };
  metadata: Record<string, string>;
  payment_link: string | null;
  expires_on: string | null;
  discount_id: string | null;
  product_cart: { product_id: string; quantity: number; amount?: number | null }[];
}

export interface DodoApiStandIn {
  /** Base URL to give the SDK as `baseURL`, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Every `POST /payments` the stand-in received, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Number of `POST /payments` requests received (faults and replays included). */
  readonly requestCount: number;
  /** Payments created, by `payment_id` (replays do not create new ones). */
  readonly payments: ReadonlyMap<string, StandInPayment>;
  /** Queue faults: each of the next `POST /payments` requests takes the next fault. */
  failNext(...faults: StandInFault[]): void;
  /** Every `POST /checkouts/preview` the stand-in received, in order. */
  readonly previews: readonly RecordedRequest[];
  /** Queue faults for the next `POST /checkouts/preview` requests. */
  failNextPreview(...faults: StandInFault[]): void;
  /**
   * The next request with this method and a path matching `path` is handled as usual (a create
   * creates), but its answer stops halfway through the body and the connection stays open until
   * `close()`: an answer that stalls after its headers, which the SDK's timeout does not cover.
   */
  stallNextAnswer(method: 'GET' | 'POST', path: RegExp): void;
  /** Every request with this method and a path matching `path` is answered `delayMs` late, until `reset()`. */
  delayAnswers(method: 'GET' | 'POST', path: RegExp, delayMs: number): void;
  /** How many answers `delayAnswers` has held back since the last `reset()`. */
  readonly delayedAnswers: number;
  /**
   * Moves a payment to an outcome as the hosted page does (`processing` may later settle to a
   * final one; a final outcome is never changed) and sends its webhook. Returns the payment object.
   */
  settlePayment(paymentId: string, outcome: StandInPaymentOutcome): StandInPaymentObject;
  /** The payment object `GET /payments/{id}` answers with, or undefined for an unknown id. */
  paymentObject(paymentId: string): StandInPaymentObject | undefined;
  /** The webhook sender: its delivery attempts, `idle()` to await them, `setUrl()`. */
  readonly webhooks: StandInWebhookSender;
  /** Every webhook delivery attempt, in order. */
  readonly webhookDeliveries: readonly WebhookDeliveryAttempt[];
  /** Checkout sessions (`POST /checkouts`, `GET /checkouts/{id}`, `/session/{id}`) and the bodies they were created with. */
  readonly checkoutSessions: Pick<StandInCheckoutSessions, 'sessions' | 'requests'>;
  /** Forget recorded requests, payments, idempotency keys and pending faults. */
  reset(): void;
  close(): Promise<void>;
}
