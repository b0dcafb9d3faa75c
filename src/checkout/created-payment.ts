/**
 * The payment a checkout created, as this tab keeps it: what the confirmation shows and the
 * cart it was made for. Kept in sessionStorage under the checkout's scope
 * (endpoint and cart, as form persistence), so coming back to the page by any path shows this
 * payment instead of a blank form that would create a second one. The client secret and the
 * shopper's details are never kept.
 */
import type { CreatePaymentResponse } from '../api/schemas.js';
import type { CheckoutConfig } from '../config/parse-config.js';
import type { CheckoutPaymentSummary } from '../events.js';
import { storage } from './form-persistence.js';
import { isSafePaymentLink } from './payment-link.js';

/** How long a link without `expires_on` is offered: a day, as hosted checkout sessions commonly last. */
export const DEFAULT_LINK_LIFETIME = 24 * 60 * 60 * 1000;

export interface CreatedPayment extends CheckoutPaymentSummary {
  /** When the link stops being offered, in ms since the epoch. */
  expiresAt: number;
  /** The currency its total was shown in when it was created ('' for none). */
  currency: string;
  /** The cart it was created for: products, quantities and amounts (no names or prices). */
  cart: string;
}

/** The configuration's part of a request (as JSON): its cart, and the merchant's settings that go into the body. */
export interface CheckoutFingerprints {
  cart: string;
  settings: string;
}

/** What a shown payment is compared with; `request` (the whole body, never stored) only in the page that created it. */
export interface PaymentBasis extends CheckoutFingerprints {
  request?: string;
}

export type StaleReason = 'cart' | 'request';

export function checkoutFingerprints(config: CheckoutConfig): CheckoutFingerprints {
  // Display-only inputs stay out; prefills reach the request through the form, which `request` covers.
  const { cart, currency, customer, country, discountCode, timeout, ...settings } = config;
  return {
    cart: JSON.stringify(cart.map((item) => [item.product_id, item.quantity, item.amount])),
    settings: JSON.stringify(settings),
  };
}

/** Why a payment made on `basis` no longer belongs to the checkout as it is now, if it does not. */
export function staleReason(basis: PaymentBasis, now: CheckoutFingerprints, request: () => string): StaleReason | undefined {
  if (basis.cart !== now.cart) return 'cart';
  if (basis.settings !== now.settings || (basis.request !== undefined && basis.request !== request())) return 'request';
  return undefined;
}

export function createdPayment(response: CreatePaymentResponse, link: string, currency: string, cart: string, now = Date.now()): CreatedPayment {
  const expires = Date.parse(response.expires_on ?? '');
  const payment: CreatedPayment = {
    payment_id: response.payment_id,
    payment_link: link,
    total_amount: response.total_amount,
    expiresAt: Number.isNaN(expires) ? now + DEFAULT_LINK_LIFETIME : expires,
    currency,
    cart,
  };
  if (!Number.isNaN(expires)) payment.expires_on = response.expires_on!;
  return payment;
}

const storageKey = (scope: string) => scope + '|payment';

/** Keeps a payment for the tab, or forgets the one kept (`undefined`). */
export function storeCreatedPayment(scope: string, payment?: CreatedPayment): void {
  try {
    if (payment) storage()?.setItem(storageKey(scope), JSON.stringify(payment));
    else storage()?.removeItem(storageKey(scope));
  } catch {
    // Quota or privacy mode: the payment is shown on this page, it just will not survive leaving it.
  }
}

/** The payment kept for this scope, expired or not; a day after its link expired a visit is a new checkout. */
export function readCreatedPayment(scope: string, now = Date.now()): CreatedPayment | undefined {
  try {
    const saved = JSON.parse(storage()?.getItem(storageKey(scope)) ?? '0') as CreatedPayment | 0;
    // Anything on the page can write to storage: only a record with a safe link and its own fields is shown.
    if (saved && isSafePaymentLink(saved.payment_link) && typeof saved.cart === 'string' && typeof saved.total_amount === 'number' && now < saved.expiresAt + DEFAULT_LINK_LIFETIME) return saved;
  } catch {
    // Unreadable: nothing to show.
  }
  return undefined;
}
