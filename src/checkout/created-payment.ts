/**
 * The payment a checkout created, as this tab keeps it: what the confirmation shows and the
 * cart it was made for. Kept in sessionStorage under the checkout's scope
 * (endpoint and cart, as form persistence), so coming back to the page by any path shows this
 * payment instead of a blank form that would create a second one. The client secret and the
 * shopper's details are never kept.
 */
import type { CreatePaymentRequest, CreatePaymentResponse } from '../api/schemas.js';
import type { CheckoutPaymentSummary } from '../events.js';
import { storage } from './form-persistence.js';
import { isSafePaymentLink } from './payment-link.js';

/** How long a link without `expires_on` is offered: a day, as hosted checkout sessions commonly last. */
export const DEFAULT_LINK_LIFETIME = 24 * 60 * 60 * 1000;

export interface CreatedPayment extends CheckoutPaymentSummary {
  /** When the link stops being offered, in ms since the epoch. */
  expiresAt: number;
  /** The currency of its total ('' for none): as created, or as the return page verified it paid. */
  currency: string;
  /** The `product_cart` it was created for, as JSON. */
  cart: string;
  /** Set once this tab's return page verified it succeeded (`<dodo-payment-status>`): no link is offered then. */
  paid?: true;
}

/**
 * What a payment is compared with, as JSON: the request's cart and (in the page that created it,
 * never stored) the whole request. A new page of the same checkout compares the cart.
 */
export interface PaymentBasis {
  cart: string;
  request?: string;
}

export type StaleReason = 'cart' | 'request';

export function requestBasis(request: CreatePaymentRequest): Required<PaymentBasis> {
  return { cart: JSON.stringify(request.product_cart), request: JSON.stringify(request) };
}

/** Why a payment made on `basis` does not belong to the request the checkout makes `now`, if it does not. */
export function staleReason(basis: PaymentBasis, now: Required<PaymentBasis>): StaleReason | undefined {
  if (basis.cart !== now.cart) return 'cart';
  if (basis.request && basis.request !== now.request) return 'request';
  return undefined;
}

export function createdPayment(response: CreatePaymentResponse, link: string, currency: string, cart: string, now = Date.now()): CreatedPayment {
  // NaN for none or an unreadable one: then the default lifetime, and no expiry is shown.
  const expires = Date.parse(response.expires_on ?? '');
  const { payment_id, total_amount, expires_on } = response;
  return { payment_id, payment_link: link, total_amount, ...(expires > 0 ? { expires_on: expires_on! } : {}), expiresAt: expires > 0 ? expires : now + DEFAULT_LINK_LIFETIME, currency, cart };
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
    // Anything on the page can write to storage: a link is shown only if it is safe.
    if (saved && isSafePaymentLink(saved.payment_link) && now < saved.expiresAt + DEFAULT_LINK_LIFETIME) return saved;
  } catch {
    // Unreadable: nothing to show.
  }
  return undefined;
}

/**
 * Records that the payment kept for `scope` was verified paid, if it is still the payment `id`
 * (a return page, or the checkout asking the status route), with the total and currency Dodo
 * verified: a discount taken on its page, or another currency charged, is what was paid.
 * Returns whether the record now says paid.
 */
export function recordPaid(scope: string, id: string, verified: { total_amount?: number | null; currency?: string | null }): boolean {
  const payment = readCreatedPayment(scope);
  if (payment?.payment_id !== id) return false;
  const { total_amount, currency } = verified;
  if (!payment.paid) storeCreatedPayment(scope, { ...payment, paid: true, ...(total_amount != null && currency ? { total_amount, currency } : {}) });
  return true;
}
