/**
 * `dodo-checkout/server` — the merchant proxy behind `<dodo-checkout>`.
 *
 * The element posts the API's `CreateOneTimePaymentRequest` to your backend; this handler checks
 * it with the element's own zod schemas, applies your policy (product allowlist, pinned
 * `return_url`/`metadata`/…, accepted payment methods, pay-what-you-want minimums, allowed
 * origins), deduplicates by `Idempotency-Key`, creates the payment with the official
 * `dodopayments` SDK and answers with the API's response — or `{code, message}` and a 4xx/5xx.
 * Your API key stays on the server and never appears in a response or a log line.
 *
 * ```ts
 * // Next.js: app/api/payments/route.ts
 * import { createCheckoutHandler } from 'dodo-checkout/server';
 * export const POST = createCheckoutHandler({
 *   allowedProducts: ['pdt_espresso_beans'],
 *   pin: { return_url: 'https://shop.example/thanks' },
 * });
 * export const OPTIONS = POST;
 *
 * // Express or node:http
 * import { createCheckoutHandler, toNodeHandler } from 'dodo-checkout/server';
 * app.post('/api/payments', toNodeHandler(createCheckoutHandler()));
 * ```
 *
 * The quote route answers the same body with what Dodo will charge (currency, tax, discount,
 * tax ID) from `checkoutSessions.preview`, cached and rate limited:
 *
 * ```ts
 * app.post('/api/quote', toNodeHandler(createQuoteHandler(options)));
 * ```
 *
 * Configuration comes from `DODO_PAYMENTS_API_KEY` and `DODO_PAYMENTS_ENVIRONMENT`
 * (`test_mode` | `live_mode`, default `test_mode`) or from the options. For several instances,
 * share idempotency keys through Redis with `createRedisIdempotencyStore` from
 * `dodo-checkout/server/redis-store`.
 *
 * `createWebhookHandler({ webhookKey, onEvent })` receives Dodo's webhooks: it verifies the
 * Standard Webhooks signature on the raw body and runs `onEvent` once per event, deduplicated by
 * `webhook-id` through the same store interface.
 *
 * @module
 */
export { createCheckoutHandler, type CheckoutHandler } from './checkout-handler.js';
export {
  CheckoutPolicyError,
  type CheckoutHandlerOptions,
  type CheckoutLogger,
  type DodoEnvironment,
  type PinnedFields,
} from './checkout-handler-options.js';
export {
  createMemoryIdempotencyStore,
  IdempotencyStoreFullError,
  type IdempotencyClaim,
  type IdempotencyReleaseOptions,
  type IdempotencyStore,
  type MemoryIdempotencyStoreOptions,
  type StoredResponse,
} from './idempotency-store.js';
export {
  createWebhookHandler,
  type WebhookEvent,
  type WebhookEventContext,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookLogEntry,
} from './webhook-handler.js';
export { CHECKOUT_KEY_METADATA } from './recover-payment.js';
export { toNodeHandler, type NodeAdapterOptions, type NodeHandler } from './node-adapter.js';
export { createQuoteHandler, type QuoteHandlerOptions } from './quote-handler.js';
export { createMemoryQuoteCache, type MemoryQuoteCacheOptions, type QuoteCache } from './quote-cache.js';
export {
  QuoteSchema,
  type DiscountRefusalReason,
  type DiscountVerdict,
  type Quote,
  type QuoteLine,
  type QuoteTax,
  type TaxIdVerdict,
} from '../api/quote.js';
export {
  createMemoryRateLimitStore,
  type MemoryRateLimitStoreOptions,
  type RateLimitOptions,
  type RateLimitStore,
} from './rate-limit.js';
export type { RequestLogEntry } from './request-log.js';
export type { CreatePaymentRequest, CreatePaymentResponse, ApiError } from '../api/schemas.js';
