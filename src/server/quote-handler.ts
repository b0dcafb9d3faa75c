/**
 * The quote route as one fetch-standard function: the element posts the body it would pay with,
 * and gets back what Dodo will charge for it (`checkoutSessions.preview`) as a compact `Quote`.
 * Same origin checks, bounded JSON reading and merchant policy as the create route; identical
 * quotes within a short TTL come from a cache, overlapping ones share one upstream call, and
 * clients are rate limited, so quoting on every change does not spend the merchant's API quota.
 */
import type { CheckoutSessionPreviewParams } from 'dodopayments/resources/checkout-sessions';
import { QuoteSchema, type DiscountVerdict } from '../api/quote.js';
import type { CheckoutHandlerOptions, CheckoutLogger } from './checkout-handler-options.js';
import { accountSecret, resolveClient, type CheckoutHandler } from './checkout-handler.js';
import { describeValidationIssues } from './describe-validation-issue.js';
import { personalValuesOf } from './error-cause.js';
import { canonicalJson } from './idempotency.js';
import { applyCartPolicy } from './merchant-policy.js';
import { guardJsonRoute, tryAgainIn } from './json-route-guard.js';
import { decideOrigin, routeResponse } from './origin-policy.js';
import { createMemoryQuoteCache, type QuoteCache } from './quote-cache.js';
import { discountRefusalOf, QuoteRequestSchema, refusedDiscount, toPreviewParams, toQuote } from './quote-mapping.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { readJsonBody } from './read-json-body.js';
import { loggedRoute, type RequestLogEntry } from './request-log.js';
import { mapUpstreamError, type MappedError } from './upstream-error.js';
import { withDeadline } from './upstream-deadline.js';
import { createCacheSeal } from './sealed-cache.js';

export interface QuoteHandlerOptions extends CheckoutHandlerOptions {
  /**
   * Where quotes are kept for `quoteCacheTtlMs`. Default: in memory, per instance. Pass
   * `createRedisQuoteCache(redis)` to share them across instances, or `null` for no cache.
   */
  quoteCache?: QuoteCache | null;
  /** How long an identical quote request is answered from the cache, in ms. Default 30 000. */
  quoteCacheTtlMs?: number;
  /**
   * Per-client limit of quote requests, counted apart from payments (in the same `store` if you
   * share one). Default 60 a minute per client (a checkout quotes a handful of times); `false` for
   * none. `clientKey`, `store` and `storeTimeoutMs` default to those of `rateLimit`, else the
   * address the node adapter saw and memory.
   */
  quoteRateLimit?: RateLimitOptions | false;
  /** Upstream timeout of one quote, in ms. Default 5 000: the element never waits long for a quote. */
  quoteTimeout?: number;
  /** SDK retries of a failed quote (a read, so retrying is safe). Default 1. */
  quoteMaxRetries?: number;
}

const DEFAULTS = {
  maxBodyBytes: 64 * 1024,
  maxJsonDepth: 16,
  bodyReadTimeoutMs: 10_000,
  cacheTtlMs: 30_000,
  timeout: 5_000,
  maxRetries: 1,
  rateLimit: { max: 60, windowMs: 60_000 },
};

/** A cache that fails or stalls costs a hit, never the quote. */
const CACHE_TIMEOUT_MS = 250;

function withinCacheTimeout<T>(pending: Promise<T>): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), CACHE_TIMEOUT_MS);
  });
  return Promise.race([pending.catch(() => undefined), stalled]).finally(() => clearTimeout(timer));
}

interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** For the log line. */
  upstream?: MappedError;
}

/**
 * Creates the quote route: a `(request: Request) => Promise<Response>` that answers the
 * element's request body with a `Quote` (200) or `{code, message}` with a 4xx/5xx status. Takes
 * the same options as `createCheckoutHandler` (pass one object to both); customer, payment-method,
 * metadata and idempotency options, and `transform`, do not apply to quotes.
 *
 * @example Next.js: `export const POST = createQuoteHandler(options);` in app/api/quote/route.ts
 * @example Express / node:http: `app.post('/api/quote', toNodeHandler(createQuoteHandler(options)));`
 * @example Hono: `app.post('/api/quote', (c) => quote(c.req.raw));`
 * @example Workers (made once): `if (url.pathname === '/api/quote') return (quote ??= createQuoteHandler({ apiKey: env.DODO_PAYMENTS_API_KEY, rateLimit: { max: 20, windowMs: 60_000, clientKey: (r) => r.headers.get('CF-Connecting-IP') } }))(request);`
 */
