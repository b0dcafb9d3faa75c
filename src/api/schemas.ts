/**
 * Zod schemas of Dodo Payments `POST /payments` (create one-time payment), used by the proxy. The
 * element checks the same shapes with the plain functions of payment-checks.ts, so its submit path
 * carries no schema library; tests/unit/api/payment-checks.property.test.ts holds them to these
 * schemas. The shapes follow the newest API reference (only `billing.country` is required) and the
 * official SDK's `PaymentCreateParams`.
 */
import * as z from 'zod/mini';
import { COUNTRY_CODES, CURRENCY_CODES, PAYMENT_METHOD_TYPES } from './enums.js';
import { isHttpUrl } from './http-url.js';
import { EMAIL_PATTERN, ISO_DATETIME } from './patterns.js';

export { EMAIL_PATTERN, isHttpUrl };

const INT32_MAX = 2_147_483_647;

/*
 * Emails, URLs and timestamps are checked with small patterns of our own (patterns.ts) rather than
 * zod's format schemas (z.email, z.url, z.iso), so both sides check them alike.
 */

export const CountryCodeSchema = z.enum(COUNTRY_CODES);
export const CurrencySchema = z.enum(CURRENCY_CODES);
export const PaymentMethodTypeSchema = z.enum(PAYMENT_METHOD_TYPES);

const int32AtLeastZero = z.int().check(z.minimum(0), z.maximum(INT32_MAX));

export const ProductCartItemSchema = z.strictObject({
  product_id: z.string().check(z.minLength(1), z.maxLength(256)),
  quantity: int32AtLeastZero,
  amount: z.optional(z.nullable(int32AtLeastZero)),
});

export const BillingAddressSchema = z.strictObject({
  country: CountryCodeSchema,
  street: z.optional(z.string().check(z.maxLength(512))),
  city: z.optional(z.string().check(z.maxLength(256))),
  state: z.optional(z.string().check(z.maxLength(256))),
  zipcode: z.optional(z.string().check(z.maxLength(64))),
});

export const AttachExistingCustomerSchema = z.strictObject({
  customer_id: z.string().check(z.minLength(1), z.maxLength(256)),
});

export const NewCustomerSchema = z.strictObject({
  email: z.string().check(z.maxLength(254), z.regex(EMAIL_PATTERN, 'must be a valid email address')),
  name: z.string().check(z.minLength(1), z.maxLength(256)),
  phone_number: z.optional(z.nullable(z.string().check(z.maxLength(32)))),
});

export const CustomerRequestSchema = z.union([AttachExistingCustomerSchema, NewCustomerSchema]);

export const MetadataSchema = z.record(z.string().check(z.maxLength(256)), z.string().check(z.maxLength(2048)));

/** `http:`/`https:` absolute URL, as `return_url` must be. */
export const HttpUrlSchema = z.string().check(z.refine(isHttpUrl, 'must be an absolute http(s) URL'));

export const CreatePaymentRequestSchema = z.strictObject({
  product_cart: z.array(ProductCartItemSchema).check(z.minLength(1), z.maxLength(100)),
  customer: CustomerRequestSchema,
  billing: BillingAddressSchema,
  allowed_payment_method_types: z.optional(z.nullable(z.array(PaymentMethodTypeSchema).check(z.minLength(1)))),
  billing_currency: z.optional(z.nullable(CurrencySchema)),
  customer_business_name: z.optional(z.nullable(z.string().check(z.maxLength(256)))),
  discount_code: z.optional(z.nullable(z.string().check(z.maxLength(128)))),
  force_3ds: z.optional(z.nullable(z.boolean())),
  metadata: z.optional(MetadataSchema),
  payment_link: z.optional(z.nullable(z.boolean())),
  payment_method_id: z.optional(z.nullable(z.string().check(z.maxLength(256)))),
  redirect_immediately: z.optional(z.boolean()),
  return_url: z.optional(z.nullable(HttpUrlSchema)),
  short_link: z.optional(z.nullable(z.boolean())),
  show_saved_payment_methods: z.optional(z.boolean()),
  tax_id: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
});

export const CustomerLimitedDetailsSchema = z.looseObject({
  customer_id: z.string(),
  email: z.string(),
  name: z.string(),
  phone_number: z.optional(z.nullable(z.string())),
});

export const CreatePaymentResponseSchema = z.looseObject({
  payment_id: z.string().check(z.minLength(1)),
  total_amount: int32AtLeastZero,
  // The currency of total_amount: Dodo's create answer states none; dodo-checkout/server adds it (and a Checkout Session's answer has it).
  currency: z.optional(z.nullable(CurrencySchema)),
  // Absent from a payment the proxy recovered after an unknown outcome: only the create response carries it.
  client_secret: z.optional(z.string()),
  customer: CustomerLimitedDetailsSchema,
  metadata: z.record(z.string(), z.unknown()),
  discount_id: z.optional(z.nullable(z.string())),
  expires_on: z.optional(z.nullable(z.string().check(z.regex(ISO_DATETIME, 'must be an ISO 8601 date-time')))),
  payment_link: z.optional(z.nullable(z.string())),
  product_cart: z.optional(z.nullable(z.array(z.looseObject({ product_id: z.string(), quantity: z.int() })))),
});

/** The API's error body, which the proxy also uses for its own errors. */
export const ApiErrorSchema = z.looseObject({
  code: z.string(),
  message: z.string(),
});

export type ProductCartItem = z.infer<typeof ProductCartItemSchema>;
export type BillingAddress = z.infer<typeof BillingAddressSchema>;
export type CustomerRequest = z.infer<typeof CustomerRequestSchema>;
export type CreatePaymentRequest = z.infer<typeof CreatePaymentRequestSchema>;
export type CreatePaymentResponse = z.infer<typeof CreatePaymentResponseSchema>;
export type ApiError = z.infer<typeof ApiErrorSchema>;
export type { CountryCode, CurrencyCode, PaymentMethodType } from './enums.js';
