import { describe, expect, it } from 'vitest';
import { CreatePaymentRequestSchema } from '../../../src/api/schemas.js';
import { buildPaymentRequest } from '../../../src/checkout/build-payment-request.js';
import { EMPTY_FORM_VALUES, type FormValues as CheckoutFormValues } from '../../../src/form/form-model.js';
import { parseCheckoutConfig, type CheckoutConfig, type CheckoutInputs } from '../../../src/config/parse-config.js';

function config(inputs: Partial<CheckoutInputs> = {}): CheckoutConfig {
  const result = parseCheckoutConfig({
    endpoint: '/api/payments',
    cart: '[{"product_id":"pdt_a","quantity":2,"price":1500,"name":"A"},{"product_id":"pdt_tip","quantity":1,"amount":500}]',
    ...inputs,
  }, 'https://shop.example/checkout');
  if (!result.ok) throw new Error(result.problems.join(' '));
  return result.config;
}

const values: CheckoutFormValues = {
  ...EMPTY_FORM_VALUES,
  email: ' ada@example.com ',
  name: '  Ada   Lovelace ',
  phone: '+46 70 123 45 67',
  country: 'SE',
  street: 'Drottninggatan 1',
  city: 'Stockholm',
  state: '',
  zipcode: '111 51',
  taxId: 'SE556677889901',
  businessName: 'Analytical AB',
};

describe('buildPaymentRequest', () => {
  it('builds the API request with only what the country uses and nothing empty', () => {
    const request = buildPaymentRequest({ config: config(), values, addressFields: ['street', 'zipcode', 'city'] });
    expect(request).toEqual({
      product_cart: [
        { product_id: 'pdt_a', quantity: 2 },
        { product_id: 'pdt_tip', quantity: 1, amount: 500 },
      ],
      customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
      billing: { country: 'SE', street: 'Drottninggatan 1', zipcode: '111 51', city: 'Stockholm' },
      payment_link: true,
    });
    expect(CreatePaymentRequestSchema.safeParse(request).success).toBe(true);
  });

  it('never sends display-only cart fields or fields the country does not use', () => {
    const request = buildPaymentRequest({ config: config(), values: { ...values, state: 'Stockholms län' }, addressFields: ['street', 'city'] });
    expect(request.billing).toEqual({ country: 'SE', street: 'Drottninggatan 1', city: 'Stockholm' });
    expect(JSON.stringify(request.product_cart)).not.toMatch(/price|name|image/);
  });

  it('attaches an existing customer by id only', () => {
    const request = buildPaymentRequest({ config: config({ customerId: 'cus_42' }), values, addressFields: [] });
    expect(request.customer).toEqual({ customer_id: 'cus_42' });
  });

  it('sends phone, tax id and business name only when collected', () => {
    const plain = buildPaymentRequest({ config: config(), values, addressFields: [] });
    expect(plain.customer).not.toHaveProperty('phone_number');
    expect(plain).not.toHaveProperty('tax_id');
    const b2b = buildPaymentRequest({ config: config({ collectPhone: true, collectTaxId: true }), values, addressFields: [] });
    expect(b2b.customer).toMatchObject({ phone_number: '+46 70 123 45 67' });
    expect(b2b).toMatchObject({ tax_id: 'SE556677889901', customer_business_name: 'Analytical AB' });
  });

  it('passes merchant options and the chosen payment methods through', () => {
    const request = buildPaymentRequest({
      config: config({
        billingCurrency: 'sek',
        returnUrl: 'https://shop.example/thanks',
        redirectImmediately: true,
        shortLink: true,
        force3ds: true,
        showSavedPaymentMethods: true,
        metadata: { order: '1001' },
      }),
      values: { ...values, discountCode: ' WELCOME10 ' },
      addressFields: [],
      paymentMethods: ['credit', 'debit'],
    });
    expect(request).toMatchObject({
      billing_currency: 'SEK',
      return_url: 'https://shop.example/thanks',
      redirect_immediately: true,
      short_link: true,
      force_3ds: true,
      show_saved_payment_methods: true,
      metadata: { order: '1001' },
      discount_code: 'WELCOME10',
      allowed_payment_method_types: ['credit', 'debit'],
    });
    expect(CreatePaymentRequestSchema.safeParse(request).success).toBe(true);
  });

  it('omits allowed_payment_method_types when there is no list', () => {
    expect(buildPaymentRequest({ config: config(), values, addressFields: [], paymentMethods: [] })).not.toHaveProperty(
      'allowed_payment_method_types',
    );
  });
});

