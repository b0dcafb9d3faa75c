/**
 * The contract between the element and its proxy (`dodo-checkout/server`): every `code` the proxy
 * answers with, by class. Both sides import this module: the server's answers are typed with
 * `ProxyErrorCode`, so a code missing here does not compile, and the element reads the class to
 * decide what the shopper sees.
 *
 * - upstream: trouble further up (the API, the network, the proxy's own stores or crashes). The
 *   element shows its own localized message; the proxy's English text is for the merchant's logs.
 * - integration: refusals only a wrong integration causes (origin, method, content type, body
 *   shape and size, keys, fields the server does not take from the browser). Also localized.
 * - shopper: about what was sent, in words the shopper can act on (a product not sold here, an
 *   amount too low, too many attempts); the element shows the proxy's message, or its own for
 *   `REQUEST_TIMEOUT` and `RATE_LIMITED`.
 *
 * Codes the API itself sends (passed through on its 4xx answers) are not listed: their messages
 * are the API's and are shown as they come.
 */

export const UPSTREAM_ERROR_CODES = [
  'UPSTREAM_TIMEOUT', 'UPSTREAM_UNREACHABLE', 'UPSTREAM_ERROR', 'UPSTREAM_REJECTED', 'INTERNAL_ERROR',
  'PAYMENT_OUTCOME_UNKNOWN', 'IDEMPOTENCY_STORE_UNAVAILABLE', 'IDEMPOTENCY_STORE_FULL',
] as const;

export const INTEGRATION_ERROR_CODES = [
  'ORIGIN_NOT_ALLOWED', 'METHOD_NOT_ALLOWED', 'UNSUPPORTED_MEDIA_TYPE', 'EMPTY_BODY', 'INVALID_JSON', 'JSON_TOO_DEEP',
  'BODY_TOO_LARGE', 'INVALID_IDEMPOTENCY_KEY', 'IDEMPOTENCY_KEY_REQUIRED', 'CUSTOMER_ID_NOT_ACCEPTED', 'PAYMENT_METHOD_ID_NOT_ACCEPTED',
] as const;

export const SHOPPER_ERROR_CODES = [
  'INVALID_REQUEST', 'PRODUCT_NOT_ALLOWED', 'AMOUNT_REQUIRED', 'AMOUNT_TOO_LOW', 'PAYMENT_METHOD_NOT_ALLOWED',
  'IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_KEY_IN_USE', 'PAYMENT_LINK_UNAVAILABLE', 'REQUEST_TIMEOUT', 'RATE_LIMITED',
] as const;

/** The webhook receiver's codes: its callers are Dodo's servers, never the element. */
export const WEBHOOK_ERROR_CODES = [
  'WEBHOOK_SIGNATURE_MISSING', 'WEBHOOK_SIGNATURE_INVALID', 'WEBHOOK_TIMESTAMP_OUT_OF_RANGE', 'WEBHOOK_STORE_UNAVAILABLE',
  'WEBHOOK_IN_PROGRESS', 'WEBHOOK_HANDLER_FAILED', 'INVALID_BODY', 'INVALID_EVENT',
] as const;

export type ProxyErrorCode =
  | (typeof UPSTREAM_ERROR_CODES)[number]
  | (typeof INTEGRATION_ERROR_CODES)[number]
  | (typeof SHOPPER_ERROR_CODES)[number]
  | (typeof WEBHOOK_ERROR_CODES)[number];

/** A proxy answer's JSON body, `{code, message}` like the API's. */
export const proxyErrorJson = (code: ProxyErrorCode, message: string): string => JSON.stringify({ code, message });

/**
 * The form field an error code concerns, if any: the API names its discount refusals by code
 * (`INVALID_DISCOUNT_CODE`, `DISCOUNT_CODE_EXPIRED`…), so the refusal is shown at the code the shopper typed.
 */
export function fieldOfErrorCode(code: string | undefined): 'discountCode' | undefined {
  return code && /DISCOUNT/.test(code) ? 'discountCode' : undefined;
}
