/**
 * `dodo-checkout/testing`: the Dodo API stand-in, for merchants' own offline integration tests
 * (and this package's demo and tests). A real HTTP server on loopback that validates
 * `POST /payments` like the API, answers with realistic payments, serves a hosted payment page
 * stand-in, settles payments on request and sends signed webhooks. Reach it through the official
 * SDK by its base URL. Not for production: it holds everything in memory and checks no real key.
 *
 * ```ts
 * import { startDodoApiStandIn } from 'dodo-checkout/testing';
 * const standIn = await startDodoApiStandIn();
 * const handler = createCheckoutHandler({ baseURL: standIn.url, apiKey: 'test_key' });
 * ```
 */
export {
  startDodoApiStandIn,
  type CreatePaymentResponseBody,
  type DodoApiStandIn,
  type DodoApiStandInOptions,
  type RecordedRequest,
  type StandInFault,
  type StandInPayment,
  type StandInPaymentObject,
  type StandInPaymentOutcome,
  type StandInPaymentStatus,
} from './server/stand-in/dodo-api-stand-in.js';
export { STAND_IN_DISCOUNTS, STAND_IN_LINK_LIFETIME_MINUTES, STAND_IN_PRODUCTS, type StandInDiscount, type StandInProduct } from './server/stand-in/stand-in-catalogue.js';
export {
  createStandInWebhookSender,
  signStandardWebhook,
  STAND_IN_WEBHOOK_SECRET,
  type StandInWebhookEvent,
  type StandInWebhookOptions,
  type StandInWebhookSender,
  type WebhookDeliveryAttempt,
} from './server/stand-in/stand-in-webhooks.js';
