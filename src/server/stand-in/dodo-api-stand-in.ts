/**
 * An embedded stand-in of the Dodo Payments API for the demo and the tests — never for
 * production. A real `node:http` server on loopback that implements `POST /payments`,
 * `POST /checkouts/preview`, `GET /payments` (list, filtered by creation time, paged) and
 * `GET /payments/{id}` the way the API documents them (bearer auth, request validation with
 * `{code, message}` 422s, catalogue prices, adaptive pricing, tax by billing country, discount
 * codes, tax-ID validation, `Idempotency-Key` replays; payments and previews priced alike by
 * `priceOrder`), and serves a hosted payment page stand-in at the `payment_link` it returns,
 * where a tester completes, declines or cancels the payment. Each outcome is kept on the payment
 * and sent as a signed webhook (see stand-in-webhooks.ts). Tests inject faults with `failNext()`,
 * `failNextPreview()` or `injectFault`.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type DodoPayments from 'dodopayments';
import { CreatePaymentRequestSchema, type CreatePaymentRequest } from '../../api/schemas.js';
import { describeValidationIssues } from '../describe-validation-issue.js';
import {
  HOSTED_PAGE_CSS,
  formatMinor,
  renderHostedPaymentPage,
  renderNotFoundPage,
  renderPaymentOutcomePage,
  type HostedPageLine,
} from './hosted-payment-page.js';
import { previewCheckout } from './checkout-preview.js';
import { PricingError, priceOrder, toUsdCents, type PricingCatalogue } from './pricing.js';
import { STAND_IN_DISCOUNTS, STAND_IN_LINK_LIFETIME_MINUTES, STAND_IN_PRODUCTS, type StandInProduct } from './stand-in-catalogue.js';
import { createStandInWebhookSender, type StandInWebhookOptions, type StandInWebhookSender, type WebhookDeliveryAttempt } from './stand-in-webhooks.js';

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
  /** Forget recorded requests, payments, idempotency keys and pending faults. */
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

type HostedPageAction = 'pay' | 'decline' | 'cancel';

const HOSTED_PAGE_OUTCOMES: Record<HostedPageAction, StandInPaymentOutcome> = { pay: 'succeeded', decline: 'failed', cancel: 'cancelled' };

const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  422: 'INVALID_REQUEST_PARAMETERS',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

class StandInError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function id(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new StandInError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json', ...headers });
  res.end(text);
}

function sendHtml(res: ServerResponse, status: number, html: string, formAction = "'self'"): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action ${formAction}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(html);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const FINAL_STATUSES: ReadonlySet<StandInPaymentStatus> = new Set(['succeeded', 'failed', 'cancelled']);

/** The stand-in's one business; real ids look alike. */
const BUSINESS_ID = 'bus_stand_in';

/** What a declined card reports, as the API's unified error codes do. */
const DECLINE = { code: 'CARD_DECLINED', message: 'The card was declined by the issuer. Ask the customer to use another card.' };

