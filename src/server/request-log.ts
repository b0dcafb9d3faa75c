/**
 * The proxy's one structured log line per request. Only what operators need to trace a payment:
 * no personal data (emails, names, addresses), no bodies, never the API key; the idempotency
 * key appears as a short SHA-256 prefix.
 */
import { proxyErrorJson } from '../api/proxy-errors.js';
import type { CheckoutHandlerOptions, CheckoutLogger } from './checkout-handler-options.js';
import { describeErrorCause } from './error-cause.js';
import { decideOrigin, routeResponse } from './origin-policy.js';

export interface RequestLogEntry {
  method: string;
  status: number;
  duration_ms: number;
  /** Error code of a non-2xx answer. */
  code?: string;
  payment_id?: string;
  idempotency_key_hash?: string;
  replayed?: boolean;
  /** The answer was rebuilt from a payment an attempt of unknown outcome had made. */
  recovered?: boolean;
  /** Status Dodo answered with, when it refused or failed. */
  upstream_status?: number;
  /** Dodo's own error code, e.g. `UNAUTHORIZED` behind a 502 for a wrong API key. */
  upstream_code?: string;
  /** Why a 5xx happened (an invalid upstream answer, an internal error's class and message), with secrets and personal data redacted. */
  cause?: string;
  /** Why the rate limit let the request through uncounted: no client to count it for, or its store failed. */
  rate_limit_skipped?: 'no_client_key' | 'store_unavailable';
  /** Metadata keys from the browser that `clientMetadata` kept out of the payment. */
  metadata_keys_dropped?: number;
  /** Quote route: answered from the quote cache (`hit`), by a call to Dodo (`miss`), or by another request's call in flight (`shared`). */
  cache?: 'hit' | 'miss' | 'shared';
}

export function writeRequestLog(logger: CheckoutLogger | null, entry: RequestLogEntry, msg = 'dodo-checkout payment request'): void {
  if (!logger) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level: entry.status >= 500 ? 'error' : 'info', msg, ...entry });
  try {
    if (entry.status >= 500) logger.error(line);
    else logger.info(line);
  } catch {
    // A broken logger must not break checkout.
  }
}

/**
 * A route that writes its one log line per request: `respond` fills the entry (and may add
 * personal values to `sensitive`, which a failure's cause is redacted of); an exception it throws
 * becomes a 500 `INTERNAL_ERROR` with `failure` as its message and its cause on the line. The 500
 * has the headers of the route's other answers, CORS for `allowedOrigins` included (pass the
 * route's own), so the shop's page reads the error instead of seeing a network failure.
 */
export function loggedRoute(
  respond: (request: Request, log: RequestLogEntry, sensitive: string[]) => Promise<Response>,
  {
    logger,
    secrets,
    msg,
    failure,
    allowedOrigins,
  }: { logger: CheckoutLogger | null; secrets: readonly string[]; msg: string; failure: string; allowedOrigins?: CheckoutHandlerOptions['allowedOrigins'] },
): (request: Request) => Promise<Response> {
  return async (request) => {
    const started = Date.now();
    const log: RequestLogEntry = { method: request.method, status: 0, duration_ms: 0 };
    const sensitive = [...secrets];
    let response: Response;
    try {
      response = await respond(request, log, sensitive);
    } catch (error) {
      log.status = 500;
      log.code = 'INTERNAL_ERROR';
      log.cause = describeErrorCause(error, sensitive);
      response = routeResponse(decideOrigin(request, allowedOrigins), 500, proxyErrorJson('INTERNAL_ERROR', failure));
    }
    log.duration_ms = Date.now() - started;
    writeRequestLog(logger, log, msg);
    return response;
  };
}
