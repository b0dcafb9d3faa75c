/**
 * The merchant's policy applied to a validated request body: product allowlist, pay-what-you-want
 * minimums (the browser's `amount` reaches the API only for the products listed there), accepted
 * payment methods (intersected, never widened), who may name an existing customer, which
 * metadata keys the browser may set (never the terms consent record), 3DS (the browser may only
 * require it, never turn off the merchant's default), and pinned fields. Pure: returns the body to
 * send or the refusal.
 */
import type { ProxyErrorCode } from '../api/proxy-errors.js';
import type { CreatePaymentRequest } from '../api/schemas.js';
import type { CheckoutHandlerOptions } from './checkout-handler-options.js';
import { CHECKOUT_KEY_METADATA } from './recover-payment.js';
import { withoutConsentKeys } from './terms-consent.js';

export type PolicyResult =
  | {
      ok: true;
      body: CreatePaymentRequest;
      /** How many metadata keys from the browser `clientMetadata` kept out (for the log). */
      droppedMetadataKeys: number;
    }
  | { ok: false; status: number; code: ProxyErrorCode; message: string };

type PolicyOptions = Pick<
  CheckoutHandlerOptions,
  'allowedProducts' | 'payWhatYouWantMinimums' | 'allowedPaymentMethodTypes' | 'pin' | 'allowClientCustomerId' | 'clientMetadata'
>;

const refuse = (code: ProxyErrorCode, message: string) => ({ ok: false as const, status: 422, code, message });

export type CartPolicyResult =
  | { ok: true; cart: CreatePaymentRequest['product_cart'] }
  | { ok: false; status: number; code: ProxyErrorCode; message: string };

/** The product allowlist and pay-what-you-want rules, shared by the create and quote routes. */
export function applyCartPolicy(
  productCart: CreatePaymentRequest['product_cart'],
  policy: Pick<PolicyOptions, 'allowedProducts' | 'payWhatYouWantMinimums'>,
): CartPolicyResult {
  const allowed = policy.allowedProducts ? new Set(policy.allowedProducts) : null;
  const minimums = policy.payWhatYouWantMinimums ?? {};
  const cart: CreatePaymentRequest['product_cart'] = [];
  for (const [index, item] of productCart.entries()) {
    if (allowed && !allowed.has(item.product_id)) {
      return refuse('PRODUCT_NOT_ALLOWED', `product_cart[${index}].product_id: this product cannot be bought here.`);
    }
    // A price the shopper chooses is only sent for products the merchant declared pay-what-you-want.
    const minimum = Object.hasOwn(minimums, item.product_id) ? minimums[item.product_id] : undefined;
    if (minimum === undefined) {
      const { amount: _ignored, ...rest } = item;
      cart.push(rest);
      continue;
    }
    if (item.amount == null) return refuse('AMOUNT_REQUIRED', `product_cart[${index}].amount: required for a pay-what-you-want product.`);
    if (item.amount < minimum) return refuse('AMOUNT_TOO_LOW', `product_cart[${index}].amount: must be at least ${minimum}.`);
    cart.push({ ...item });
  }
  return { ok: true, cart };
}

export function applyMerchantPolicy(request: CreatePaymentRequest, policy: PolicyOptions): PolicyResult {
  const cartPolicy = applyCartPolicy(request.product_cart, policy);
  if (!cartPolicy.ok) return cartPolicy;
  const cart = cartPolicy.cart;

  const body: CreatePaymentRequest = { ...request, product_cart: cart };
  // `force_3ds` overrides the merchant's 3DS default: the browser may ask for 3DS, not switch it off.
  if (body.force_3ds !== true) delete body.force_3ds;

  if (!policy.allowClientCustomerId) {
    if ('customer_id' in request.customer) {
      return refuse('CUSTOMER_ID_NOT_ACCEPTED', 'customer.customer_id: this server does not accept existing customer ids from the browser.');
    }
    if (request.payment_method_id != null) {
      return refuse('PAYMENT_METHOD_ID_NOT_ACCEPTED', 'payment_method_id: this server does not accept saved payment methods from the browser.');
    }
    // Dodo finds the customer by the email the browser sends: anyone could ask to see another
    // customer's saved methods. Only `pin` (or a customer the server trusts) turns them on.
    delete body.show_saved_payment_methods;
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
  // The terms consent keys are the proxy's evidence, and the key tag its way to find a payment of
  // unknown outcome: never the browser's word, with an Idempotency-Key or without.
  const fromClient = withoutConsentKeys(clientMetadata(request.metadata, policy.clientMetadata ?? 'drop')).metadata;
  delete fromClient[CHECKOUT_KEY_METADATA];
  const metadata = { ...fromClient, ...pin.metadata };
  if (Object.keys(metadata).length > 0) body.metadata = metadata;
  else delete body.metadata;
  body.payment_link = pin.payment_link ?? true;
  if ('return_url' in pin) body.return_url = pin.return_url ?? null;
  if ('billing_currency' in pin) body.billing_currency = pin.billing_currency ?? null;
  if (pin.redirect_immediately !== undefined) body.redirect_immediately = pin.redirect_immediately;
  if ('short_link' in pin) body.short_link = pin.short_link ?? null;
  if ('force_3ds' in pin) body.force_3ds = pin.force_3ds ?? null;
  if (pin.show_saved_payment_methods !== undefined) body.show_saved_payment_methods = pin.show_saved_payment_methods;
  const droppedMetadataKeys = Object.keys(request.metadata ?? {}).length - Object.keys(fromClient).length;
  return { ok: true, body, droppedMetadataKeys };
}

/** The browser's metadata keys that `clientMetadata` lets through. */
function clientMetadata(metadata: Record<string, string> | undefined, rule: NonNullable<PolicyOptions['clientMetadata']>): Record<string, string> {
  if (!metadata || rule === 'drop') return {};
  if (rule === 'merge') return { ...metadata };
  const kept: Record<string, string> = {};
  for (const key of rule) if (Object.hasOwn(metadata, key)) kept[key] = metadata[key]!;
  return kept;
}
