import { describe, expect, it } from 'vitest';
import { displayCurrency, parseCheckoutConfig } from '../../../src/config/parse-config.js';

const parse = (inputs: Record<string, unknown>) => {
  const result = parseCheckoutConfig({ endpoint: '/api/payments', cart: [{ product_id: 'pdt_1', quantity: 1 }], ...inputs }, 'https://shop.example/');
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.config;
};

describe('which currency amounts are shown in', () => {
  it('prices use `currency`, else the billing currency', () => {
    expect(displayCurrency(parse({ currency: 'EUR' }))).toBe('EUR');
    expect(displayCurrency(parse({ billingCurrency: 'SEK' }))).toBe('SEK');
    expect(displayCurrency(parse({ currency: 'EUR', billingCurrency: 'SEK' }))).toBe('EUR');
    expect(displayCurrency(parse({}))).toBeUndefined();
  });
});
