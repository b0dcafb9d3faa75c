/**
 * An embedded stand-in of the Dodo Payments API for the demo and the tests — never for
 * production. A real `node:http` server on loopback that implements `POST /payments` the way the
 * API documents it (bearer auth, request validation with `{code, message}` 422s, catalogue
 * prices, discount codes, `Idempotency-Key` replays) and serves a hosted payment page stand-in
 * at the `payment_link` it returns. Tests inject faults with `failNext()`.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreatePaymentRequestSchema, type CreatePaymentRequest } from '../../api/schemas.js';
import { describeValidationIssues } from '../describe-validation-issue.js';
import {
  HOSTED_PAGE_CSS,
  formatMinor,
  renderHostedPaymentPage,
  renderNotFoundPage,
  renderPaymentSucceededPage,
  type HostedPageLine,
} from './hosted-payment-page.js';
import {
  STAND_IN_DISCOUNTS,
  STAND_IN_LINK_LIFETIME_MINUTES,
  STAND_IN_PRODUCTS,
  STAND_IN_USD_RATES,
  type StandInProduct,
} from './stand-in-catalogue.js';

export interface DodoApiStandInOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** When set, `Authorization: Bearer <apiKey>` must match exactly (401 otherwise); by default any bearer token passes. */
  apiKey?: string;
  /** Clock for `expires_on` and discount expiry (tests). */
  now?: () => Date;
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

export interface StandInPayment {
  response: CreatePaymentResponseBody;
  currency: string;
  lines: HostedPageLine[];
  discount: number;
  returnUrl: string | null;
  status: 'requires_payment' | 'succeeded';
  expiresOn: Date;
}

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
  /** Forget recorded requests, payments, idempotency keys and pending faults. */
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

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

/** ISO 4217 minor-unit digits from the platform's ICU data (JPY 0, USD 2, KWD 3). */
function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

function fromUsdCents(cents: number, currency: string): number {
  const rate = STAND_IN_USD_RATES[currency];
  if (rate === undefined) throw new StandInError(422, 'UNSUPPORTED_CURRENCY', `Billing currency ${currency} is not supported.`);
  return Math.round((cents / 100) * rate * 10 ** minorDigits(currency));
}

