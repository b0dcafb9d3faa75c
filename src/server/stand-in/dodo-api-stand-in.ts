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
import { PricingError, priceOrder, type PricingCatalogue } from './pricing.js';
import { STAND_IN_DISCOUNTS, STAND_IN_LINK_LIFETIME_MINUTES, STAND_IN_PRODUCTS, type StandInProduct } from './stand-in-catalogue.js';
import { createStandInCheckoutSessions } from './stand-in-checkout-sessions.js';
import { createStandInWebhookSender } from './stand-in-webhooks.js';
import { type HostedPageAction, HOSTED_PAGE_OUTCOMES, STATUS_CODES, StandInError, id, readBody, sendJson, sendHtml, sleep, FINAL_STATUSES, BUSINESS_ID } from './stand-in-http.js';
import { hostedModel, listPage, paymentObject } from './stand-in-payment-object.js';
import type { CreatePaymentResponseBody, DodoApiStandIn, DodoApiStandInOptions, RecordedRequest, StandInFault, StandInPayment, StandInPaymentOutcome } from './stand-in-types.js';

export type * from './stand-in-types.js';

export async function startDodoApiStandIn(options: DodoApiStandInOptions = {}): Promise<DodoApiStandIn> {
  const now = options.now ?? (() => new Date());
  const products = new Map<string, StandInProduct>((options.products ?? STAND_IN_PRODUCTS).map((product) => [product.product_id, product]));
  const discounts = new Map(STAND_IN_DISCOUNTS.map((discount) => [discount.code.toUpperCase(), discount]));
  const catalogue: PricingCatalogue = { products, discounts };
  const pricingSettings = () => ({ adaptivePricing: options.adaptivePricing ?? false, now: now() });
  const requests: RecordedRequest[] = [];
  const previews: RecordedRequest[] = [];
  let previewFaults: StandInFault[] = [];
  /** Requests whose next answer stalls halfway through its body (`stallNextAnswer`). */
  let stalls: { method: string; path: RegExp }[] = [];
  /** Requests answered late (`delayAnswers`), and how many were. */
  let delays: { method: string; path: RegExp; delayMs: number }[] = [];
  let delayed = 0;
  const payments = new Map<string, StandInPayment>();
  const byIdempotencyKey = new Map<string, { bodyText: string; status: number; body: unknown }>();
  let faults: StandInFault[] = [];
  let baseUrl = '';
  const webhooks = createStandInWebhookSender(options.webhooks);
  const checkoutSessions = createStandInCheckoutSessions(
    {
      create(request) {
        const payment = createPayment(request);
        return { paymentId: payment.response.payment_id, status: payment.status, total: payment.response.total_amount, currency: payment.currency, customer: payment.response.customer };
      },
      status: (paymentId) => payments.get(paymentId)?.status,
      hostedPage: (req, res, paymentId) => handleHostedPage(req, res, paymentId, undefined),
    },
    (res, status, body) => sendJson(res, status, body),
    now,
  );

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
      if (fault.stallBody) {
        const text = JSON.stringify(body);
        record.status = status;
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.write(text.slice(0, text.length >> 1));
        return;
      }
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
    try {
      sendJson(res, 200, { items: listPage(payments.values(), query) });
    } catch (error) {
      if (!(error instanceof StandInError)) throw error;
      sendJson(res, error.status, { code: error.code, message: error.message });
    }
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

  /** Sends the status, the headers and half the body, then nothing more: the connection stays open until `close()`. */
  function stallMidBody(res: ServerResponse): void {
    res.end = ((chunk?: unknown) => {
      const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? new TextDecoder().decode(chunk) : '';
      res.write(text.slice(0, text.length >> 1));
      return res;
    }) as ServerResponse['end'];
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const path = url.pathname;
    const stall = stalls.findIndex((candidate) => candidate.method === req.method && candidate.path.test(path));
    if (stall >= 0) {
      stalls.splice(stall, 1);
      stallMidBody(res);
    }
    const delay = delays.find((candidate) => candidate.method === req.method && candidate.path.test(path));
    if (delay) {
      delayed++;
      await sleep(delay.delayMs);
      if (res.destroyed) return;
    }
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
      if (path === '/favicon.ico') {
        // The payment page has no icon; browsers ask anyway, and a 404 is a console error.
        res.writeHead(204).end();
        return;
      }
      if (path.startsWith('/checkouts') && !authorized(req)) {
        sendJson(res, 401, { code: 'UNAUTHORIZED', message: 'Missing or invalid API key.' });
        return;
      }
      const readJson = async () => {
        try {
          return JSON.parse(await readBody(req)) as unknown;
        } catch (error) {
          if (error instanceof StandInError) throw error;
          return undefined;
        }
      };
      if (await checkoutSessions.handle(req, res, path, readJson, baseUrl)) return;
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
    checkoutSessions,
    failNext(...next: StandInFault[]) {
      faults.push(...next);
    },
    previews,
    failNextPreview(...next: StandInFault[]) {
      previewFaults.push(...next);
    },
    stallNextAnswer(method, path) {
      stalls.push({ method, path });
    },
    delayAnswers(method, path, delayMs) {
      delays.push({ method, path, delayMs });
    },
    get delayedAnswers() {
      return delayed;
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
      stalls = [];
      delays = [];
      delayed = 0;
      payments.clear();
      byIdempotencyKey.clear();
      checkoutSessions.reset();
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
