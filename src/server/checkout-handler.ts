/**
 * The merchant proxy as one fetch-standard function: origin and method checks, bounded JSON
 * reading, the element's zod schema, merchant policy, `Idempotency-Key` deduplication, the call
 * through the official SDK, error mapping and one log line. Web APIs only (no `node:*`), so the
 * same function runs on Node, Next.js, Hono, Bun, Deno and Workers.
 */
import type { ProxyErrorCode } from '../api/proxy-errors.js';
import DodoPayments from 'dodopayments';
import { CreatePaymentRequestSchema, type CreatePaymentRequest } from '../api/schemas.js';
import { CheckoutPolicyError, type CheckoutHandlerOptions, type CheckoutLogger, type DodoEnvironment } from './checkout-handler-options.js';
import { describeValidationIssues } from './describe-validation-issue.js';
import { personalValuesOf } from './error-cause.js';
import { canonicalJson, createIdempotencyCoordinator, isValidIdempotencyKey, sha256Hex, type IdempotentOutcome } from './idempotency.js';
import { createMemoryIdempotencyStore, type StoredResponse } from './idempotency-store.js';
import { applyMerchantPolicy } from './merchant-policy.js';
import { guardJsonRoute, tryAgainIn } from './json-route-guard.js';
import { decideOrigin, routeResponse } from './origin-policy.js';
import { createCheckoutSessionAnswer, pageLanguageOf } from './checkout-sessions.js';
import { createRateLimiter } from './rate-limit.js';
import { readJsonBody } from './read-json-body.js';
import { recoverTaggedPayment, tagWithCheckoutKey } from './recover-payment.js';
import { loggedRoute, type RequestLogEntry } from './request-log.js';
import { statusSignerFor, withStatusToken } from './status-token.js';
import { checkTermsOption, hasConsent, recordTermsAcceptance } from './terms-consent.js';
import { PROVIDER_PROBLEM, redact, upstreamError, upstreamFailure } from './upstream-error.js';
import { checkUpstreamPayment } from './upstream-payment.js';
import { CURRENCY_LOOKUP_MS, withPaymentCurrency } from './payment-currency.js';
import { callBudgetMs, withDeadline } from './upstream-deadline.js';

/** A fetch-standard request handler, as Next.js route handlers, Hono, Bun, Deno and Workers take. */
export type CheckoutHandler = (request: Request) => Promise<Response>;

const DEFAULTS = {
  timeout: 12_000,
  // The API documents no Idempotency-Key support, so a retried POST /payments after a timeout or
  // a 5xx may create a second payment: one attempt unless the merchant opts in.
  maxRetries: 0,
  maxBodyBytes: 64 * 1024,
  maxJsonDepth: 16,
  bodyReadTimeoutMs: 10_000,
  // Generous for one shopper (a payment and a few retries a minute), tight for a script.
  rateLimit: { max: 20, windowMs: 60_000 },
  idempotencyTtlMs: 24 * 60 * 60 * 1000,
  // How much longer than our own upstream budget Dodo may take to commit a payment we stopped waiting for.
  outcomeSlackMs: 60_000,
};

const ENVIRONMENTS: readonly DodoEnvironment[] = ['test_mode', 'live_mode'];

function readEnv(name: string): string | undefined {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  return value?.trim() ? value.trim() : undefined;
}

/** What keys the proxy's hashes and seals for one account: its API key and API address. */
export const accountSecret = (client: DodoPayments): string => `${client.bearerToken}\n${client.baseURL}`;

/** The SDK client the options describe, and the secrets never to let out. Shared with the quote and status routes. */
export function resolveClient(options: Pick<CheckoutHandlerOptions, 'client' | 'apiKey' | 'environment' | 'baseURL' | 'timeout' | 'maxRetries'>): { client: DodoPayments; secrets: string[] } {
  if (options.client) return { client: options.client, secrets: [options.client.bearerToken] };
  const apiKey = options.apiKey ?? readEnv('DODO_PAYMENTS_API_KEY');
  if (!apiKey) {
    throw new Error('dodo-checkout/server: no Dodo Payments API key. Set DODO_PAYMENTS_API_KEY or pass `apiKey` (or a ready `client`).');
  }
  const environment = options.environment ?? readEnv('DODO_PAYMENTS_ENVIRONMENT') ?? 'test_mode';
  if (!ENVIRONMENTS.includes(environment as DodoEnvironment)) {
    throw new Error('dodo-checkout/server: DODO_PAYMENTS_ENVIRONMENT must be `test_mode` or `live_mode`.');
  }
  const client = new DodoPayments({
    bearerToken: apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : { baseURL: null, environment: environment as DodoEnvironment }),
    timeout: options.timeout ?? DEFAULTS.timeout,
    maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
    webhookKey: null,
  });
  return { client, secrets: [apiKey] };
}


