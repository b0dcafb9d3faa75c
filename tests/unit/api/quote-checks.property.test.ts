/**
 * The browser's plain check of the quote route's answer (src/api/quote-checks.ts) against the zod
 * schema the proxy checks its answers with (src/api/quote.ts): on answers built from hostile text,
 * edge numbers and values of any type, the check accepts exactly what the schema accepts, and
 * what it accepts is the answer as sent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, CURRENCY_CODES } from '../../../src/api/enums.js';
import { DISCOUNT_REFUSAL_REASONS, QuoteSchema } from '../../../src/api/quote.js';
import { asQuote } from '../../../src/api/quote-checks.js';
import { anyInput, edgeNumber, hostileString } from '../hostile-text.js';

const RUNS = { numRuns: 2000 };
function quiet<T>(details: fc.RunDetails<T>): void {
  if (details.failed) throw new Error(`property failed (seed ${details.seed}, path ${details.counterexamplePath}): ${String(details.errorInstance).slice(0, 400)}`);
}

/** Mostly a value of the right kind; now and then anything at all. */
const or = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 60, arbitrary }, { weight: 1, arbitrary: anyInput });
const orNull = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });
/** Amounts near the limits: 0, the int32 edge, fractions, negatives, NaN and infinities. */
const amount = fc.oneof({ weight: 60, arbitrary: fc.integer({ min: 0, max: 100_000 }) }, { weight: 1, arbitrary: fc.constantFrom(-0, 2_147_483_647, 2_147_483_648, -1, 0.5) }, { weight: 1, arbitrary: edgeNumber });
const percent = fc.oneof({ weight: 60, arbitrary: fc.constantFrom(0, 7.25, 19, 21, 25.5, 100) }, { weight: 1, arbitrary: fc.constantFrom(100.01, -0.1, Number.NaN, Infinity, 50n) }, { weight: 1, arbitrary: edgeNumber });
const word = fc.oneof({ weight: 20, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: hostileString });
const currency = fc.oneof({ weight: 40, arbitrary: fc.constantFrom(...CURRENCY_CODES) }, { weight: 1, arbitrary: fc.constantFrom('usd', 'XXX', '') });
const country = fc.oneof({ weight: 40, arbitrary: fc.constantFrom(...COUNTRY_CODES) }, { weight: 1, arbitrary: fc.constantFrom('nl', 'XX', '') });
const extra = { extra: anyInput };
const all = <T extends object>(shape: T, optional: (keyof T)[] = []) =>
  fc.record(shape, { requiredKeys: (Object.keys(shape) as (keyof T)[]).filter((key) => key !== 'extra' && !optional.includes(key)) as never });

const line = all({ product_id: or(word), name: or(orNull(word)), quantity: or(amount), unit_amount: or(amount), amount: or(amount), original_unit_amount: or(amount), original_currency: or(currency), tax_rate: or(percent), tax_inclusive: or(fc.boolean()), ...extra });
const tax = all({ amount: or(amount), rate: or(orNull(percent)), included: or(fc.boolean()), ...extra });
const status = (...statuses: string[]) => fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...statuses) }, { weight: 1, arbitrary: fc.constantFrom('APPLIED', 'other', '') });
const discountVerdict = fc.oneof(
  all({ status: status('applied', 'refused'), code: or(word), amount: or(amount), ...extra }),
  all({ status: status('refused', 'applied'), code: or(word), reason: or(fc.constantFrom(...DISCOUNT_REFUSAL_REASONS, 'DISCOUNT_LOST')), message: or(word), ...extra }),
);
const taxIdVerdict = fc.oneof(
  all({ status: status('valid', 'invalid'), tax_id: or(word), format_name: or(orNull(word)), business_name: or(orNull(word)), ...extra }),
  all({ status: status('invalid', 'valid'), tax_id: or(word), message: or(word), ...extra }),
);
const quote = all({
  currency: or(currency),
  billing_country: or(country),
  lines: or(fc.array(or(line), { maxLength: 2 })),
  subtotal: or(amount),
  discount: or(amount),
  tax: or(tax),
  total: or(amount),
  discount_code: or(orNull(discountVerdict)),
  tax_id: or(orNull(taxIdVerdict)),
  ...extra,
}, ['discount_code']);

describe('the plain quote check, held to the zod schema', () => {
  it('accepts exactly the answers QuoteSchema accepts, and hands them on as sent', () => {
    let accepted = 0;
    fc.assert(
      fc.property(or(quote), (body) => {
        const parsed = QuoteSchema.safeParse(body);
        const checked = asQuote(body);
        expect(checked !== undefined).toBe(parsed.success);
        if (parsed.success) {
          accepted += 1;
          expect(checked).toBe(body);
          expect(parsed.data).toEqual(body);
        }
      }),
      { ...RUNS, reporter: quiet },
    );
    // Both kinds of case were met, so the comparison was not one-sided.
    expect(accepted).toBeGreaterThan(RUNS.numRuns / 20);
    expect(accepted).toBeLessThan(RUNS.numRuns * 0.9);
  });
});
