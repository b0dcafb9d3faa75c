/**
 * The quote route's pure parts: the request it accepts (the element's create body, with the
 * customer optional and unused), the `checkoutSessions.preview` parameters made from it, the
 * compact `Quote` made from Dodo's preview, and the discount refusals read from Dodo's errors.
 */
import type { CheckoutSessionPreviewParams, CheckoutSessionPreviewResponse } from 'dodopayments/resources/checkout-sessions';
import * as z from 'zod/mini';
import type { DiscountRefusalReason, DiscountVerdict, Quote, QuoteLine, TaxIdVerdict } from '../api/quote.js';
import { CreatePaymentRequestSchema, type CreatePaymentRequest } from '../api/schemas.js';
import { allocateProportionally } from './allocate-proportionally.js';
import type { MappedError } from './upstream-error.js';

/**
 * The element posts the same body for a quote as for the payment, so one body serves both;
 * before the shopper has typed a name and email the customer may be missing or incomplete, and
 * a quote never needs it.
 */
export const QuoteRequestSchema = z.extend(CreatePaymentRequestSchema, { customer: z.optional(z.unknown()) });
export type QuoteRequest = z.infer<typeof QuoteRequestSchema>;

/** What the price depends on, after the merchant's policy: the cache key is made of these. */
export interface QuoteInput {
  cart: CreatePaymentRequest['product_cart'];
  billingCurrency: CreatePaymentRequest['billing_currency'];
}

const present = (text: string | null | undefined): string | undefined => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * The preview parameters: cart, billing address (without the street, which no tax depends on,
 * so more quotes share a cache entry), currency, the one discount code, tax ID and business name.
 */
export function toPreviewParams(request: QuoteRequest, input: QuoteInput): CheckoutSessionPreviewParams {
  const { country, state, city, zipcode } = request.billing;
  const discountCode = present(request.discount_code);
  const taxId = present(request.tax_id);
  const businessName = taxId ? present(request.customer_business_name) : undefined;
  const address: CheckoutSessionPreviewParams['billing_address'] = { country };
  if (present(state)) address.state = present(state)!;
  if (present(city)) address.city = present(city)!;
  if (present(zipcode)) address.zipcode = present(zipcode)!;
  return {
    product_cart: input.cart.map(({ product_id, quantity, amount }) => (amount != null ? { product_id, quantity, amount } : { product_id, quantity })),
    billing_address: address,
    ...(input.billingCurrency ? { billing_currency: input.billingCurrency } : {}),
    ...(discountCode ? { discount_codes: [discountCode] } : {}),
    ...(taxId ? { tax_id: taxId } : {}),
    ...(businessName ? { customer_business_name: businessName } : {}),
  };
}

