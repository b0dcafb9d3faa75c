/**
 * Which failed answers carry a message meant for the shopper. The API's 4xx messages are about
 * what was sent (an expired discount code, an unavailable product) and are shown as they come.
 * The proxy's answers for trouble further up and its refusals of a wrong integration (their
 * classes are in api/proxy-errors.ts, which the server answers from), and every 5xx, are written
 * in English for the merchant's logs: the element shows its own localized message for them.
 */
import { INTEGRATION_ERROR_CODES, UPSTREAM_ERROR_CODES } from '../api/proxy-errors.js';
import type { SendFailure } from './send-payment-request.js';

/** The proxy's codes whose message is not for the shopper: upstream trouble and integration errors. */
export const PROXY_OWN_ERROR_CODES: ReadonlySet<string> = new Set([...UPSTREAM_ERROR_CODES, ...INTEGRATION_ERROR_CODES]);

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
