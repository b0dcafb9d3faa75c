/**
 * Property: whatever arrives at the quote route, it never throws and never answers 5xx — a 200
 * that parses as a `Quote` whose lines add up and whose total follows from its parts, or a 4xx
 * `{code, message}`.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuoteSchema } from '../../src/api/quote.js';
import { createQuoteHandler, type CheckoutHandler } from '../../src/server/index.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { STAND_IN_PRODUCTS } from '../../src/server/stand-in/stand-in-catalogue.js';
import { API_KEY } from './support.js';

let standIn: DodoApiStandIn;
let handler: CheckoutHandler;
beforeAll(async () => {
  standIn = await startDodoApiStandIn({ apiKey: API_KEY, adaptivePricing: true });
  handler = createQuoteHandler({ apiKey: API_KEY, baseURL: standIn.url, quoteMaxRetries: 0, logger: null, quoteRateLimit: false, quoteCache: null });
});
afterAll(() => standIn.close());

let quoted = 0;

async function expectWellFormed(body: string): Promise<void> {
  const response = await handler(new Request('http://shop.test/api/quote', { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
  const text = await response.text();
  if (response.status === 200) {
    const quote = QuoteSchema.parse(JSON.parse(text));
    expect(quote.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(quote.subtotal);
    expect(quote.total).toBe(quote.subtotal - quote.discount + (quote.tax.included ? 0 : quote.tax.amount));
    quoted += 1;
    return;
  }
  expect(response.status, text).toBeGreaterThanOrEqual(400);
  expect(response.status, text).toBeLessThan(500);
  expect(Object.keys(JSON.parse(text)).sort()).toEqual(['code', 'message']);
}

const productId = fc.oneof(
  { arbitrary: fc.constantFrom(...STAND_IN_PRODUCTS.filter((product) => !product.pay_what_you_want).map((product) => product.product_id)), weight: 6 },
  { arbitrary: fc.constantFrom(...STAND_IN_PRODUCTS.map((product) => product.product_id)), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
);
const nearlyValid = fc.record(
  {
    product_cart: fc.array(fc.record({ product_id: productId, quantity: fc.integer({ min: -1, max: 6 }), amount: fc.option(fc.integer({ min: -10, max: 9000 }), { freq: 3 }) }, { requiredKeys: ['product_id', 'quantity'] }), { minLength: 1, maxLength: 4 }),
    customer: fc.option(fc.record({ email: fc.string({ unit: 'grapheme', maxLength: 20 }), name: fc.string({ unit: 'grapheme', maxLength: 20 }) })),
    billing: fc.record({ country: fc.constantFrom('NL', 'SE', 'US', 'JP', 'KW', 'AU', 'IN', 'GB', 'XX', ''), zipcode: fc.string({ unit: 'grapheme', maxLength: 10 }) }, { requiredKeys: ['country'] }),
    discount_code: fc.option(fc.constantFrom('WELCOME10', 'EXPIRED', 'SAVE5', 'nope', ' ', '')),
    billing_currency: fc.option(fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'XOF', 'ZZZ')),
    tax_id: fc.option(fc.constantFrom('NL123456789B01', 'GB123456789', '51824753556', '27AAPFU0939F1ZV', 'NL000000000B00', 'garbage', '')),
    customer_business_name: fc.option(fc.string({ unit: 'grapheme', maxLength: 30 })),
  },
  { requiredKeys: [] },
);

describe('quote route robustness', () => {
  it('arbitrary JSON values never make it throw or answer 5xx', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => expectWellFormed(JSON.stringify(value))), { numRuns: 100 });
  });

  it('nearly valid requests are quoted consistently or refused with a 4xx', async () => {
    quoted = 0;
    await fc.assert(fc.asyncProperty(nearlyValid, async (body) => expectWellFormed(JSON.stringify(body))), { numRuns: 250 });
    // The generator must reach the quoting itself, not only the refusals.
    expect(quoted).toBeGreaterThan(10);
  });
});
