/**
 * The quote route's pure mapping: request → preview parameters, Dodo's preview → `Quote`, and
 * Dodo's errors → discount refusals, on previews shaped as the SDK documents them.
 */
import type { CheckoutSessionPreviewResponse } from 'dodopayments/resources/checkout-sessions';
import { describe, expect, it } from 'vitest';
import { QuoteSchema } from '../../src/api/quote.js';
import { allocateProportionally } from '../../src/server/allocate-proportionally.js';
import { createMemoryQuoteCache } from '../../src/server/quote-cache.js';
import { discountRefusalOf, QuoteRequestSchema, toPreviewParams, toQuote, withoutFieldPrefix } from '../../src/server/quote-mapping.js';
import type { MappedError } from '../../src/server/upstream-error.js';

type Line = CheckoutSessionPreviewResponse['product_cart'][number];

function line(overrides: Partial<Line>): Line {
  return {
    product_id: 'pdt_a',
    name: 'A',
    quantity: 1,
    currency: 'EUR',
    og_currency: 'USD',
    og_price: 1000,
    discounted_price: 920,
    tax_rate: 21,
    tax_inclusive: false,
    tax: 0,
    tax_category: 'digital_products',
    is_subscription: false,
    is_usage_based: false,
    meters: [],
    credit_entitlements: [],
    ...overrides,
  };
}

function preview(overrides: Partial<CheckoutSessionPreviewResponse>): CheckoutSessionPreviewResponse {
  return {
    billing_country: 'NL',
    currency: 'EUR',
    current_breakup: { subtotal: 0, discount: 0, tax: 0, total_amount: 0 },
    is_byop: false,
    payment_method_required: true,
    product_cart: [],
    total_price: 0,
    ...overrides,
  };
}

describe('toPreviewParams', () => {
  it('sends the cart, the address without street, one trimmed code, the tax ID and its business name; nothing empty', () => {
    const request = QuoteRequestSchema.parse({
      product_cart: [{ product_id: 'pdt_a', quantity: 2, amount: 700 }],
      billing: { country: 'DE', street: 'Unter den Linden 1', city: ' Berlin ', zipcode: '10117', state: '' },
      discount_code: '  SAVE5 ',
      tax_id: 'DE123456789',
      customer_business_name: 'Beispiel GmbH',
    });
    expect(toPreviewParams(request, { cart: request.product_cart, billingCurrency: 'EUR' })).toEqual({
      product_cart: [{ product_id: 'pdt_a', quantity: 2, amount: 700 }],
      billing_address: { country: 'DE', city: 'Berlin', zipcode: '10117' },
      billing_currency: 'EUR',
      discount_codes: ['SAVE5'],
      tax_id: 'DE123456789',
      customer_business_name: 'Beispiel GmbH',
    });
    const bare = QuoteRequestSchema.parse({ product_cart: [{ product_id: 'pdt_a', quantity: 1 }], billing: { country: 'US' }, discount_code: ' ', tax_id: '', customer_business_name: 'X' });
    expect(toPreviewParams(bare, { cart: bare.product_cart, billingCurrency: null })).toEqual({ product_cart: [{ product_id: 'pdt_a', quantity: 1 }], billing_address: { country: 'US' } });
  });
});

