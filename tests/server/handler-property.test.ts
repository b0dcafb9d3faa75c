/**
 * Property: whatever JSON (or unicode text) arrives, the proxy never throws and never answers
 * 5xx — it is a 200 with a payment or a 4xx `{code, message}`.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckoutHandler, type CheckoutHandler } from '../../src/server/index.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { STAND_IN_PRODUCTS } from '../../src/server/stand-in/stand-in-catalogue.js';
import { API_KEY } from './support.js';

let standIn: DodoApiStandIn;
let handler: CheckoutHandler;
beforeAll(async () => {
  standIn = await startDodoApiStandIn({ apiKey: API_KEY });
  handler = createCheckoutHandler({ apiKey: API_KEY, baseURL: standIn.url, maxRetries: 0, logger: null, allowClientCustomerId: true });
});
afterAll(() => standIn.close());

async function expectWellFormed(body: string, idempotencyKey?: string): Promise<void> {
  const response = await handler(
    new Request('http://shop.test/api/payments', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
      body,
    }),
  );
  const text = await response.text();
  if (response.status === 200) {
    expect(JSON.parse(text).payment_id).toMatch(/^pay_/);
    return;
  }
  expect(response.status, text).toBeGreaterThanOrEqual(400);
  expect(response.status, text).toBeLessThan(500);
  const error = JSON.parse(text);
  expect(Object.keys(error).sort()).toEqual(['code', 'message']);
  expect(typeof error.code).toBe('string');
  expect(typeof error.message).toBe('string');
}

const productId = fc.oneof(fc.constantFrom(...STAND_IN_PRODUCTS.map((product) => product.product_id)), fc.string({ unit: 'grapheme', maxLength: 20 }));
const nearlyValid = fc.record(
  {
    product_cart: fc.array(fc.record({ product_id: productId, quantity: fc.integer({ min: -2, max: 5 }), amount: fc.option(fc.integer({ min: -10, max: 5000 })) }, { requiredKeys: ['product_id', 'quantity'] }), { maxLength: 3 }),
    customer: fc.oneof(
      fc.record({ email: fc.oneof(fc.emailAddress(), fc.string({ unit: 'grapheme' })), name: fc.string({ unit: 'grapheme', maxLength: 40 }) }),
      fc.record({ customer_id: fc.string({ unit: 'grapheme', maxLength: 20 }) }),
    ),
    billing: fc.record({ country: fc.constantFrom('SE', 'US', 'JP', 'XX', ''), city: fc.string({ unit: 'grapheme', maxLength: 30 }) }, { requiredKeys: ['country'] }),
    discount_code: fc.option(fc.constantFrom('WELCOME10', 'EXPIRED', 'SAVE5', 'nope', '')),
    billing_currency: fc.option(fc.constantFrom('USD', 'JPY', 'KWD', 'XOF', 'ZZZ')),
    metadata: fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 10 }), fc.string({ unit: 'grapheme', maxLength: 20 }), { maxKeys: 3 }),
    return_url: fc.option(fc.oneof(fc.webUrl(), fc.string({ unit: 'grapheme' }))),
  },
  { requiredKeys: [] },
);

describe('handler robustness', () => {
  it('arbitrary JSON values never make it throw or answer 5xx', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => expectWellFormed(JSON.stringify(value))), { numRuns: 150 });
  });

  it('arbitrary unicode text never makes it throw or answer 5xx', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => expectWellFormed(text)), { numRuns: 150 });
  });

  it('nearly valid requests are either created or refused with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(nearlyValid, fc.option(fc.string({ unit: fc.constantFrom(...'abcXYZ019-_'.split('')), minLength: 1, maxLength: 12 })), async (body, key) =>
        expectWellFormed(JSON.stringify(body), key ?? undefined),
      ),
      { numRuns: 200 },
    );
  });
});
