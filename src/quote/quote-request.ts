/**
 * The body the element posts to the quote route: the create body's price-relevant part (cart,
 * the billing fields tax depends on, currency, the applied discount code, the checked tax ID), so
 * the quote route reads it like a payment and identical checkouts share the proxy's cache entry.
 */
import type { BillingAddress, CountryCode, CreatePaymentRequest, CurrencyCode } from '../api/schemas.js';
import type { CheckoutConfig } from '../config/parse-config.js';
import type { AddressField, FormValues } from '../form/form-model.js';
import { asciiDigits } from '../intl/ascii-digits.js';

/** The create body without the customer: the quote route takes it so (a quote never uses who pays). */
export type QuoteRequest = Omit<CreatePaymentRequest, 'customer'> & Partial<Pick<CreatePaymentRequest, 'customer'>>;

export interface QuoteInput {
  config: CheckoutConfig;
  values: Readonly<FormValues>;
  /** The address fields the billing country uses. */
  addressFields: readonly AddressField[];
  /** The currency to bill in: the shopper's choice or the merchant's; undefined lets Dodo choose (adaptive pricing). */
  billingCurrency: CurrencyCode | undefined;
  /** The code the shopper applied (not what is being typed). */
  discountCode: string;
  /** The tax ID as the shopper left the field (not what is being typed). */
  taxId: string;
}

/** Address fields a quote reads: tax follows the state and postal code; street, city and customer are not sent, so typing them asks nothing. */
const PRICED_FIELDS = ['state', 'zipcode'] as const;

const clean = (value: string) => value.trim().replace(/\s+/g, ' ');

/** The quote body, or undefined while no country is chosen (nothing can be quoted). */
export function buildQuoteRequest({ config, values, addressFields, billingCurrency, discountCode, taxId }: QuoteInput): QuoteRequest | undefined {
  if (!values.country) return undefined;
  const billing = { country: values.country as CountryCode } as BillingAddress;
  for (const field of PRICED_FIELDS) {
    // The postal code in the ASCII digits the payment sends it in.
    const value = addressFields.includes(field) ? clean(field === 'zipcode' ? asciiDigits(values[field]) : values[field]) : '';
    if (value) billing[field] = value;
  }
  const request = {
    product_cart: config.cart.map(({ product_id, quantity, amount }) => (amount === undefined ? { product_id, quantity } : { product_id, quantity, amount })),
    billing,
    payment_link: true,
  } as QuoteRequest;
  if (billingCurrency) request.billing_currency = billingCurrency;
  if (clean(discountCode)) request.discount_code = clean(discountCode);
  if (config.collectTaxId && clean(taxId)) request.tax_id = clean(taxId);
  return request;
}
