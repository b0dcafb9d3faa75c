/**
 * The stand-in's `POST /checkouts/preview`: validates the body as the SDK's
 * `CheckoutSessionPreviewParams` (the fields a one-time cart uses; others are accepted and
 * ignored) and answers the SDK's `CheckoutSessionPreviewResponse`, priced by `priceOrder`.
 */
import type { CheckoutSessionPreviewResponse } from 'dodopayments/resources/checkout-sessions';
import * as z from 'zod/mini';
import { CountryCodeSchema, CurrencySchema } from '../../api/schemas.js';
import { describeValidationIssues } from '../describe-validation-issue.js';
import { PricingError, priceOrder, type PricingCatalogue, type PricingSettings } from './pricing.js';

const INT32_MAX = 2_147_483_647;
const optionalText = (max: number) => z.optional(z.nullable(z.string().check(z.maxLength(max))));

export const PreviewRequestSchema = z.looseObject({
  product_cart: z
    .array(
      z.looseObject({
        product_id: z.string().check(z.minLength(1), z.maxLength(256)),
        quantity: z.int().check(z.minimum(0), z.maximum(INT32_MAX)),
        amount: z.optional(z.nullable(z.int().check(z.minimum(0), z.maximum(INT32_MAX)))),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  billing_address: z.looseObject({
    country: CountryCodeSchema,
    city: optionalText(256),
    state: optionalText(256),
    street: optionalText(512),
    zipcode: optionalText(64),
  }),
  billing_currency: z.optional(z.nullable(CurrencySchema)),
  discount_code: optionalText(128),
  discount_codes: z.optional(z.nullable(z.array(z.string().check(z.maxLength(128))).check(z.maxLength(20)))),
  tax_id: optionalText(64),
  customer_business_name: optionalText(256),
});

export interface PreviewAnswer {
  status: number;
  body: CheckoutSessionPreviewResponse | { code: string; message: string };
}

export function previewCheckout(input: unknown, catalogue: PricingCatalogue, settings: PricingSettings): PreviewAnswer {
  const parsed = PreviewRequestSchema.safeParse(input);
  if (!parsed.success) return { status: 422, body: { code: 'INVALID_REQUEST_PARAMETERS', message: describeValidationIssues(parsed.error.issues) } };
  const request = parsed.data;
  const codes = (request.discount_codes ?? []).map((code) => code.trim()).filter(Boolean);
  if (request.discount_code && codes.length > 0) {
    return { status: 422, body: { code: 'INVALID_REQUEST_PARAMETERS', message: 'discount_codes cannot be used together with discount_code.' } };
  }
  if (codes.length > 1) {
    return { status: 422, body: { code: 'INVALID_REQUEST_PARAMETERS', message: 'discount_codes: the stand-in applies one code per checkout.' } };
  }
  try {
    const order = priceOrder(
      {
        product_cart: request.product_cart,
        country: request.billing_address.country,
        billing_currency: request.billing_currency ?? null,
        discount_code: codes[0] ?? request.discount_code ?? null,
        tax_id: request.tax_id ?? null,
      },
      catalogue,
      settings,
    );
    const taxId = order.tax_id;
    const body: CheckoutSessionPreviewResponse = {
      billing_country: order.country as CheckoutSessionPreviewResponse['billing_country'],
      currency: order.currency as CheckoutSessionPreviewResponse['currency'],
      current_breakup: { subtotal: order.subtotal, discount: order.discount, tax: order.tax, total_amount: order.total },
      is_byop: false,
      payment_method_required: true,
      product_cart: order.lines.map((line) => ({
        product_id: line.product_id,
        name: line.name,
        quantity: line.quantity,
        currency: order.currency as CheckoutSessionPreviewResponse['currency'],
        og_currency: line.og_currency,
        og_price: line.og_price,
        // Per unit, after the line's share of the discount (rounded; the breakup is exact).
        discounted_price: line.quantity > 0 ? Math.round((line.amount - line.discount) / line.quantity) : line.unit_price,
        discount_amount: order.discount_percentage,
        tax: line.tax,
        // Percent, as the checkout page shows it.
        tax_rate: line.tax_rate / 100,
        tax_inclusive: line.tax_inclusive,
        tax_category: 'digital_products',
        is_subscription: false,
        is_usage_based: false,
        meters: [],
        credit_entitlements: [],
      })),
      // The cart's price before discount and tax; what is charged is `current_breakup.total_amount`.
      total_price: order.subtotal,
      total_tax: order.tax,
      recurring_breakup: null,
      tax_id_err_msg: taxId && !taxId.valid ? taxId.message : null,
      tax_id_format_name: taxId?.valid ? taxId.formatName : null,
      tax_id_business_name: taxId?.valid ? taxId.businessName : null,
    };
    return { status: 200, body };
  } catch (error) {
    if (!(error instanceof PricingError)) throw error;
    return { status: error.status, body: { code: error.code, message: error.message } };
  }
}