export function createQuoteHandler(options: QuoteHandlerOptions = {}): CheckoutHandler {
  const { client, secrets } = resolveClient(options);
  const logger: CheckoutLogger | null = options.logger === undefined ? console : options.logger;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
  const maxJsonDepth = options.maxJsonDepth ?? DEFAULTS.maxJsonDepth;
  const bodyReadTimeoutMs = options.bodyReadTimeoutMs ?? DEFAULTS.bodyReadTimeoutMs;
  const cache = options.quoteCache === null ? null : (options.quoteCache ?? createMemoryQuoteCache());
  const cacheTtlMs = options.quoteCacheTtlMs ?? DEFAULTS.cacheTtlMs;

  const requestOptions = { timeout: options.quoteTimeout ?? DEFAULTS.timeout, maxRetries: options.quoteMaxRetries ?? DEFAULTS.maxRetries };
  const inFlight = new Map<string, Promise<Answer>>();
  // Sealed by the account's key: quotes of different accounts or environments sharing one cache
  // never meet, and the cache holds no tax ID, business name or address readable without the key.
  const account = accountSecret(client);
  const seal = createCacheSeal(account);
  // Who the client is and where counts live come from `rateLimit` unless the quote's limit names its own.
  const { clientKey, store, storeTimeoutMs } = options.rateLimit || {};
  const limitRate =
    options.quoteRateLimit === false ? null : createRateLimiter('quote', { clientKey, store, storeTimeoutMs, ...(options.quoteRateLimit ?? DEFAULTS.rateLimit) }, account);

  const errorAnswer = (mapped: MappedError): Answer => ({
    status: mapped.status,
    body: JSON.stringify({ code: mapped.code, message: mapped.message }),
    headers: mapped.headers,
    upstream: mapped,
  });

  async function previewOnce(params: CheckoutSessionPreviewParams, refusal: DiscountVerdict | null): Promise<Answer> {
    const preview = await client.checkoutSessions.preview(params, withDeadline(client, requestOptions));
    let quote;
    try {
      quote = QuoteSchema.parse(toQuote(preview, params, refusal));
    } catch {
      return errorAnswer({ status: 502, code: 'UPSTREAM_ERROR', message: 'The payment provider sent an answer that could not be read.', headers: {} });
    }
    // Names and messages come from Dodo; the key must not travel in them even if an upstream echoed it.
    let body = JSON.stringify(quote);
    for (const secret of secrets) if (secret.length >= 4) body = body.split(secret).join('[redacted]');
    return { status: 200, body };
  }

  /** One call to Dodo; a refused discount code is quoted again without it and reported, not failed. */
  async function fetchQuote(params: CheckoutSessionPreviewParams): Promise<Answer> {
    try {
      return await previewOnce(params, null);
    } catch (error) {
      const mapped = mapUpstreamError(error, secrets);
      const code = params.discount_codes?.[0];
      const reason = code ? discountRefusalOf(mapped) : null;
      if (!code || !reason) return errorAnswer(mapped);
      const { discount_codes: _refused, ...withoutCode } = params;
      try {
        return await previewOnce(withoutCode, refusedDiscount(code, reason));
      } catch (second) {
        return errorAnswer(mapUpstreamError(second, secrets));
      }
    }
  }

  async function quoteFor(params: CheckoutSessionPreviewParams, log: RequestLogEntry): Promise<Answer> {
    const request = canonicalJson(params);
    const key = await seal.nameOf(request);
    if (cache) {
      const stored = await withinCacheTimeout(cache.get(key));
      const cached = stored ? await seal.open(request, stored) : undefined;
      if (cached) {
        log.cache = 'hit';
        return { status: 200, body: cached };
      }
    }
    const running = inFlight.get(key);
    if (running) {
      log.cache = 'shared';
      return running;
    }
    log.cache = 'miss';
    const call = fetchQuote(params).finally(() => inFlight.delete(key));
    inFlight.set(key, call);
    const answer = await call;
    if (cache && answer.status === 200) {
      // Sealed now (local work, well under a millisecond), so the TTL counts from the answer; stored
      // without waiting: a slow store must not hold the answer back.
      const sealed = await seal.seal(request, answer.body).catch(() => undefined);
      if (sealed) cache.set(key, sealed, cacheTtlMs).catch(() => undefined);
    }
    return answer;
  }

  /** `sensitive` collects what an internal error's logged cause must not contain. */
  async function respond(request: Request, log: RequestLogEntry, sensitive: string[]): Promise<Response> {
    const origin = decideOrigin(request, options.allowedOrigins);
    const reply = (status: number, body: string | null, headers?: Record<string, string>) => {
      log.status = status;
      return routeResponse(origin, status, body, headers);
    };
    const fail = (status: number, code: string, message: string, headers?: Record<string, string>) => {
      log.code = code;
      return reply(status, JSON.stringify({ code, message }), headers);
    };

    const refused = await guardJsonRoute(request, { origin, limitRate, tooMany: tryAgainIn('price updates'), fail, empty: (status, headers) => reply(status, null, headers), log });
    if (refused) return refused;

    const read = await readJsonBody(request, maxBodyBytes, maxJsonDepth, bodyReadTimeoutMs);
    if (!read.ok) return fail(read.status, read.code, read.message);
    sensitive.push(...personalValuesOf(read.value));
    const parsed = QuoteRequestSchema.safeParse(read.value);
    if (!parsed.success) return fail(422, 'INVALID_REQUEST', describeValidationIssues(parsed.error.issues));
    const cart = applyCartPolicy(parsed.data.product_cart, options);
    if (!cart.ok) return fail(cart.status, cart.code, cart.message);
    const pin = options.pin ?? {};
    const billingCurrency = 'billing_currency' in pin ? pin.billing_currency : parsed.data.billing_currency;
    const params = toPreviewParams(parsed.data, { cart: cart.cart, billingCurrency });

    const answer = await quoteFor(params, log);
    if (answer.upstream?.upstreamStatus) log.upstream_status = answer.upstream.upstreamStatus;
    if (answer.upstream?.upstreamCode) log.upstream_code = answer.upstream.upstreamCode;
    if (answer.status !== 200) {
      log.code = answer.upstream?.code;
      return reply(answer.status, answer.body, answer.headers);
    }
    return reply(200, answer.body, { 'x-quote-cache': log.cache ?? 'miss' });
  }

  return loggedRoute(respond, { logger, secrets, msg: 'dodo-checkout quote request', failure: 'Something went wrong while quoting.', allowedOrigins: options.allowedOrigins });
}