/** Removes an API-style `field: ` prefix ("discount_code: …", "tax_id: …") from a message. */
export function withoutFieldPrefix(message: string): string {
  const text = message.replace(/^[\w.[\]]+:\s+/, '').trim();
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** The English sentence for each refusal; the element shows its own translation by `reason`. */
export const DISCOUNT_REFUSAL_MESSAGES: Readonly<Record<DiscountRefusalReason, string>> = {
  DISCOUNT_UNKNOWN: 'This discount code does not exist.',
  DISCOUNT_EXPIRED: 'This discount code has expired.',
  DISCOUNT_NOT_YET_ACTIVE: 'This discount code is not active yet.',
  DISCOUNT_USAGE_LIMIT_REACHED: 'This discount code has been used up.',
  DISCOUNT_NOT_APPLICABLE: 'This discount code does not apply to your order.',
};

/**
 * Whether Dodo refused the preview because of the discount code, and why. Dodo's error codes
 * are not documented, so its code and message are read together; anything about the code that
 * matches no known reason is "does not apply".
 */
export function discountRefusalOf(error: MappedError): DiscountRefusalReason | null {
  if (error.status < 400 || error.status >= 500 || error.status === 429) return null;
  const text = `${error.upstreamCode ?? ''} ${error.code} ${error.message}`;
  if (!/discount|coupon|promo/i.test(text)) return null;
  if (/expired?/i.test(text)) return 'DISCOUNT_EXPIRED';
  if (/not (?:yet )?(?:active|started|valid yet)|starts? at/i.test(text)) return 'DISCOUNT_NOT_YET_ACTIVE';
  if (/limit|used up|exhausted|redeemed/i.test(text)) return 'DISCOUNT_USAGE_LIMIT_REACHED';
  if (/not (?:exist|found)|does ?n[o']t exist|unknown|invalid|no such/i.test(text)) return 'DISCOUNT_UNKNOWN';
  return 'DISCOUNT_NOT_APPLICABLE';
}

export function refusedDiscount(code: string, reason: DiscountRefusalReason): DiscountVerdict {
  return { status: 'refused', code, reason, message: DISCOUNT_REFUSAL_MESSAGES[reason] };
}

/** Dodo's `tax_rate` in percent; a fraction (0.21) is read as 21 %. */
function percentOf(rate: number | null | undefined): number {
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0) return 0;
  const percent = rate < 1 ? rate * 100 : rate;
  return Math.min(100, Math.round(percent * 1000) / 1000);
}

/**
 * The compact quote. Line amounts in the quote currency come from the breakup's subtotal, split
 * over the lines in proportion to their original prices (Dodo converts the whole cart at one
 * rate), so the lines always add up to `subtotal`.
 */
export function toQuote(
  preview: CheckoutSessionPreviewResponse,
  params: CheckoutSessionPreviewParams,
  refusal: DiscountVerdict | null,
): Quote {
  const breakup = preview.current_breakup;
  const weights = preview.product_cart.map((line) => line.og_price * line.quantity);
  const sameCurrency = preview.product_cart.every((line) => line.og_currency === preview.currency);
  const exact = sameCurrency && weights.reduce((a, b) => a + b, 0) === breakup.subtotal;
  const amounts = exact ? weights : allocateProportionally(breakup.subtotal, weights);
  const ratio = exact ? 1 : breakup.subtotal / Math.max(1, weights.reduce((a, b) => a + b, 0));
  const lines: QuoteLine[] = preview.product_cart.map((line, index) => ({
    product_id: line.product_id,
    name: line.name ?? null,
    quantity: line.quantity,
    unit_amount: exact ? line.og_price : Math.round(line.og_price * ratio),
    amount: amounts[index]!,
    original_unit_amount: line.og_price,
    original_currency: line.og_currency,
    tax_rate: percentOf(line.tax_rate),
    tax_inclusive: line.tax_inclusive,
  }));

  const taxed = lines.filter((line) => line.tax_rate > 0);
  const rates = new Set(taxed.map((line) => line.tax_rate));
  const taxAmount = breakup.tax ?? preview.total_tax ?? preview.product_cart.reduce((sum, line) => sum + (line.tax ?? 0), 0);

  const code = params.discount_codes?.[0];
  let discountVerdict: DiscountVerdict | null = refusal;
  if (!discountVerdict && code) {
    discountVerdict = breakup.discount > 0 ? { status: 'applied', code, amount: breakup.discount } : refusedDiscount(code, 'DISCOUNT_NOT_APPLICABLE');
  }

  let taxIdVerdict: TaxIdVerdict | null = null;
  if (params.tax_id) {
    taxIdVerdict = preview.tax_id_err_msg
      ? { status: 'invalid', tax_id: params.tax_id, message: withoutFieldPrefix(preview.tax_id_err_msg) }
      : { status: 'valid', tax_id: params.tax_id, format_name: preview.tax_id_format_name ?? null, business_name: preview.tax_id_business_name ?? null };
  }

  return {
    currency: preview.currency,
    billing_country: preview.billing_country,
    lines,
    subtotal: breakup.subtotal,
    discount: breakup.discount,
    tax: {
      amount: taxAmount,
      rate: taxAmount > 0 && rates.size === 1 ? [...rates][0]! : null,
      included: taxed.length > 0 && taxed.every((line) => line.tax_inclusive),
    },
    total: breakup.total_amount,
    discount_code: discountVerdict,
    tax_id: taxIdVerdict,
  };
}
