/**
 * Which failed answers carry a message meant for the shopper. The API's 4xx messages are about
 * what was sent (an expired discount code, an unavailable product) and are shown as they come.
 * The proxy's own answers for trouble further up (`dodo-checkout/server` maps timeouts, unreachable
 * or failing upstreams and its own crashes to the codes below), its refusals of a wrong
 * integration, and every 5xx are written in English for the merchant's logs: the element shows its
 * own localized message for them instead.
 */
import type { SendFailure } from './send-payment-request.js';

/**
 * The proxy's codes for failures that are not about what the shopper entered: trouble further up,
 * and refusals only a wrong integration causes (origin, method, content type, body shape, keys).
 */
export const PROXY_OWN_ERROR_CODES: ReadonlySet<string> = new Set([
  'UPSTREAM_TIMEOUT', 'UPSTREAM_UNREACHABLE', 'UPSTREAM_ERROR', 'UPSTREAM_REJECTED', 'INTERNAL_ERROR',
  'ORIGIN_NOT_ALLOWED', 'METHOD_NOT_ALLOWED', 'UNSUPPORTED_MEDIA_TYPE', 'EMPTY_BODY', 'INVALID_JSON', 'JSON_TOO_DEEP',
  'INVALID_IDEMPOTENCY_KEY', 'IDEMPOTENCY_KEY_REQUIRED', 'CUSTOMER_ID_NOT_ACCEPTED', 'PAYMENT_METHOD_ID_NOT_ACCEPTED',
]);

/**
 * `timeout` for a gateway timeout (504, `UPSTREAM_TIMEOUT`), `request_timeout` when the request
 * itself arrived too slowly (408), `rate_limited` for the proxy's own 429 (`RATE_LIMITED`; a 429
 * from the API keeps its message), `server` for other 5xx and the proxy's own codes,
 * `undefined` when the answer's message, if any, is the API's to show.
 */
export function proxyOwnFailure(failure: Pick<SendFailure, 'status' | 'code'>): 'timeout' | 'request_timeout' | 'rate_limited' | 'server' | undefined {
  if (failure.status === 504 || failure.code === 'UPSTREAM_TIMEOUT') return 'timeout';
  if (failure.status === 408 || failure.code === 'REQUEST_TIMEOUT') return 'request_timeout';
  if (failure.code === 'RATE_LIMITED') return 'rate_limited';
  if ((failure.status !== undefined && failure.status >= 500) || (failure.code !== undefined && PROXY_OWN_ERROR_CODES.has(failure.code))) return 'server';
  return undefined;
}