export async function startDodoApiStandIn(options: DodoApiStandInOptions = {}): Promise<DodoApiStandIn> {
  const now = options.now ?? (() => new Date());
  const products = new Map<string, StandInProduct>((options.products ?? STAND_IN_PRODUCTS).map((product) => [product.product_id, product]));
  const discounts = new Map(STAND_IN_DISCOUNTS.map((discount) => [discount.code.toUpperCase(), discount]));
  const catalogue: PricingCatalogue = { products, discounts };
  const pricingSettings = () => ({ adaptivePricing: options.adaptivePricing ?? false, now: now() });
  const requests: RecordedRequest[] = [];
  const previews: RecordedRequest[] = [];
  let previewFaults: StandInFault[] = [];
  const payments = new Map<string, StandInPayment>();
  const byIdempotencyKey = new Map<string, { bodyText: string; status: number; body: unknown }>();
  let faults: StandInFault[] = [];
  let baseUrl = '';
  const webhooks = createStandInWebhookSender(options.webhooks);

  function paymentObject(payment: StandInPayment): StandInPaymentObject {
    const { response } = payment;
    const attempted = payment.status !== 'requires_payment' && payment.status !== 'cancelled';
    return {
      billing: {
        country: payment.billing.country,
        city: payment.billing.city ?? null,
        state: payment.billing.state ?? null,
        street: payment.billing.street ?? null,
        zipcode: payment.billing.zipcode ?? null,
      } as StandInPaymentObject['billing'],
      brand_id: 'brd_stand_in',
      business_id: BUSINESS_ID,
      created_at: payment.createdAt.toISOString(),
      updated_at: payment.updatedAt.toISOString(),
      currency: payment.currency as StandInPaymentObject['currency'],
      customer: response.customer,
      digital_products_delivered: false,
      disputes: [],
      is_multi_subscription: false,
      is_update_payment_method: false,
      metadata: response.metadata,
      payment_id: response.payment_id,
      payment_provider: 'dodo',
      refunds: [],
      retry_attempt: 0,
      settlement_amount: toUsdCents(response.total_amount, payment.currency),
      settlement_currency: 'USD',
      subscription_ids: [],
      total_amount: response.total_amount,
      tax: payment.tax,
      status: payment.status === 'requires_payment' ? 'requires_payment_method' : payment.status,
      payment_link: response.payment_link,
      discount_id: response.discount_id,
      product_cart: response.product_cart.map((item) => ({ product_id: item.product_id, quantity: item.quantity })),
      payment_method: attempted ? 'card' : null,
      payment_method_type: attempted ? 'credit' : null,
      card_network: attempted ? 'VISA' : null,
      card_type: attempted ? 'CREDIT' : null,
      card_last_four: attempted ? (payment.status === 'failed' ? '0002' : '4242') : null,
      card_issuing_country: attempted ? (payment.billing.country as StandInPaymentObject['card_issuing_country']) : null,
      card_holder_name: attempted ? response.customer.name : null,
      error_code: payment.status === 'failed' ? DECLINE.code : null,
      error_message: payment.status === 'failed' ? DECLINE.message : null,
    };
  }

  function settle(payment: StandInPayment, outcome: StandInPaymentOutcome): void {
    if (FINAL_STATUSES.has(payment.status) || payment.status === outcome) return;
    payment.status = outcome;
    payment.updatedAt = now();
    webhooks.send({ business_id: BUSINESS_ID, type: `payment.${outcome}`, timestamp: payment.updatedAt.toISOString(), data: paymentObject(payment) as unknown as Record<string, unknown> });
  }

  function createPayment(request: CreatePaymentRequest): StandInPayment {
    if ('customer_id' in request.customer) {
      if (!request.customer.customer_id.startsWith('cus_')) throw new StandInError(404, 'CUSTOMER_NOT_FOUND', 'Customer not found.');
    } else if (request.payment_method_id) {
      throw new StandInError(422, 'INVALID_REQUEST_PARAMETERS', 'payment_method_id requires customer.customer_id.');
    }
    let order;
    try {
      order = priceOrder(
        { product_cart: request.product_cart, country: request.billing.country, billing_currency: request.billing_currency ?? null, discount_code: request.discount_code ?? null, tax_id: request.tax_id ?? null },
        catalogue,
        pricingSettings(),
      );
    } catch (error) {
      if (error instanceof PricingError) throw new StandInError(error.status, error.code, error.message);
      throw error;
    }
    if (order.tax_id && !order.tax_id.valid) throw new StandInError(422, 'INVALID_TAX_ID', `tax_id: ${order.tax_id.message}`);
    const { currency, discount } = order;
    const lines: HostedPageLine[] = order.lines.map((line) => ({ name: line.name, quantity: line.quantity, amount: line.amount }));
    const discountId = order.discount_id;

    const paymentId = id('pay');
    const expiresOn = new Date(now().getTime() + STAND_IN_LINK_LIFETIME_MINUTES * 60_000);
    const customer =
      'customer_id' in request.customer
        ? { customer_id: request.customer.customer_id, email: 'returning.customer@example.com', name: 'Returning Customer', phone_number: null }
        : {
            customer_id: id('cus'),
            email: request.customer.email,
            name: request.customer.name,
            phone_number: request.customer.phone_number ?? null,
          };
    const response: CreatePaymentResponseBody = {
      payment_id: paymentId,
      client_secret: `${paymentId}_secret_${randomBytes(16).toString('base64url')}`,
      total_amount: order.total,
      customer,
      metadata: request.metadata ?? {},
      payment_link: request.payment_link ? `${baseUrl}/checkout/${paymentId}` : null,
      expires_on: request.payment_link ? expiresOn.toISOString() : null,
      discount_id: discountId,
      product_cart: request.product_cart.map((item) => ({
        product_id: item.product_id,
        quantity: item.quantity,
        ...(item.amount != null ? { amount: item.amount } : {}),
      })),
    };
    const createdAt = now();
    const payment: StandInPayment = {
      response,
      currency,
      lines,
      discount,
      tax: order.tax,
      taxIncluded: order.lines.every((line) => line.tax_inclusive),
      returnUrl: request.return_url ?? null,
      status: 'requires_payment',
      expiresOn,
      billing: request.billing,
      createdAt,
      updatedAt: createdAt,
    };
    payments.set(paymentId, payment);
    return payment;
  }

  type Answer = (status: number, body: unknown, headers?: Record<string, string>) => void;

  /** Records an API request in `log` and reads its body (parsed when it is JSON). Null when it already answered. */
  async function receive(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    log: RecordedRequest[],
  ): Promise<{ record: RecordedRequest; bodyText: string; answer: Answer } | null> {
    const record: RecordedRequest = {
      method: req.method ?? '',
      path,
      body: undefined,
      idempotencyKey: typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null,
      authorized: /^Bearer \S+/.test(req.headers.authorization ?? ''),
      status: 0,
    };
    log.push(record);
    const answer: Answer = (status, body, headers) => {
      record.status = status;
      if (!res.destroyed) sendJson(res, status, body, headers);
    };

    let bodyText: string;
    try {
      bodyText = await readBody(req);
    } catch (error) {
      const standIn = error instanceof StandInError ? error : new StandInError(400, 'BAD_REQUEST', 'Could not read the request body.');
      answer(standIn.status, { code: standIn.code, message: standIn.message });
      return null;
    }
    try {
      record.body = JSON.parse(bodyText);
    } catch {
      record.body = bodyText;
    }
    return { record, bodyText, answer };
  }

  function answerFault(answer: Answer, fault: StandInFault): void {
    const status = fault.status ?? 500;
    const body = fault.body ?? { code: STATUS_CODES[status] ?? 'ERROR', message: `Injected ${status} from the stand-in.` };
    answer(status, body, { 'x-should-retry': 'false', ...fault.headers });
  }

  async function handlePreview(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const received = await receive(req, res, '/checkouts/preview', previews);
    if (!received) return;
    const { record, answer } = received;
    const fault = previewFaults.shift();
    if (fault) {
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.hang) return;
      if (fault.destroySocket) {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) {
        answerFault(answer, fault);
        return;
      }
      if (res.destroyed) return;
    }
    if (!authorized(req)) {
      answer(401, { code: 'UNAUTHORIZED', message: 'Missing or invalid API key.' });
      return;
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      answer(415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Type must be application/json.' });
      return;
    }
    if (typeof record.body === 'string' || record.body === undefined) {
      answer(422, { code: 'INVALID_REQUEST_PARAMETERS', message: 'The request body is not valid JSON.' });
      return;
    }
    const preview = previewCheckout(record.body, catalogue, pricingSettings());
    answer(preview.status, preview.body);
  }

  async function handlePayments(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const received = await receive(req, res, '/payments', requests);
    if (!received) return;
    const { record, bodyText, answer } = received;

    const fault = faults.shift() ?? options.injectFault?.({ body: record.body, idempotencyKey: record.idempotencyKey });
    if (fault && !fault.create) {
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.hang) return;
      if (fault.destroySocket) {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) {
        answerFault(answer, fault);
        return;
      }
      if (res.destroyed) return;
    }
    if (fault?.create && fault.delayMs) await sleep(fault.delayMs);

    const [status, body, headers] = decide(req, record, bodyText);
    if (fault?.create) {
      if (fault.hang) return;
      if (fault.destroySocket) {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) {
        answerFault(answer, fault);
        return;
      }
    }
    answer(status, body, headers);
  }

  /** The API's own answer to a `POST /payments` (creating the payment when it is valid). */
  function decide(req: IncomingMessage, record: RecordedRequest, bodyText: string): [number, unknown, Record<string, string>?] {
    if (!record.authorized || (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`)) {
      return [401, { code: 'UNAUTHORIZED', message: 'Missing or invalid API key.' }];
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return [415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Type must be application/json.' }];
    }
    const honoured = record.idempotencyKey && options.honourIdempotencyKey !== false ? record.idempotencyKey : null;
    if (honoured) {
      const earlier = byIdempotencyKey.get(honoured);
      if (earlier) {
        if (earlier.bodyText !== bodyText) {
          return [409, { code: 'IDEMPOTENCY_KEY_REUSED', message: 'This Idempotency-Key was used with a different request body.' }, { 'x-should-retry': 'false' }];
        }
        return [earlier.status, earlier.body, { 'idempotent-replayed': 'true' }];
      }
    }
    if (typeof record.body === 'string' || record.body === undefined) {
      return [422, { code: 'INVALID_REQUEST_PARAMETERS', message: 'The request body is not valid JSON.' }];
    }
    const parsed = CreatePaymentRequestSchema.safeParse(record.body);
    let status: number;
    let body: unknown;
    if (!parsed.success) {
      status = 422;
      body = { code: 'INVALID_REQUEST_PARAMETERS', message: describeValidationIssues(parsed.error.issues) };
    } else {
      try {
        const payment = createPayment(parsed.data);
        status = 200;
        body = payment.response;
      } catch (error) {
        if (!(error instanceof StandInError)) throw error;
        status = error.status;
        body = { code: error.code, message: error.message };
      }
    }
    if (honoured) byIdempotencyKey.set(honoured, { bodyText, status, body });
    return [status, body];
  }

  /** `GET /payments`: newest first, `created_at_gte`/`created_at_lte` inclusive, `page_number` from 0, `page_size` ≤ 100. */
  function handleList(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): void {
    if (!authorized(req)) {
      sendJson(res, 401, { code: 'UNAUTHORIZED', message: 'Missing or invalid API key.' });
      return;
    }
    const bound = (name: string) => {
      const value = query.get(name);
      if (value === null) return undefined;
      const time = Date.parse(value);
      if (Number.isNaN(time)) throw new StandInError(422, 'INVALID_REQUEST_PARAMETERS', `${name}: must be an ISO 8601 date-time.`);
      return time;
    };
    const page = (name: string, fallback: number, max: number) => {
      const value = query.get(name);
      const number = value === null ? fallback : Number(value);
      if (!Number.isInteger(number) || number < 0 || number > max) throw new StandInError(422, 'INVALID_REQUEST_PARAMETERS', `${name}: must be an integer from 0 to ${max}.`);
      return number;
    };
    try {
      const from = bound('created_at_gte');
      const to = bound('created_at_lte');
      const size = page('page_size', 10, 100);
      const number = page('page_number', 0, 1_000_000);
      const matching = [...payments.values()]
        .filter((payment) => (from === undefined || payment.createdAt.getTime() >= from) && (to === undefined || payment.createdAt.getTime() <= to))
        .reverse();
      sendJson(res, 200, { items: matching.slice(number * size, number * size + size).map(listItem) });
    } catch (error) {
      if (!(error instanceof StandInError)) throw error;
      sendJson(res, error.status, { code: error.code, message: error.message });
    }
  }

  /** A payment as `GET /payments` lists it (no link, no client secret). */
  function listItem(payment: StandInPayment) {
    const full = paymentObject(payment);
    return {
      brand_id: full.brand_id,
      created_at: full.created_at,
      currency: full.currency,
      customer: full.customer,
      digital_products_delivered: full.digital_products_delivered,
      has_license_key: false,
      is_multi_subscription: full.is_multi_subscription,
      metadata: full.metadata,
      payment_id: full.payment_id,
      payment_provider: full.payment_provider,
      subscription_ids: full.subscription_ids,
      total_amount: full.total_amount,
      status: full.status,
    };
  }

  function authorized(req: IncomingMessage): boolean {
    const header = req.headers.authorization ?? '';
    return /^Bearer \S+/.test(header) && (options.apiKey === undefined || header === `Bearer ${options.apiKey}`);
  }

  async function handleHostedPage(req: IncomingMessage, res: ServerResponse, paymentId: string, action: HostedPageAction | undefined): Promise<void> {
    const payment = payments.get(paymentId);
    if (!payment) {
      sendHtml(res, 404, renderNotFoundPage());
      return;
    }
    const expired = payment.expiresOn.getTime() <= now().getTime();
    if (action && req.method === 'POST') {
      for await (const _chunk of req) void _chunk; // drain the (empty) form body
      if (expired && payment.status === 'requires_payment') {
        sendHtml(res, 410, renderHostedPaymentPage(hostedModel(payment, expired)));
        return;
      }
      // A payment already settled keeps its outcome: a resubmitted form (Back, reload) changes nothing.
      settle(payment, HOSTED_PAGE_OUTCOMES[action]);
      if (payment.returnUrl) {
        const target = new URL(payment.returnUrl);
        target.searchParams.set('payment_id', payment.response.payment_id);
        target.searchParams.set('status', payment.status);
        res.writeHead(303, { location: target.href, 'cache-control': 'no-store' }).end();
        return;
      }
      sendHtml(res, 200, renderPaymentOutcomePage(payment.response.payment_id, payment.status, formatMinor(payment.response.total_amount, payment.currency)));
      return;
    }
    let formAction = "'self'";
    if (payment.returnUrl) formAction += ` ${new URL(payment.returnUrl).origin}`;
    sendHtml(res, 200, renderHostedPaymentPage(hostedModel(payment, expired)), formAction);
  }

  function handleRetrievePayment(req: IncomingMessage, res: ServerResponse, paymentId: string): void {
    if (!authorized(req)) {
      sendJson(res, 401, { code: 'UNAUTHORIZED', message: 'Missing or invalid API key.' });
      return;
    }
    const payment = payments.get(paymentId);
    if (!payment) {
      sendJson(res, 404, { code: 'NOT_FOUND', message: 'Payment not found.' });
      return;
    }
    sendJson(res, 200, paymentObject(payment));
  }

  function hostedModel(payment: StandInPayment, expired: boolean) {
    return {
      paymentId: payment.response.payment_id,
      currency: payment.currency,
      lines: payment.lines,
      discount: payment.discount,
      tax: payment.tax,
      taxIncluded: payment.taxIncluded,
      total: payment.response.total_amount,
      status: payment.status,
      actions: {
        pay: `/checkout/${payment.response.payment_id}/pay`,
        decline: `/checkout/${payment.response.payment_id}/decline`,
        cancel: `/checkout/${payment.response.payment_id}/cancel`,
      },
      returnUrl: payment.returnUrl,
      expired,
    };
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const path = url.pathname;
    try {
      if (path === '/payments') {
        if (req.method === 'GET') {
          handleList(req, res, url.searchParams);
          return;
        }
        if (req.method !== 'POST') {
          sendJson(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Use GET or POST.' }, { allow: 'GET, POST' });
          return;
        }
        await handlePayments(req, res);
        return;
      }
      if (path === '/checkouts/preview') {
        if (req.method !== 'POST') {
          sendJson(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Use POST.' }, { allow: 'POST' });
          return;
        }
        await handlePreview(req, res);
        return;
      }
      const retrieve = /^\/payments\/(pay_[A-Za-z0-9_-]+)$/.exec(path);
      if (retrieve?.[1]) {
        if (req.method !== 'GET') {
          sendJson(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Use GET.' }, { allow: 'GET' });
          return;
        }
        handleRetrievePayment(req, res, retrieve[1]);
        return;
      }
      const hosted = /^\/checkout\/(pay_[A-Za-z0-9_-]+)(?:\/(pay|decline|cancel))?$/.exec(path);
      const action = hosted?.[2] as HostedPageAction | undefined;
      if (hosted?.[1] && (req.method === 'GET' || req.method === 'HEAD' || (action && req.method === 'POST'))) {
        await handleHostedPage(req, res, hosted[1], action);
        return;
      }
      if (path === '/assets/hosted-page.css') {
        res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600' }).end(HOSTED_PAGE_CSS);
        return;
      }
      sendJson(res, 404, { code: 'NOT_FOUND', message: 'No such endpoint on the Dodo API stand-in.' });
    } catch {
      if (!res.headersSent) sendJson(res, 500, { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong :(' });
      else res.destroy();
    }
  });

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    requests,
    get requestCount() {
      return requests.length;
    },
    payments,
    webhooks,
    webhookDeliveries: webhooks.attempts,
    failNext(...next: StandInFault[]) {
      faults.push(...next);
    },
    previews,
    failNextPreview(...next: StandInFault[]) {
      previewFaults.push(...next);
    },
    settlePayment(paymentId, outcome) {
      const payment = payments.get(paymentId);
      if (!payment) throw new Error(`Dodo API stand-in: no payment ${paymentId}.`);
      settle(payment, outcome);
      return paymentObject(payment);
    },
    paymentObject(paymentId) {
      const payment = payments.get(paymentId);
      return payment ? paymentObject(payment) : undefined;
    },
    reset() {
      requests.length = 0;
      previews.length = 0;
      previewFaults = [];
      payments.clear();
      byIdempotencyKey.clear();
      faults = [];
    },
    close() {
      webhooks.stop();
      return new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}
