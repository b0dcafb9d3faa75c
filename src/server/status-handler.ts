/**
 * The status route behind `<dodo-payment-status>`: answers what Dodo says about a payment this
 * browser created — its state, total, currency and id, never the customer — when the browser
 * shows the status token the create answer carried. A missing, forged or expired token and an
 * unknown payment get the same 404, so nothing can be enumerated. Fetch-standard, Web Crypto only.
 */
import type DodoPayments from 'dodopayments';
import { shopperStateOf, type PaymentStatus } from '../api/payment-status.js';
import { accountSecret, resolveClient } from './checkout-handler.js';
import type { CheckoutHandlerOptions, CheckoutLogger } from './checkout-handler-options.js';
import { guardJsonRoute, tryAgainIn } from './json-route-guard.js';
import { decideOrigin, routeResponse } from './origin-policy.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { readJsonBody } from './read-json-body.js';
import { loggedRoute, type RequestLogEntry } from './request-log.js';
import { statusSignerFor } from './status-token.js';
import { mapUpstreamError } from './upstream-error.js';
import { withDeadline } from './upstream-deadline.js';

export type StatusHandler = (request: Request) => Promise<Response>;

export interface StatusHandlerOptions
  extends Pick<CheckoutHandlerOptions, 'apiKey' | 'environment' | 'baseURL' | 'client' | 'timeout' | 'maxRetries' | 'allowedOrigins' | 'api' | 'statusSecret'> {
  /**
   * Per-client limit on status requests (→ 429 with `Retry-After`); `false` turns it off. The
   * return page polls a processing payment a dozen times at most. Default `{ max: 60, windowMs: 60_000 }`.
   */
  rateLimit?: RateLimitOptions | false;
  /** Receives one JSON line per request. Default `console`; `null` logs nothing. */
  logger?: CheckoutLogger | null;
  /** Clock in ms for token expiry (tests). */
  now?: () => number;
}

const NOT_FOUND = { code: 'PAYMENT_NOT_FOUND', message: 'No payment can be confirmed for this page.' };

async function paymentStatus(client: DodoPayments, paymentId: string): Promise<PaymentStatus> {
  const payment = await client.payments.retrieve(paymentId, withDeadline(client));
  return { payment_id: payment.payment_id, status: shopperStateOf(payment.status), total_amount: payment.total_amount, currency: payment.currency };
}

async function sessionStatus(client: DodoPayments, sessionId: string): Promise<PaymentStatus> {
  const session = await client.checkoutSessions.retrieve(sessionId, withDeadline(client));
  // Still on Dodo's page: no payment yet, so nothing to total.
  if (!session.payment_id) return { payment_id: session.id, status: 'requires_action' };
  return paymentStatus(client, session.payment_id);
}

/**
 * Creates the status route: `POST {"token": "…"}` → 200 `{payment_id, status, total_amount,
 * currency}` with `status` one of succeeded, processing, failed, cancelled, requires_action; 404
 * `PAYMENT_NOT_FOUND` for anything it will not confirm. Mount it next to the checkout handler
 * with the same `apiKey`/`client`, `api` and `statusSecret`.
 *
 * @example Express: `app.post('/api/payment-status', toNodeHandler(createStatusHandler()));`
 */
export function createStatusHandler(options: StatusHandlerOptions = {}): StatusHandler {
  const { client, secrets } = resolveClient(options);
  const signer = statusSignerFor(options, secrets[0]!);
  const logger: CheckoutLogger | null = options.logger === undefined ? console : options.logger;
  const limitRate = options.rateLimit === false ? null : createRateLimiter('status', options.rateLimit ?? { max: 60, windowMs: 60_000 }, accountSecret(client));
  const sessions = options.api === 'checkout-sessions';

  async function respond(request: Request, log: RequestLogEntry): Promise<Response> {
    const origin = decideOrigin(request, options.allowedOrigins);
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      log.status = status;
      if (status >= 400) log.code = (body as { code?: string } | null)?.code ?? 'ERROR';
      return routeResponse(origin, status, body === null ? null : JSON.stringify(body), headers);
    };
    const refused = await guardJsonRoute(request, {
      origin,
      limitRate,
      tooMany: tryAgainIn('status requests'),
      fail: (status, code, message, headers) => reply(status, { code, message }, headers),
      empty: (status, headers) => reply(status, null, headers),
      log,
    });
    if (refused) return refused;
    const read = await readJsonBody(request, 4 * 1024, 4, 10_000);
    if (!read.ok) return reply(read.status, { code: read.code, message: read.message });
    const id = await signer.verify((read.value as { token?: unknown } | null)?.token);
    if (!id) return reply(404, NOT_FOUND);
    log.payment_id = id;
    try {
      return reply(200, sessions ? await sessionStatus(client, id) : await paymentStatus(client, id));
    } catch (error) {
      const mapped = mapUpstreamError(error, secrets);
      if (mapped.upstreamStatus) log.upstream_status = mapped.upstreamStatus;
      // The API's 404 (or any refusal about this id) is the same answer as a bad token.
      if (mapped.status >= 400 && mapped.status < 500 && mapped.status !== 429) return reply(404, NOT_FOUND);
      return reply(mapped.status, { code: mapped.code, message: mapped.message }, mapped.headers);
    }
  }

  return loggedRoute(respond, { logger, secrets, msg: 'dodo-checkout status request', failure: 'Something went wrong while checking the payment.', allowedOrigins: options.allowedOrigins });
}
