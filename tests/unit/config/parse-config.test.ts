/** The configuration parser on the inputs merchants actually write. */
import { describe, expect, it } from 'vitest';
import { parseCheckoutConfig } from '../../../src/config/parse-config.js';

const BASE = 'https://shop.example/checkout';
const minimal = { endpoint: '/api/payments', cart: '[{"product_id":"pdt_a","quantity":1}]' };

describe('allowed payment method types', () => {
  it.each([
    ['an empty array property', []],
    ['an empty attribute', ''],
    ['an attribute of separators only', ' , '],
  ])('treats %s as no list, so every method the country and currency allow is offered', (_, value) => {
    const result = parseCheckoutConfig({ ...minimal, allowedPaymentMethodTypes: value }, BASE);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && 'allowedPaymentMethodTypes' in result.config).toBe(false);
  });

  it('keeps a given list, without duplicates', () => {
    const result = parseCheckoutConfig({ ...minimal, allowedPaymentMethodTypes: ['credit', 'debit', 'credit'] }, BASE);
    expect(result.ok && result.config.allowedPaymentMethodTypes).toEqual(['credit', 'debit']);
  });

  it('still refuses an unknown method type', () => {
    const result = parseCheckoutConfig({ ...minimal, allowedPaymentMethodTypes: 'credit bitcoin' }, BASE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join(' ')).toMatch(/allowed-payment-method-types/);
  });
});
