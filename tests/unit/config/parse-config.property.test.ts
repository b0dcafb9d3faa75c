/**
 * Properties of the configuration parser under hostile input: whatever a page sets as attributes
 * or properties, parsing returns a configuration or readable problems and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkCart, parseCheckoutConfig, type CheckoutInputs } from '../../../src/config/parse-config.js';
import { anyInput, edgeNumber, hostileString } from '../hostile-text.js';

const INT32_MAX = 2_147_483_647;
const BASE = 'https://shop.example/checkout';
const RUNS = { numRuns: 300 };

/** The cart as a zod schema: the parser's plain checks must accept exactly what it accepts. */
const money = z.int().check(z.minimum(0), z.maximum(2_147_483_647));
const CartSchema = z.array(
  z.object({
    product_id: z.string().check(z.minLength(1), z.maxLength(256)),
    quantity: z.int().check(z.minimum(1), z.maximum(2_147_483_647)),
    amount: z.optional(money),
    name: z.optional(z.string().check(z.maxLength(512))),
    price: z.optional(money),
    image: z.optional(z.string().check(z.maxLength(2048))),
  }),
).check(z.minLength(1), z.maxLength(100));

const INPUT_KEYS = [
  'endpoint', 'cart', 'currency', 'billingCurrency', 'allowedPaymentMethodTypes', 'customerId', 'customer', 'country',
  'discountCode', 'returnUrl', 'paymentMethodId', 'metadata', 'timeout',
] as const;
const FLAG_KEYS = ['redirectImmediately', 'shortLink', 'force3ds', 'showSavedPaymentMethods', 'collectPhone', 'collectTaxId'] as const;

const anyInputs: fc.Arbitrary<CheckoutInputs> = fc.record(
  {
    ...Object.fromEntries(INPUT_KEYS.map((key) => [key, anyInput])),
    ...Object.fromEntries(FLAG_KEYS.map((key) => [key, fc.boolean()])),
  } as Record<keyof CheckoutInputs, fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
) as fc.Arbitrary<CheckoutInputs>;

function expectWellFormed(result: ReturnType<typeof parseCheckoutConfig>): void {
  if (result.ok) {
    expect(CartSchema.safeParse(result.config.cart).success).toBe(true);
    expect(new URL(result.config.endpoint).protocol).toMatch(/^https?:$/);
    expect(result.config.timeout).toBeGreaterThanOrEqual(1);
    expect(result.config.timeout).toBeLessThanOrEqual(600_000);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(typeof problem).toBe('string');
      expect(problem.trim()).not.toBe('');
    }
  }
}

const isValidCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= INT32_MAX;
const isValidMoney = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= INT32_MAX;

