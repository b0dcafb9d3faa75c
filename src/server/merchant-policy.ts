/**
 * The merchant's policy applied to a validated request body: product allowlist, pay-what-you-want
 * minimums, accepted payment methods (intersected, never widened), who may name an existing
 * customer, and pinned fields. Pure: returns the body to send or the refusal.
 */
import type { CreatePaymentRequest } from '../api/schemas.js';
import type { CheckoutHandlerOptions } from './checkout-handler-options.js';

export type PolicyResult = { ok: true; body: CreatePaymentRequest } | { ok: false; status: number; code: string; message: string };

type PolicyOptions = Pick<
  CheckoutHandlerOptions,
  'allowedProducts' | 'payWhatYouWantMinimums' | 'allowedPaymentMethodTypes' | 'pin' | 'allowClientCustomerId'
>;

const refuse = (code: string, message: string): PolicyResult => ({ ok: false, status: 422, code, message });

export function applyMerchantPolicy(request: CreatePaymentRequest, policy: PolicyOptions): PolicyResult {
  const allowed = policy.allowedProducts ? new Set(policy.allowedProducts) : null;
  const minimums = policy.payWhatYouWantMinimums;
  const cart: CreatePaymentRequest['product_cart'] = [];
  for (const [index, item] of request.product_cart.entries()) {
    if (allowed && !allowed.has(item.product_id)) {
      return refuse('PRODUCT_NOT_ALLOWED', `product_cart[${index}].product_id: this product cannot be bought here.`);
    }
    if (minimums) {
      const minimum = Object.hasOwn(minimums, item.product_id) ? minimums[item.product_id] : undefined;
      if (minimum === undefined) {
        const { amount: _ignored, ...rest } = item;
        cart.push(rest);
        continue;
      }
      if (item.amount == null) return refuse('AMOUNT_REQUIRED', `product_cart[${index}].amount: required for a pay-what-you-want product.`);
      if (item.amount < minimum) return refuse('AMOUNT_TOO_LOW', `product_cart[${index}].amount: must be at least ${minimum}.`);
    }
    cart.push({ ...item });
  }

  const body: CreatePaymentRequest = { ...request, product_cart: cart };

  if (!policy.allowClientCustomerId) {
    if ('customer_id' in request.customer) {
      return refuse('CUSTOMER_ID_NOT_ACCEPTED', 'customer.customer_id: this server does not accept existing customer ids from the browser.');
    }
    if (request.payment_method_id != null) {
      return refuse('PAYMENT_METHOD_ID_NOT_ACCEPTED', 'payment_method_id: this server does not accept saved payment methods from the browser.');
    }
  }

  if (policy.allowedPaymentMethodTypes) {
    const merchant = policy.allowedPaymentMethodTypes;
    if (request.allowed_payment_method_types) {
      const intersection = request.allowed_payment_method_types.filter((method, i, list) => merchant.includes(method) && list.indexOf(method) === i);
      if (intersection.length === 0) {
        return refuse('PAYMENT_METHOD_NOT_ALLOWED', 'allowed_payment_method_types: none of these payment methods is accepted here.');
      }
      body.allowed_payment_method_types = intersection;
    } else {
      body.allowed_payment_method_types = [...merchant];
    }
  }

  const pin = policy.pin ?? {};
  body.payment_link = pin.payment_link ?? true;
  if ('return_url' in pin) body.return_url = pin.return_url ?? null;
  if (pin.metadata) body.metadata = { ...request.metadata, ...pin.metadata };
  if ('billing_currency' in pin) body.billing_currency = pin.billing_currency ?? null;
  if (pin.redirect_immediately !== undefined) body.redirect_immediately = pin.redirect_immediately;
  if ('short_link' in pin) body.short_link = pin.short_link ?? null;
  if ('force_3ds' in pin) body.force_3ds = pin.force_3ds ?? null;
  if (pin.show_saved_payment_methods !== undefined) body.show_saved_payment_methods = pin.show_saved_payment_methods;
  return { ok: true, body };
}