/**
 * Live money on the default store: said once, as the handler is made. The store lives in this
 * process, so a restart or another instance forgets every key, and the retry of an attempt whose
 * outcome was unknown then creates its payment again. Live mode is read from the client's API
 * address, which a ready `client` carries as well as one made from `environment`.
 */
function warnOfMemoryStoreInLiveMode(client: DodoPayments, logger: CheckoutLogger | null): void {
  if (!logger || !/^https:\/\/live\.dodopayments\.com(\/|$)/.test(client.baseURL)) return;
  const msg =
    'dodo-checkout/server: live mode on the in-memory idempotency store, which a restart or a second instance does not share: pass `idempotencyStore: createRedisIdempotencyStore(…)` so that a retry after an unknown outcome never creates a second payment.';
  try {
    logger.error(JSON.stringify({ time: new Date().toISOString(), level: 'warn', msg }));
  } catch {
    // A broken logger must not stop the proxy.
  }
}

/** The statuses of the API's refusals of a body: no payment was made. */
const isApiRefusal = (response: StoredResponse): boolean => [400, 404, 422].includes(response.status);

/**
 * Upstream answers worth replaying for the same key: a validated payment, and the API's own
 * `{code, message}` refusals of the body. A gateway's page (`UPSTREAM_REJECTED`) or any 5xx
 * says nothing final about the request, so the key is released for a retry.
 */
function isReplayable(response: StoredResponse): boolean {
  if (response.status === 200) return true;
  if (!isApiRefusal(response)) return false;
  try {
    return (JSON.parse(response.body) as { code?: unknown }).code !== 'UPSTREAM_REJECTED';
  } catch {
    return false;
  }
}

/**
 * Whether an answer leaves open that Dodo created the payment: a timeout, a lost connection or a
 * 5xx may come after it did. A refused API key (401, 403) is answered before anything is made.
 */
function mayHaveCreated(response: StoredResponse): boolean {
  if (response.status < 500) return false;
  const upstreamStatus = response.headers?.['x-upstream-status'];
  return upstreamStatus !== '401' && upstreamStatus !== '403';
}

function paymentIdOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { payment_id?: unknown };
    return typeof parsed.payment_id === 'string' ? parsed.payment_id.slice(0, 64) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates the merchant proxy: a `(request: Request) => Promise<Response>` that validates the
 * `<dodo-checkout>` element's request, applies the merchant's policy, creates the payment with
 * the official `dodopayments` SDK and answers with the API's `CreateOneTimePaymentResponse` (200)
 * or `{code, message}` with a 4xx/5xx status.
 *
 * Throws at creation when no API key is configured or the environment is unknown.
 *
 * @example Next.js (app router): `export const POST = createCheckoutHandler({ allowedProducts: ['pdt_…'] });`
 * @example Express / node:http: `app.post('/api/payments', toNodeHandler(createCheckoutHandler()));`
 * @example Hono: `app.post('/api/payments', (c) => handler(c.req.raw));`
 * @example Workers (made once, so its stores and limits outlive a request): `let pay; … fetch: (request, env) => (pay ??= createCheckoutHandler({ apiKey: env.DODO_PAYMENTS_API_KEY }))(request)`
 */