describe('parseCheckoutConfig', () => {
  const base = { endpoint: '/api/payments', cart: [{ product_id: 'pdt_a', quantity: 1 }] };
  const problems = (inputs: CheckoutInputs) => {
    const result = parseCheckoutConfig(inputs, 'https://shop.example/');
    return result.ok ? [] : result.problems;
  };

  it('accepts attribute strings and property values alike', () => {
    const fromAttributes = parseCheckoutConfig({ ...base, cart: JSON.stringify(base.cart), allowedPaymentMethodTypes: 'credit, debit ideal', timeout: '5000' }, 'https://shop.example/');
    expect(fromAttributes).toMatchObject({ ok: true, config: { endpoint: 'https://shop.example/api/payments', allowedPaymentMethodTypes: ['credit', 'debit', 'ideal'], timeout: 5000 } });
    const fromProperties = parseCheckoutConfig({ ...base, allowedPaymentMethodTypes: ['credit'] }, 'https://shop.example/');
    expect(fromProperties).toMatchObject({ ok: true, config: { allowedPaymentMethodTypes: ['credit'], timeout: 30_000 } });
  });

  it.each<[string, CheckoutInputs, RegExp]>([
    ['missing endpoint', { ...base, endpoint: '' }, /endpoint is required/],
    ['non-http endpoint', { ...base, endpoint: 'javascript:alert(1)' }, /endpoint/],
    ['missing cart', { endpoint: '/x' }, /cart is required/],
    ['invalid cart JSON', { ...base, cart: '[{' }, /cart is not valid JSON/],
    ['empty cart', { ...base, cart: [] }, /cart/],
    ['101 items', { ...base, cart: Array.from({ length: 101 }, (_, i) => ({ product_id: `p${i}`, quantity: 1 })) }, /cart/],
    ['zero quantity', { ...base, cart: [{ product_id: 'a', quantity: 0 }] }, /cart\[0\]\[quantity\]/],
    ['fractional quantity', { ...base, cart: [{ product_id: 'a', quantity: 1.5 }] }, /cart\[0\]\[quantity\]/],
    ['unknown currency', { ...base, currency: 'XYZ' }, /currency/],
    ['unknown payment method', { ...base, allowedPaymentMethodTypes: 'credit telepathy' }, /allowed-payment-method-types/],
    ['relative return URL', { ...base, returnUrl: '/thanks' }, /return-url/],
    ['javascript return URL', { ...base, returnUrl: 'javascript:alert(1)' }, /return-url/],
    ['unknown country', { ...base, country: 'ZZ' }, /country/],
    ['non-string metadata', { ...base, metadata: { a: 1 } }, /metadata/],
    ['payment method id without customer', { ...base, paymentMethodId: 'pm_1' }, /customer-id/],
    ['customer id over the API\'s 256 characters', { ...base, customerId: `cus_${'x'.repeat(253)}` }, /^customer-id: must be at most 256 characters\.$/],
    ['payment method id over the API\'s 256 characters', { ...base, customerId: 'cus_1', paymentMethodId: `pm_${'x'.repeat(254)}` }, /^payment-method-id: must be at most 256 characters\.$/],
    ['negative timeout', { ...base, timeout: -1 }, /timeout/],
  ])('reports %s', (_, inputs, message) => {
    expect(problems(inputs).join(' ')).toMatch(message);
  });

  it('takes identifiers of exactly 256 characters', () => {
    expect(problems({ ...base, customerId: 'c'.repeat(256), paymentMethodId: 'p'.repeat(256) })).toEqual([]);
  });
});
