/**
 * The quote route's per-client limit: at most `max` requests per client in a fixed window of
 * `windowMs`, counted in memory. A client is whatever `clientKey` names (a session, or the
 * address your platform vouches for); without one the request is not limited.
 */

export interface QuoteRateLimitOptions {
  /** Requests one client may make per window. */
  max: number;
  /** Window length in ms. */
  windowMs: number;
  /** Who the client is; returning nothing leaves the request unlimited. */
  clientKey?: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /** Clock (tests). */
  now?: () => number;
}

export type QuoteRateLimitDecision = { limited: false } | { limited: true; retryAfterSeconds: number };

const MAX_CLIENTS = 100_000;

export function createQuoteRateLimiter(options: QuoteRateLimitOptions): (request: Request) => Promise<QuoteRateLimitDecision> {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { count: number; resetAt: number }>();
  return async (request) => {
    const client = await options.clientKey?.(request);
    if (!client) return { limited: false };
    const at = now();
    let window = windows.get(client);
    if (!window || window.resetAt <= at) {
      windows.delete(client);
      if (windows.size >= MAX_CLIENTS) windows.delete(windows.keys().next().value!);
      window = { count: 0, resetAt: at + options.windowMs };
      windows.set(client, window);
    }
    window.count += 1;
    if (window.count <= options.max) return { limited: false };
    return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - at) / 1000)) };
  };
}