function toUsdCents(amount: number, currency: string): number {
  const rate = STAND_IN_USD_RATES[currency] ?? 1;
  return Math.round((amount / 10 ** minorDigits(currency) / rate) * 100);
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
    // img-src 'self': Firefox checks its automatic /favicon.ico request against the page's policy.
    'content-security-policy': `default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action ${formAction}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(html);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function startDodoApiStandIn(options: DodoApiStandInOptions = {}): Promise<DodoApiStandIn> {
  const now = options.now ?? (() => new Date());
  const products = new Map<string, StandInProduct>(STAND_IN_PRODUCTS.map((product) => [product.product_id, product]));
  const discounts = new Map(STAND_IN_DISCOUNTS.map((discount) => [discount.code.toUpperCase(), discount]));
  const requests: RecordedRequest[] = [];
  const payments = new Map<string, StandInPayment>();
  const byIdempotencyKey = new Map<string, { bodyText: string; status: number; body: unknown }>();
  let faults: StandInFault[] = [];
  let baseUrl = '';

  function createPayment(request: CreatePaymentRequest): StandInPayment {
    if ('customer_id' in request.customer) {
      if (!request.customer.customer_id.startsWith('cus_')) throw new StandInError(404, 'CUSTOMER_NOT_FOUND', 'Customer not found.');
    } else if (request.payment_method_id) {
      throw new StandInError(422, 'INVALID_REQUEST_PARAMETERS', 'payment_method_id requires customer.customer_id.');
    }
    const currency = request.billing_currency ?? 'USD';
    const lines: HostedPageLine[] = [];
    let subtotal = 0;
    let units = 0;
    for (const [index, item] of request.product_cart.entries()) {
      const product = products.get(item.product_id);
      if (!product) throw new StandInError(422, 'PRODUCT_NOT_FOUND', `product_cart[${index}].product_id: product ${item.product_id} does not exist.`);
      let unitCents = product.price;
      if (product.pay_what_you_want) {
        if (item.amount == null) throw new StandInError(422, 'INVALID_REQUEST_PARAMETERS', `product_cart[${index}].amount is required for a pay-what-you-want product.`);
        const amountCents = currency === 'USD' ? item.amount : toUsdCents(item.amount, currency);
        if (amountCents < product.pay_what_you_want.minimum_price) {
          throw new StandInError(422, 'AMOUNT_TOO_LOW', `product_cart[${index}].amount is below the product's minimum price.`);
        }
        unitCents = amountCents;
      }
      const unit = currency === 'USD' ? unitCents : fromUsdCents(unitCents, currency);
      if (product.pay_what_you_want && item.amount != null) {
        lines.push({ name: product.name, quantity: item.quantity, amount: item.amount * item.quantity });
        subtotal += item.amount * item.quantity;
      } else {
        lines.push({ name: product.name, quantity: item.quantity, amount: unit * item.quantity });
        subtotal += unit * item.quantity;
      }
      units += item.quantity;
    }
    if (units === 0) throw new StandInError(422, 'INVALID_REQUEST_PARAMETERS', 'product_cart: the cart has no items with a quantity above 0.');

    let discount = 0;
    let discountId: string | null = null;
    if (request.discount_code) {
      const found = discounts.get(request.discount_code.trim().toUpperCase());
      if (!found) throw new StandInError(422, 'INVALID_DISCOUNT_CODE', 'discount_code: this discount code does not exist.');
      if (found.expires_at && Date.parse(found.expires_at) <= now().getTime()) {
        throw new StandInError(422, 'DISCOUNT_CODE_EXPIRED', 'discount_code: this discount code has expired.');
      }
      discount =
        found.type === 'percentage'
          ? Math.round((subtotal * found.amount) / 10_000)
          : Math.min(subtotal, currency === 'USD' ? found.amount : fromUsdCents(found.amount, currency));
      discountId = found.discount_id;
    }

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
      total_amount: subtotal - discount,
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
    const payment: StandInPayment = { response, currency, lines, discount, returnUrl: request.return_url ?? null, status: 'requires_payment', expiresOn };
    payments.set(paymentId, payment);
    return payment;
  }

  async function handlePayments(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: '/payments',
      body: undefined,
      idempotencyKey: typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null,
      authorized: /^Bearer \S+/.test(req.headers.authorization ?? ''),
      status: 0,
    };
    requests.push(record);
    const answer = (status: number, body: unknown, headers?: Record<string, string>) => {
      record.status = status;
      sendJson(res, status, body, headers);
    };

    let bodyText: string;
    try {
      bodyText = await readBody(req);
    } catch (error) {
      const standIn = error instanceof StandInError ? error : new StandInError(400, 'BAD_REQUEST', 'Could not read the request body.');
      answer(standIn.status, { code: standIn.code, message: standIn.message });
      return;
    }
    try {
      record.body = JSON.parse(bodyText);
    } catch {
      record.body = bodyText;
    }

    const fault = faults.shift();
    if (fault) {
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.destroySocket) {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) {
        const body = fault.body ?? { code: STATUS_CODES[fault.status] ?? 'ERROR', message: `Injected ${fault.status} from the stand-in.` };
        answer(fault.status, body, { 'x-should-retry': 'false', ...fault.headers });
        return;
      }
      if (res.destroyed) return;
    }

    if (!record.authorized || (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`)) {
      answer(401, { code: 'UNAUTHORIZED', message: 'Missing or invalid API key.' });
      return;
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      answer(415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Type must be application/json.' });
      return;
    }
    if (record.idempotencyKey) {
      const earlier = byIdempotencyKey.get(record.idempotencyKey);
      if (earlier) {
        if (earlier.bodyText !== bodyText) {
          answer(409, { code: 'IDEMPOTENCY_KEY_REUSED', message: 'This Idempotency-Key was used with a different request body.' }, { 'x-should-retry': 'false' });
        } else {
          answer(earlier.status, earlier.body, { 'idempotent-replayed': 'true' });
        }
        return;
      }
    }
    if (typeof record.body === 'string' || record.body === undefined) {
      answer(422, { code: 'INVALID_REQUEST_PARAMETERS', message: 'The request body is not valid JSON.' });
      return;
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
    if (record.idempotencyKey) byIdempotencyKey.set(record.idempotencyKey, { bodyText, status, body });
    answer(status, body);
  }

  async function handleHostedPage(req: IncomingMessage, res: ServerResponse, paymentId: string, pay: boolean): Promise<void> {
    const payment = payments.get(paymentId);
    if (!payment) {
      sendHtml(res, 404, renderNotFoundPage());
      return;
    }
    const expired = payment.expiresOn.getTime() <= now().getTime();
    if (pay && req.method === 'POST') {
      for await (const _chunk of req) void _chunk; // drain the (empty) form body
      if (expired && payment.status !== 'succeeded') {
        sendHtml(res, 410, renderHostedPaymentPage(hostedModel(payment, expired)));
        return;
      }
      payment.status = 'succeeded';
      if (payment.returnUrl) {
        const target = new URL(payment.returnUrl);
        target.searchParams.set('payment_id', payment.response.payment_id);
        target.searchParams.set('status', 'succeeded');
        res.writeHead(303, { location: target.href, 'cache-control': 'no-store' }).end();
        return;
      }
      sendHtml(res, 200, renderPaymentSucceededPage(payment.response.payment_id, formatMinor(payment.response.total_amount, payment.currency)));
      return;
    }
    let formAction = "'self'";
    if (payment.returnUrl) formAction += ` ${new URL(payment.returnUrl).origin}`;
    sendHtml(res, 200, renderHostedPaymentPage(hostedModel(payment, expired)), formAction);
  }

  function hostedModel(payment: StandInPayment, expired: boolean) {
    return {
      paymentId: payment.response.payment_id,
      currency: payment.currency,
      lines: payment.lines,
      discount: payment.discount,
      total: payment.response.total_amount,
      status: payment.status,
      payAction: `/checkout/${payment.response.payment_id}/pay`,
      returnUrl: payment.returnUrl,
      expired,
    };
  }

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
    try {
      if (path === '/payments') {
        if (req.method !== 'POST') {
          sendJson(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Use POST.' }, { allow: 'POST' });
          return;
        }
        await handlePayments(req, res);
        return;
      }
      const hosted = /^\/checkout\/(pay_[A-Za-z0-9_-]+)(\/pay)?$/.exec(path);
      if (hosted?.[1] && (req.method === 'GET' || req.method === 'HEAD' || (hosted[2] && req.method === 'POST'))) {
        await handleHostedPage(req, res, hosted[1], Boolean(hosted[2]));
        return;
      }
      if (path === '/favicon.ico') {
        // The payment page has no icon; browsers ask anyway, and a 404 is a console error.
        res.writeHead(204).end();
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
    failNext(...next: StandInFault[]) {
      faults.push(...next);
    },
    reset() {
      requests.length = 0;
      payments.clear();
      byIdempotencyKey.clear();
      faults = [];
    },
    close() {
      return new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}