describe('toQuote', () => {
  it('splits a converted subtotal over the lines so they add up exactly, with units in the quote currency', () => {
    const quote = toQuote(
      preview({
        current_breakup: { subtotal: 10_001, discount: 0, tax: 2100, total_amount: 12_101 },
        product_cart: [line({ product_id: 'pdt_a', og_price: 1000, quantity: 3 }), line({ product_id: 'pdt_b', og_price: 3333, quantity: 2 })],
      }),
      { product_cart: [], billing_address: { country: 'NL' } },
      null,
    );
    expect(quote.lines.map((item) => item.amount).reduce((a, b) => a + b)).toBe(10_001);
    expect(quote.lines.map((item) => item.unit_amount)).toEqual([Math.round((1000 * 10_001) / 9666), Math.round((3333 * 10_001) / 9666)]);
    expect(quote.tax).toEqual({ amount: 2100, rate: 21, included: false });
    expect(QuoteSchema.safeParse(quote).success).toBe(true);
  });

  it('reads a fractional tax_rate as a fraction, reports mixed rates as null, included only when every taxed line is', () => {
    const quote = toQuote(
      preview({
        currency: 'USD',
        current_breakup: { subtotal: 3000, discount: 0, tax: 400, total_amount: 3000 },
        product_cart: [
          line({ product_id: 'pdt_a', og_currency: 'USD', currency: 'USD', og_price: 1000, tax_rate: 0.21, tax_inclusive: true }),
          line({ product_id: 'pdt_b', og_currency: 'USD', currency: 'USD', og_price: 2000, tax_rate: 9, tax_inclusive: true }),
        ],
      }),
      { product_cart: [], billing_address: { country: 'NL' } },
      null,
    );
    expect(quote.lines.map((item) => [item.unit_amount, item.tax_rate])).toEqual([
      [1000, 21],
      [2000, 9],
    ]);
    expect(quote.tax).toEqual({ amount: 400, rate: null, included: true });
  });

  it('calls a code that takes nothing off "not applicable", and cleans the tax-ID message', () => {
    const quote = toQuote(
      preview({
        current_breakup: { subtotal: 1000, discount: 0, tax: 0, total_amount: 1000 },
        product_cart: [line({ og_currency: 'EUR', og_price: 1000 })],
        tax_id_err_msg: 'tax_id: invalid VAT number format',
      }),
      { product_cart: [], billing_address: { country: 'NL' }, discount_codes: ['MUGS20'], tax_id: 'NL1' },
      null,
    );
    expect(quote.discount_code).toEqual({ status: 'refused', code: 'MUGS20', reason: 'DISCOUNT_NOT_APPLICABLE', message: 'This discount code does not apply to your order.' });
    expect(quote.tax_id).toEqual({ status: 'invalid', tax_id: 'NL1', message: 'Invalid VAT number format' });
  });

  it('produces what the schema refuses when Dodo answers nonsense (the route then answers 502)', () => {
    const broken = toQuote(
      preview({ current_breakup: { subtotal: -5, discount: 0, total_amount: Number.NaN }, product_cart: [line({ og_price: 1000 })] }),
      { product_cart: [], billing_address: { country: 'NL' } },
      null,
    );
    expect(QuoteSchema.safeParse(broken).success).toBe(false);
  });
});

describe('discountRefusalOf', () => {
  const error = (status: number, code: string, message: string, upstreamCode?: string): MappedError => ({ status, code, message, headers: {}, ...(upstreamCode ? { upstreamCode } : {}) });
  it.each([
    [error(422, 'DISCOUNT_CODE_EXPIRED', 'discount_code: this discount code has expired.'), 'DISCOUNT_EXPIRED'],
    [error(422, 'INVALID_DISCOUNT_CODE', 'discount_code: this discount code does not exist.'), 'DISCOUNT_UNKNOWN'],
    [error(404, 'NOT_FOUND', 'Discount not found'), 'DISCOUNT_UNKNOWN'],
    [error(422, 'UPSTREAM_REJECTED', 'Discount code usage limit reached'), 'DISCOUNT_USAGE_LIMIT_REACHED'],
    [error(422, 'UPSTREAM_REJECTED', 'This discount is not active yet'), 'DISCOUNT_NOT_YET_ACTIVE'],
    [error(422, 'UPSTREAM_REJECTED', 'Discount restricted to other products'), 'DISCOUNT_NOT_APPLICABLE'],
    [error(422, 'PRODUCT_NOT_FOUND', 'product_cart[0]: product does not exist.'), null],
    [error(429, 'TOO_MANY_REQUESTS', 'discount lookups throttled'), null],
    [error(502, 'UPSTREAM_ERROR', 'The payment provider had a problem.'), null],
  ])('%j → %s', (mapped, reason) => {
    expect(discountRefusalOf(mapped)).toBe(reason);
  });

  it('strips field prefixes only', () => {
    expect(withoutFieldPrefix('discount_codes[0]: this code has expired.')).toBe('This code has expired.');
    expect(withoutFieldPrefix('Not registered: try again')).toBe('Not registered: try again');
  });
});

describe('allocateProportionally and the memory quote cache', () => {
  it('always adds up', () => {
    const cases: [number, number[]][] = [
      [100, [1, 1, 1]],
      [7, [3, 0, 5]],
      [0, [1, 2]],
      [99_999, [2208, 1380, 1]],
    ];
    for (const [total, weights] of cases) {
      const parts = allocateProportionally(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((part, index) => expect(Math.abs(part - (total * weights[index]!) / weights.reduce((a, b) => a + b, 0))).toBeLessThan(1));
    }
  });

  it('expires entries and keeps at most maxEntries, dropping the oldest', async () => {
    let clock = 0;
    const cache = createMemoryQuoteCache({ maxEntries: 2, now: () => clock });
    await cache.set('a', '1', 100);
    await cache.set('b', '2', 100);
    await cache.set('c', '3', 100);
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBe('2');
    clock = 100;
    expect(await cache.get('c')).toBeUndefined();
  });
});