describe('parseCheckoutConfig under hostile input', () => {
  it('never throws, whatever the attributes and properties hold', () => {
    fc.assert(
      fc.property(anyInputs, (inputs) => {
        expectWellFormed(parseCheckoutConfig(inputs, BASE));
      }),
      RUNS,
    );
  });

  it('never throws on values that cannot be turned into text or numbers', () => {
    const unprintable = [Object.create(null), { toString: () => ({}) }, { valueOf: () => { throw new Error('valueOf'); } }, Symbol('x'), 10n];
    for (const value of unprintable) {
      for (const key of INPUT_KEYS) {
        const result = parseCheckoutConfig({ endpoint: '/api/payments', cart: '[{"product_id":"p","quantity":1}]', [key]: value }, BASE);
        expectWellFormed(result);
      }
    }
  });

  it('accepts a cart item exactly when quantity, amount and price are int32 values in range', () => {
    const item = fc.record(
      {
        product_id: fc.oneof(hostileString, fc.constant('pdt_a')),
        quantity: edgeNumber,
        amount: edgeNumber,
        price: edgeNumber,
        name: hostileString,
      },
      { requiredKeys: ['product_id', 'quantity'] },
    );
    fc.assert(
      fc.property(item, fc.boolean(), (cartItem, asAttribute) => {
        // An attribute holds JSON text, where NaN becomes null and -0 becomes 0.
        const seen = asAttribute ? (JSON.parse(JSON.stringify(cartItem)) as typeof cartItem) : cartItem;
        const result = parseCheckoutConfig({ endpoint: '/api/payments', cart: asAttribute ? JSON.stringify([cartItem]) : [cartItem] }, BASE);
        expectWellFormed(result);
        const expected =
          seen.product_id.length >= 1 && seen.product_id.length <= 256 && isValidCount(seen.quantity) &&
          (!('amount' in seen) || isValidMoney(seen.amount)) && (!('price' in seen) || isValidMoney(seen.price)) &&
          (!('name' in seen) || (seen.name as string).length <= 512);
        expect(result.ok).toBe(expected);
        if (!result.ok && seen.product_id.length >= 1 && seen.product_id.length <= 256 && !isValidCount(seen.quantity)) {
          expect(result.problems.join(' ')).toContain('cart[0][quantity]');
        }
      }),
      RUNS,
    );
  });

  it('checks a cart exactly as the zod schema of the cart does, with the same path and the same kept fields', () => {
    const value = fc.oneof(edgeNumber, hostileString, anyInput, fc.constant(undefined));
    const item = fc.oneof(
      fc.record({ product_id: fc.oneof(hostileString, fc.constant('pdt_a')), quantity: value, amount: value, name: value, price: value, image: value, extra: value }, { requiredKeys: [] }),
      anyInput,
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(item, { maxLength: 3 }), anyInput), (cart) => {
        const ours = checkCart(cart);
        // zod throws on some objects that only look like arrays (a `length` it cannot compare): a refusal too.
        const theirs = (() => {
          try {
            return CartSchema.safeParse(cart);
          } catch {
            return { success: false as const, error: undefined };
          }
        })();
        expect('value' in ours).toBe(theirs.success);
        // Compared as they are sent: JSON writes -0 as 0.
        if ('value' in ours && theirs.success) expect(JSON.parse(JSON.stringify(ours.value))).toEqual(JSON.parse(JSON.stringify(theirs.data)));
        if ('problem' in ours && !theirs.success && theirs.error) expect(ours.problem.map(String)).toEqual(theirs.error.issues[0]!.path.map(String));
      }),
      RUNS,
    );
  });

  it('refuses negative and fractional quantities by name', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -INT32_MAX - 1, max: 0 }), fc.double({ min: -1e9, max: 1e9, noInteger: true, noNaN: true })), (quantity) => {
        const result = parseCheckoutConfig({ endpoint: '/api/payments', cart: [{ product_id: 'pdt_a', quantity }] }, BASE);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(/^cart\[0\]\[quantity\]: /)]);
      }),
      RUNS,
    );
  });

  it('takes metadata of any Unicode strings within the API limits and refuses the rest', () => {
    fc.assert(
      fc.property(fc.dictionary(hostileString, hostileString, { maxKeys: 4 }), (metadata) => {
        const result = parseCheckoutConfig({ endpoint: '/api/payments', cart: '[{"product_id":"p","quantity":1}]', metadata: JSON.stringify(metadata) }, BASE);
        expectWellFormed(result);
        const withinLimits = Object.entries(metadata).every(([key, value]) => key.length <= 256 && value.length <= 2048);
        expect(result.ok).toBe(withinLimits && !Object.hasOwn(metadata, '__proto__'));
        if (result.ok) expect(result.config.metadata).toEqual(metadata);
      }),
      RUNS,
    );
  });

  it('refuses a "__proto__" metadata key rather than dropping it', () => {
    const result = parseCheckoutConfig({ endpoint: '/api/payments', cart: '[{"product_id":"p","quantity":1}]', metadata: '{"__proto__":"x","order":"42"}' }, BASE);
    expect(result).toEqual({ ok: false, problems: ['metadata: the key "__proto__" cannot be sent.'] });
  });
});
