/**
 * What each of the proxy's JSON routes (create, quote, status) checks before it reads a body, in
 * this order: the origin, the CORS preflight, the method, the content type, then the rate limit.
 * One place, so the routes cannot drift apart in what they let through.
 */
import type { ProxyErrorCode } from '../api/proxy-errors.js';
import { preflightHeaders, type OriginDecision } from './origin-policy.js';
import type { RateLimitDecision } from './rate-limit.js';
import type { RequestLogEntry } from './request-log.js';

export interface JsonRoute {
  origin: OriginDecision;
  /** The route's rate limiter, or null when the merchant turned it off. */
  limitRate: ((request: Request) => Promise<RateLimitDecision>) | null;
  /** The 429 message for a wait of `seconds`. */
  tooMany: (seconds: number) => string;
  /** An answer with the proxy's error body, `{ code, message }`. */
  fail: (status: number, code: ProxyErrorCode, message: string, headers?: Record<string, string>) => Response;
  /** An answer with no body (the preflight's 204). */
  empty: (status: number, headers: Record<string, string>) => Response;
  log: RequestLogEntry;
}

/** Whether a `Content-Type` header says JSON in UTF-8 (the only charset JSON may declare). */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';');
  if (type?.trim().toLowerCase() !== 'application/json') return false;
  return params.every((param) => {
    const [name, value] = param.split('=').map((part) => part.trim().toLowerCase());
    return name !== 'charset' || value === 'utf-8' || value === '"utf-8"';
  });
}

/** The 429 message of a route whose requests are `what` ("payment attempts"). */
export function tryAgainIn(what: string): (seconds: number) => string {
  return (seconds) => `Too many ${what}. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}

/** The answer that ends the request here (refused, or a preflight), or undefined when the route reads on. */
export async function guardJsonRoute(request: Request, route: JsonRoute): Promise<Response | undefined> {
  const { origin, limitRate, fail } = route;
  if (!origin.allowed) return fail(403, 'ORIGIN_NOT_ALLOWED', 'Requests from this origin are not allowed.');
  if (request.method === 'OPTIONS') return route.empty(204, preflightHeaders(origin.corsHeaders));
  if (request.method !== 'POST') return fail(405, 'METHOD_NOT_ALLOWED', 'Use POST.', { allow: 'POST, OPTIONS' });
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return fail(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json.');
  }
  if (limitRate) {
    const limit = await limitRate(request);
    if (limit.limited) return fail(429, 'RATE_LIMITED', route.tooMany(limit.retryAfterSeconds), { 'retry-after': String(limit.retryAfterSeconds) });
    if (limit.skipped) route.log.rate_limit_skipped = limit.skipped;
  }
  return undefined;
}
