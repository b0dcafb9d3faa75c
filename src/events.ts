/** The events `<dodo-checkout>` dispatches; all bubble and cross shadow boundaries. */
import type { Quote } from './api/quote.js';
import type { CreatePaymentRequest, CreatePaymentResponse } from './api/schemas.js';

/**
 * What failed: `total-changed` when the quote Pay waited for has another total than the shopper
 * read at the press, so nothing was sent and the new total is shown; or when the created payment's
 * total is not the quote's it was paid at, so the shopper sees it before going on.
 */
export type CheckoutErrorKind = 'validation' | 'network' | 'timeout' | 'server' | 'response' | 'configuration' | 'total-changed';

export interface CheckoutSubmitDetail {
  request: CreatePaymentRequest;
}
export interface CheckoutPaymentCreatedDetail {
  response: CreatePaymentResponse;
}
export interface CheckoutRedirectDetail {
  url: string;
  response: CreatePaymentResponse;
}
/** A created payment as the element showed it: enough to find it in the Dodo dashboard or API. */
export interface CheckoutPaymentSummary {
  payment_id: string;
  payment_link: string;
  total_amount: number;
  expires_on?: string;
}
/**
 * A created payment no longer matches the checkout: `cart` when the cart changed (products,
 * quantities, amounts), `request` when anything else that goes into the request did.
 */
export interface CheckoutPaymentStaleDetail {
  previous: CheckoutPaymentSummary;
  reason: 'cart' | 'request';
}
/** A quote from the proxy's quote route, and the body it answers. */
export interface CheckoutQuoteDetail {
  quote: Quote;
  /** The body posted to the quote route: the create body without the customer. */
  request: Omit<CreatePaymentRequest, 'customer'>;
}
export interface CheckoutErrorDetail {
  kind: CheckoutErrorKind;
  status?: number;
  code?: string;
  message: string;
}

export type CheckoutSubmitEvent = CustomEvent<CheckoutSubmitDetail>;
export type CheckoutPaymentCreatedEvent = CustomEvent<CheckoutPaymentCreatedDetail>;
export type CheckoutRedirectEvent = CustomEvent<CheckoutRedirectDetail>;
export type CheckoutPaymentStaleEvent = CustomEvent<CheckoutPaymentStaleDetail>;
export type CheckoutErrorEvent = CustomEvent<CheckoutErrorDetail>;
export type CheckoutQuoteEvent = CustomEvent<CheckoutQuoteDetail>;

declare global {
  interface HTMLElementEventMap {
    'dodo-checkout-submit': CheckoutSubmitEvent;
    'dodo-checkout-payment-created': CheckoutPaymentCreatedEvent;
    'dodo-checkout-redirect': CheckoutRedirectEvent;
    'dodo-checkout-payment-stale': CheckoutPaymentStaleEvent;
    'dodo-checkout-error': CheckoutErrorEvent;
    'dodo-checkout-quote': CheckoutQuoteEvent;
  }
}

/** Dispatches a typed `dodo-checkout-*` event; returns false when a listener cancelled it. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