export function createCheckoutHandler(options: CheckoutHandlerOptions = {}): CheckoutHandler {
  const { client, secrets } = resolveClient(options);
  const logger: CheckoutLogger | null = options.logger === undefined ? console : options.logger;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
  const maxJsonDepth = options.maxJsonDepth ?? DEFAULTS.maxJsonDepth;
  const bodyReadTimeoutMs = options.bodyReadTimeoutMs ?? DEFAULTS.bodyReadTimeoutMs;
  const limitRate = options.rateLimit === false ? null : createRateLimiter('create', options.rateLimit ?? DEFAULTS.rateLimit, accountSecret(client));
  // A create is sent as often as `maxRetries` says, whatever the client was made with.
  const createOptions = { maxRetries: options.maxRetries ?? DEFAULTS.maxRetries };
  // The create's attempts, then the lookup of the created payment's currency (payment-currency.ts).
  const upstreamBudgetMs = callBudgetMs(client.timeout, createOptions.maxRetries) + CURRENCY_LOOKUP_MS + 10_000;
  const sessions = options.api === 'checkout-sessions';
  const leaseMs = options.idempotencyLeaseMs ?? upstreamBudgetMs;
  const settleMs = options.outcomeSettleMs ?? upstreamBudgetMs + DEFAULTS.outcomeSlackMs;
  if (!options.idempotencyStore) warnOfMemoryStoreInLiveMode(client, logger);
  const idempotency = createIdempotencyCoordinator({
    store: options.idempotencyStore ?? createMemoryIdempotencyStore(),
    ttlMs: options.idempotencyTtlMs ?? DEFAULTS.idempotencyTtlMs,
    leaseMs,
    waitMs: leaseMs,
    settleMs,
    shouldStore: isReplayable,
    isUnresolved: mayHaveCreated,
    // An API refusal made no payment, unless an earlier try of the same create (maxRetries) did.
    ...(createOptions.maxRetries === 0 ? { forgettable: isApiRefusal } : {}),
  });
  const statusSigner = statusSignerFor(options, secrets[0]!);
  const terms = checkTermsOption(options.terms);
  const now = options.now ?? Date.now;

  async function createPayment(requested: CreatePaymentRequest, idempotencyKey: string | null, request: Request): Promise<StoredResponse> {
    // Recorded at creation, after the idempotency comparison, so a retry's body still matches its first attempt's.
    const body = terms ? recordTermsAcceptance(requested, terms, now()) : requested;
    const requestOptions = withDeadline(client, idempotencyKey ? { ...createOptions, idempotencyKey, headers: { 'Idempotency-Key': idempotencyKey } } : createOptions);
    if (sessions) return createCheckoutSessionAnswer(client, body, requestOptions, pageLanguageOf(request), secrets);
    try {
      const { data, response } = await client.payments.create(body, requestOptions).withResponse();
      const checked = checkUpstreamPayment(data, response.status, response.headers.get('content-type'));
      if (checked.ok) return { status: 200, body: JSON.stringify(await withPaymentCurrency(client, checked.payment, body)) };
      const invalid = upstreamError(PROVIDER_PROBLEM);
      return {
        status: invalid.status,
        body: JSON.stringify({ code: invalid.code, message: invalid.message }),
        headers: { 'x-upstream-status': String(response.status), 'x-upstream-cause': checked.cause },
      };
    } catch (error) {
      return upstreamFailure(error, secrets);
    }
  }

  /** `sensitive` collects what an internal error's logged cause must not contain. */
  async function respond(request: Request, log: RequestLogEntry, sensitive: string[]): Promise<Response> {
    const origin = decideOrigin(request, options.allowedOrigins);
    const reply = (status: number, body: string | null, headers?: Record<string, string>) => {
      log.status = status;
      return routeResponse(origin, status, body, headers);
    };
    const answer = (status: number, code: string, message: string, headers?: Record<string, string>) => {
      log.code = code;
      return reply(status, JSON.stringify({ code, message }), headers);
    };
    // The proxy's own codes are the contract in api/proxy-errors.ts.
    const fail = (status: number, code: ProxyErrorCode, message: string, headers?: Record<string, string>) => answer(status, code, message, headers);

    const refused = await guardJsonRoute(request, { origin, limitRate, tooMany: tryAgainIn('payment attempts'), fail, empty: (status, headers) => reply(status, null, headers), log });
    if (refused) return refused;

    const idempotencyKey = request.headers.get('idempotency-key');
    if (idempotencyKey !== null) {
      if (!isValidIdempotencyKey(idempotencyKey)) {
        return fail(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1–255 printable ASCII characters.');
      }
      sensitive.push(idempotencyKey);
      log.idempotency_key_hash = (await sha256Hex(idempotencyKey)).slice(0, 16);
    } else if (options.requireIdempotencyKey) {
      return fail(400, 'IDEMPOTENCY_KEY_REQUIRED', 'An Idempotency-Key header is required.');
    }

    const read = await readJsonBody(request, maxBodyBytes, maxJsonDepth, bodyReadTimeoutMs);
    if (!read.ok) return fail(read.status, read.code, read.message);
    sensitive.push(...personalValuesOf(read.value));
    const parsed = CreatePaymentRequestSchema.safeParse(read.value);
    if (!parsed.success) return fail(422, 'INVALID_REQUEST', describeValidationIssues(parsed.error.issues));

    const policy = applyMerchantPolicy(parsed.data, options);
    if (!policy.ok) return fail(policy.status, policy.code, policy.message);
    if (policy.droppedMetadataKeys > 0) log.metadata_keys_dropped = policy.droppedMetadataKeys;
    // Before anything is stored for the key: the shopper who ticks the box and pays again is not refused by a replay.
    if (terms && !hasConsent(request, terms)) return fail(422, 'CONSENT_REQUIRED', 'Accept the terms of service to pay.');
    let body = policy.body;
    if (options.transform) {
      try {
        body = await options.transform(body, request);
      } catch (error) {
        // A refusal with the merchant's own code, from their transform.
        if (error instanceof CheckoutPolicyError) return answer(error.status, error.code, redact(error.message, secrets));
        throw error;
      }
      sensitive.push(...personalValuesOf(body));
    }

    let stored: StoredResponse;
    let replayed = false;
    if (idempotencyKey !== null) {
      // The body compared is the one that goes upstream, after policy and `transform`: the same key
      // from another session (another customer set by `transform`) is a conflict, never a replay
      // of someone else's payment and its client_secret.
      const upstreamBody = body;
      const outcome = await idempotency.execute(idempotencyKey, canonicalJson(upstreamBody), {
        create: (tag) => createPayment(tagWithCheckoutKey(upstreamBody, tag), idempotencyKey, request),
        // A session charges nothing until the shopper pays: one of unknown outcome is simply made again.
        ...(sessions ? {} : { recover: (tag: string, since: number, now: number) => recoverTaggedPayment(client, tag, { since, until: since + settleMs, now, budgetMs: leaseMs }, upstreamBody.payment_link !== false) }),
      });
      if (!('response' in outcome)) return fail(...refusalFor(outcome));
      stored = outcome.response;
      replayed = outcome.kind === 'replayed' || outcome.kind === 'recovered';
      if (outcome.kind === 'recovered') log.recovered = true;
    } else {
      stored = await createPayment(body, null, request);
    }

    const { 'x-upstream-status': upstreamStatus, 'x-upstream-code': upstreamCode, 'x-upstream-cause': upstreamCause, ...headers } = stored.headers ?? {};
    if (upstreamStatus) log.upstream_status = Number(upstreamStatus);
    if (upstreamCode) log.upstream_code = upstreamCode;
    if (upstreamCause) log.cause = upstreamCause;
    if (replayed) {
      headers['idempotent-replayed'] = 'true';
      log.replayed = true;
    }
    if (stored.status === 200) {
      const paymentId = paymentIdOf(stored.body);
      if (paymentId) log.payment_id = paymentId;
    } else {
      try {
        log.code = String((JSON.parse(stored.body) as { code?: unknown }).code);
      } catch {
        // stored bodies are always our JSON
      }
    }
    // Signed per answer (replays too): the browser that holds it may ask the status route.
    return reply(stored.status, stored.status === 200 ? await withStatusToken(stored.body, statusSigner) : stored.body, headers);
  }

  return loggedRoute(respond, { logger, secrets, msg: 'dodo-checkout payment request', failure: 'Something went wrong while creating the payment.', allowedOrigins: options.allowedOrigins });
}

/** The answer for a key the proxy cannot serve now: `[status, code, message, headers]`. */
function refusalFor(outcome: Exclude<IdempotentOutcome, { response: StoredResponse }>): [number, ProxyErrorCode, string, Record<string, string>?] {
  switch (outcome.kind) {
    case 'conflict':
      return outcome.reason === 'body_mismatch'
        ? [409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request body.']
        : [409, 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed.', { 'retry-after': '1' }];
    case 'unresolved':
      return [
        503,
        'PAYMENT_OUTCOME_UNKNOWN',
        'We could not yet confirm whether this payment was created. Please try again in a moment: it will not be created twice.',
        { 'retry-after': String(outcome.retryAfterSeconds) },
      ];
    case 'store_unavailable':
      return [503, 'IDEMPOTENCY_STORE_UNAVAILABLE', 'Payments are briefly unavailable. Please try again in a moment.', { 'retry-after': String(outcome.retryAfterSeconds) }];
    case 'store_full':
      return [503, 'IDEMPOTENCY_STORE_FULL', 'Too many checkouts are in progress. Please try again in a moment.', { 'retry-after': String(outcome.retryAfterSeconds) }];
  }
}
