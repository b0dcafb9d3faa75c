/**
 * The quote route's answer (api/quote.ts), checked by plain functions with the limits of its zod
 * schema (which the proxy uses), so the live quote module carries no schema library.
 * tests/unit/api/quote-checks.property.test.ts holds the check to `QuoteSchema`: it accepts
 * exactly what the schema accepts.
 */
import { boolean, fits, here, int32AtLeastZero, list, nullable, object, oneOf, text, type Check } from './checks.js';
import { COUNTRY_CODES, CURRENCY_CODES } from './enums.js';
import type { Quote } from './quote.js';

/** Why a discount code was refused; the element localizes by this code. */
export const DISCOUNT_REFUSAL_REASONS = [
  'DISCOUNT_UNKNOWN',
  'DISCOUNT_EXPIRED',
  'DISCOUNT_NOT_YET_ACTIVE',
  'DISCOUNT_USAGE_LIMIT_REACHED',
  'DISCOUNT_NOT_APPLICABLE',
] as const;

const amount = int32AtLeastZero;
/** A finite number from 0 to 100 (NaN fails both comparisons). */
const percent: Check = (value) => (typeof value === 'number' && value >= 0 && value <= 100 ? fits : here);
const literal = (wanted: string): Check => (value) => (value === wanted ? fits : here);
/** Fits when any of `checks` does (the answers' verdicts are unions told apart by `status`). */
const either = (...checks: Check[]): Check => (value) => (checks.some((check) => !check(value)) ? fits : here);
/** Newer proxies may add fields: extra keys are kept, as the schema's loose objects keep them. */
const loose = (shape: Record<string, Check>) => object(shape, false);

const checkQuote = loose({
  currency: oneOf(CURRENCY_CODES),
  billing_country: oneOf(COUNTRY_CODES),
  lines: list(loose({
    product_id: text(),
    name: nullable(text()),
    quantity: amount,
    unit_amount: amount,
    amount,
    original_unit_amount: amount,
    original_currency: oneOf(CURRENCY_CODES),
    tax_rate: percent,
    tax_inclusive: boolean,
  })),
  subtotal: amount,
  discount: amount,
  tax: loose({ amount, rate: nullable(percent), included: boolean }),
  total: amount,
  discount_code: nullable(either(
    loose({ status: literal('applied'), code: text(), amount }),
    loose({ status: literal('refused'), code: text(), reason: oneOf(DISCOUNT_REFUSAL_REASONS), message: text() }),
  )),
  tax_id: nullable(either(
    loose({ status: literal('valid'), tax_id: text(), format_name: nullable(text()), business_name: nullable(text()) }),
    loose({ status: literal('invalid'), tax_id: text(), message: text() }),
  )),
});

/** The quote route's success body, if it has the shape of a quote. */
export function asQuote(body: unknown): Quote | undefined {
  return checkQuote(body) ? undefined : (body as Quote);
}
