/**
 * Who may call the proxy from a browser, and the CORS headers they get. Without an `Origin`
 * header (server-to-server, curl) there is nothing to check; a browser always sends one on a
 * cross-origin or `POST` fetch.
 */

export type OriginDecision =
  | { allowed: true; corsHeaders: Record<string, string> }
  | { allowed: false };

export const ALLOWED_REQUEST_HEADERS = 'Content-Type, Idempotency-Key, Dodo-Checkout-Consent';
export const EXPOSED_RESPONSE_HEADERS = 'Idempotent-Replayed, Retry-After';

function normaliseOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}

export function decideOrigin(request: Request, allowedOrigins: readonly string[] | '*' | undefined): OriginDecision {
  const origin = request.headers.get('origin');
  if (origin === null) return { allowed: true, corsHeaders: {} };
  const cors = (value: string) => ({
    allowed: true as const,
    corsHeaders: { 'access-control-allow-origin': value, 'access-control-expose-headers': EXPOSED_RESPONSE_HEADERS, vary: 'Origin' },
  });
  if (allowedOrigins === '*') return cors('*');
  const normalised = normaliseOrigin(origin);
  if (normalised === null) return { allowed: false };
  // Same host as the proxy itself: a same-origin page (compared by host, so TLS termination in front does not matter).
  let ownHost: string | null = null;
  try {
    ownHost = new URL(request.url).host;
  } catch {
    ownHost = null;
  }
  if (ownHost !== null && new URL(normalised).host === ownHost) return { allowed: true, corsHeaders: { vary: 'Origin' } };
  if (allowedOrigins?.some((allowed) => normaliseOrigin(allowed) === normalised)) return cors(normalised);
  return { allowed: false };
}

/** Headers of a successful preflight answer. */
export function preflightHeaders(corsHeaders: Record<string, string>): Record<string, string> {
  return {
    ...corsHeaders,
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_REQUEST_HEADERS,
    'access-control-max-age': '600',
    allow: 'POST, OPTIONS',
  };
}

/**
 * A browser route's answer (payments, quote, status, and the 500 of any of them): JSON, never
 * stored by a cache (a quote may carry a business's registered name; a payment its link) nor
 * sniffed, with the CORS headers of an allowed origin so a cross-origin shop can read it;
 * `headers` come last.
 */
export function routeResponse(origin: OriginDecision, status: number, body: string | null, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: {
      ...(body !== null ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(origin.allowed ? origin.corsHeaders : {}),
      ...headers,
    },
  });
}
