/**
 * The live quote the proxy's quote route answers (`createQuoteHandler`, from Dodo's
 * `checkoutSessions.preview`) and the element renders: what Dodo will charge for a cart, billing
 * address, currency, discount code and tax ID. Amounts are integers in the minor units of
 * `currency` (ISO 4217: cents, yen, fils). Loose objects, so a newer proxy may add fields. The
 * proxy checks its answers with these schemas; the browser with the plain check of quote-checks.ts.
 */
import * as z from 'zod/mini';
import { DISCOUNT_REFUSAL_REASONS } from './quote-checks.js';
import { CountryCodeSchema, CurrencySchema } from './schemas.js';

export { DISCOUNT_REFUSAL_REASONS };

const amount = z.int().check(z.minimum(0), z.maximum(2_147_483_647));
/** A tax rate in percent (21 = 21 %, 25.5 = 25.5 %). */
const percent = z.number().check(z.minimum(0), z.maximum(100));

export const QuoteLineSchema = z.looseObject({
  product_id: z.string(),
  /** Dodo's product name; `null` when the product has none. */
  name: z.nullable(z.string()),
  quantity: amount,
  /** Price of one unit in the quote currency, before discount. */
  unit_amount: amount,
  /** The line before discount; the lines add up to `subtotal`. */
  amount,
  /** Price of one unit as the product is set up at Dodo, in `original_currency`. */
  original_unit_amount: amount,
  original_currency: CurrencySchema,
  /** Tax rate of this line in percent; 0 when untaxed (or reverse charged). */
  tax_rate: percent,
  /** Whether the line's price includes its tax (else the tax is added). */
  tax_inclusive: z.boolean(),
});

export const QuoteTaxSchema = z.looseObject({
  /** Total tax, included or added. */
  amount,
  /** The rate in percent when every taxed line has the same one, else `null` (also when there is no tax). */
  rate: z.nullable(percent),
  /** `true`: the tax is part of the prices ("incl. VAT"); `false`: it is added to the subtotal. */
  included: z.boolean(),
});

export const DiscountVerdictSchema = z.union([
  z.looseObject({
    status: z.literal('applied'),
    code: z.string(),
    /** What the code takes off (equal to the quote's `discount`). */
    amount,
  }),
  z.looseObject({
    status: z.literal('refused'),
    code: z.string(),
    reason: z.enum(DISCOUNT_REFUSAL_REASONS),
    /** An English sentence a shopper can read (no `field:` prefix). */
    message: z.string(),
  }),
]);

export const TaxIdVerdictSchema = z.union([
  z.looseObject({
    status: z.literal('valid'),
    tax_id: z.string(),
    /** The notation it matched, e.g. "VAT Number", "GSTIN", "ABN". */
    format_name: z.nullable(z.string()),
    /** The business it is registered to (official registries of the EU, GB and AU), when known. */
    business_name: z.nullable(z.string()),
  }),
  z.looseObject({
    status: z.literal('invalid'),
    tax_id: z.string(),
    /** Why, in a sentence a shopper can read. */
    message: z.string(),
  }),
]);

export const QuoteSchema = z.looseObject({
  /** The currency Dodo will charge in (adaptive pricing may make it the shopper's own). */
  currency: CurrencySchema,
  billing_country: CountryCodeSchema,
  lines: z.array(QuoteLineSchema),
  /** Sum of the lines, before discount. */
  subtotal: amount,
  discount: amount,
  tax: QuoteTaxSchema,
  /** What the payment will charge: subtotal − discount, plus the tax when it is added. */
  total: amount,
  /** The verdict on the request's `discount_code`; `null` when none was sent. */
  discount_code: z.nullable(DiscountVerdictSchema),
  /** The verdict on the request's `tax_id`; `null` when none was sent. */
  tax_id: z.nullable(TaxIdVerdictSchema),
});

export type Quote = z.infer<typeof QuoteSchema>;
export type QuoteLine = z.infer<typeof QuoteLineSchema>;
export type QuoteTax = z.infer<typeof QuoteTaxSchema>;
export type DiscountVerdict = z.infer<typeof DiscountVerdictSchema>;
export type TaxIdVerdict = z.infer<typeof TaxIdVerdictSchema>;
export type DiscountRefusalReason = (typeof DISCOUNT_REFUSAL_REASONS)[number];
