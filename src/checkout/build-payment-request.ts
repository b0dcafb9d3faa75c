/**
 * Builds the `POST /payments` body from the configuration and what the shopper typed: the API's
 * CreateOneTimePaymentRequest and nothing else, so the proxy can forward it unchanged.
 */
import type { BillingAddress, CreatePaymentRequest, CustomerRequest, PaymentMethodType } from '../api/schemas.js';
import type { CheckoutConfig } from '../config/parse-config.js';
import type { AddressField, FormValues } from '../form/form-model.js';
import { asciiEmail } from '../intl/ascii-email.js';

export interface PaymentRequestInput {
  config: CheckoutConfig;
  values: Readonly<FormValues>;
  /** The address fields the billing country uses; others are never sent. */
  addressFields: readonly AddressField[];
  /** Methods to allow: the picked chip's, else the eligible list; omitted when undefined. */
  paymentMethods?: readonly PaymentMethodType[];
}

/** The cart as the API takes it: display fields dropped, `amount` only where given. */
export function productCart(cart: CheckoutConfig['cart']): CreatePaymentRequest['product_cart'] {
  return cart.map(({ product_id, quantity, amount }) => (amount === undefined ? { product_id, quantity } : { product_id, quantity, amount }));
}

const clean = (value: string) => value.trim().replace(/\s+/g, ' ');

/**
 * The billing fields in one order, whatever order the form shows them in (Japan's postal code
 * comes first in Japanese, last in Latin script): the body, and so its idempotency key, must not
 * change with the language.
 */
const BILLING_ORDER: readonly AddressField[] = ['street', 'city', 'state', 'zipcode'];

export function buildPaymentRequest({ config, values, addressFields, paymentMethods }: PaymentRequestInput): CreatePaymentRequest {
  const billing = { country: values.country } as BillingAddress;
  for (const field of BILLING_ORDER) {
    const value = addressFields.includes(field) ? clean(values[field]) : '';
    if (value) billing[field] = value;
  }

  let customer: CustomerRequest;
  if (config.customerId) customer = { customer_id: config.customerId };
  else {
    const phone = config.collectPhone ? clean(values.phone) : '';
    customer = { email: asciiEmail(values.email.trim()), name: clean(values.name), ...(phone ? { phone_number: phone } : {}) };
  }

  const request: CreatePaymentRequest = {
    product_cart: productCart(config.cart),
    customer,
    billing,
    payment_link: true,
  };
  if (paymentMethods && paymentMethods.length > 0) request.allowed_payment_method_types = [...paymentMethods];
  if (config.billingCurrency) request.billing_currency = config.billingCurrency;
  const discountCode = values.discountCode.trim();
  if (discountCode) request.discount_code = discountCode;
  if (config.metadata) request.metadata = { ...config.metadata };
  if (config.returnUrl) request.return_url = config.returnUrl;
  if (config.redirectImmediately) request.redirect_immediately = true;
  if (config.shortLink) request.short_link = true;
  if (config.force3ds) request.force_3ds = true;
  if (config.showSavedPaymentMethods) request.show_saved_payment_methods = true;
  if (config.paymentMethodId) request.payment_method_id = config.paymentMethodId;
  if (config.collectTaxId) {
    const taxId = clean(values.taxId);
    const businessName = clean(values.businessName);
    if (taxId) request.tax_id = taxId;
    if (businessName) request.customer_business_name = businessName;
  }
  return request;
}
