/**
 * Properties of the request builder under hostile input: whatever the shopper types and whatever
 * valid configuration the merchant gave, building never throws, and the body either passes the
 * API request schema and survives the trip through JSON unchanged, or the schema names the field
 * the shopper must fix — never a configured field, which was validated already.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CreatePaymentRequestSchema } from '../../../src/api/schemas.js';
import { PAYMENT_METHOD_TYPES } from '../../../src/api/enums.js';
import { buildPaymentRequest } from '../../../src/checkout/build-payment-request.js';
import { EMPTY_FORM_VALUES, type AddressField as AddressFieldName, type FormValues as CheckoutFormValues } from '../../../src/form/form-model.js';
import { parseCheckoutConfig, type CheckoutConfig } from '../../../src/config/parse-config.js';
import { edgeNumber, hostileString } from '../hostile-text.js';

const INT32_MAX = 2_147_483_647;
const RUNS = { numRuns: 300 };

/** Request paths the shopper's typing produces, by the form field that shows the problem. */
const SHOPPER_PATHS: Record<string, keyof CheckoutFormValues> = {
  'customer.email': 'email',
  'customer.name': 'name',
  'customer.phone_number': 'phone',
  'billing.country': 'country',
  'billing.street': 'street',
  'billing.city': 'city',
  'billing.state': 'state',
  'billing.zipcode': 'zipcode',
  tax_id: 'taxId',
  customer_business_name: 'businessName',
  discount_code: 'discountCode',
};

const formValues: fc.Arbitrary<CheckoutFormValues> = fc.record(
  Object.fromEntries(
    Object.keys(EMPTY_FORM_VALUES).map((field) => [
      field,
      field === 'country' ? fc.oneof(fc.constantFrom('US', 'SE', 'JP', 'SA', 'IL', 'us', ''), hostileString) : fc.oneof(hostileString, fc.constantFrom('ada@example.com', 'Ada Lovelace', '95014')),
    ]),
  ) as Record<keyof CheckoutFormValues, fc.Arbitrary<string>>,
);

const money = fc.oneof(fc.integer({ min: 0, max: INT32_MAX }), fc.constantFrom(0, INT32_MAX));
const cartItem = fc.record(
  {
    product_id: fc.string({ minLength: 1, maxLength: 256, unit: fc.constantFrom('a', '_', '0', '\u200F', '🫖', '\u202E') }),
    quantity: fc.oneof(fc.integer({ min: 1, max: INT32_MAX }), fc.constantFrom(1, INT32_MAX)),
    amount: money,
    price: money,
    name: fc.string({ maxLength: 512 }),
  },
  { requiredKeys: ['product_id', 'quantity'] },
);

/** Valid configurations with hostile text wherever the merchant may put text. */
const config: fc.Arbitrary<CheckoutConfig> = fc
  .record(
    {
      cart: fc.array(cartItem, { minLength: 1, maxLength: 100 }),
      customerId: fc.oneof(fc.constant(''), hostileString.filter((id) => id.trim().length <= 256)),
      metadata: fc.dictionary(hostileString.filter((key) => key.length <= 256 && key !== '__proto__'), hostileString.filter((value) => value.length <= 2048), { maxKeys: 3 }),
      methods: fc.oneof(fc.constant(''), fc.subarray([...PAYMENT_METHOD_TYPES], { minLength: 1 })),
      billingCurrency: fc.constantFrom('', 'USD', 'SEK', 'JPY', 'KWD'),
      returnUrl: fc.constantFrom('', 'https://shop.example/thanks?q=\u202E', 'http://localhost:3000/done'),
      discountCode: hostileString,
      flags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    },
  )
  .map((inputs) => {
    const result = parseCheckoutConfig(
      {
        endpoint: '/api/payments',
        cart: JSON.stringify(inputs.cart),
        customerId: inputs.customerId,
        metadata: inputs.metadata,
        allowedPaymentMethodTypes: inputs.methods,
        billingCurrency: inputs.billingCurrency,
        returnUrl: inputs.returnUrl,
        discountCode: inputs.discountCode,
        redirectImmediately: inputs.flags[0],
        shortLink: inputs.flags[1],
        force3ds: inputs.flags[2],
        showSavedPaymentMethods: inputs.flags[3],
        collectPhone: inputs.flags[4],
        collectTaxId: inputs.flags[5],
      },
      'https://shop.example/',
    );
    if (!result.ok) throw new Error(`the arbitrary built an invalid configuration: ${result.problems.join(' ')}`);
    return result.config;
  });

const addressFields = fc.subarray<AddressFieldName>(['street', 'city', 'state', 'zipcode']);
const paymentMethods = fc.option(fc.subarray([...PAYMENT_METHOD_TYPES], { minLength: 1 }), { nil: undefined });

describe('buildPaymentRequest under hostile input', () => {
  it('never throws; the body round-trips through the schema or the schema names a field the shopper typed', () => {
    fc.assert(
      fc.property(config, formValues, addressFields, paymentMethods, (config, values, fields, methods) => {
        const request = buildPaymentRequest({ config, values, addressFields: fields, ...(methods ? { paymentMethods: methods } : {}) });
        const checked = CreatePaymentRequestSchema.safeParse(request);
        if (checked.success) {
          const sent = JSON.parse(JSON.stringify(checked.data)) as unknown;
          const received = CreatePaymentRequestSchema.safeParse(sent);
          expect(received.success).toBe(true);
          expect(received.data).toEqual(request);
        } else {
          for (const issue of checked.error.issues) {
            const path = issue.path.map(String).join('.');
            // The customer union reports at "customer"; its branches name the field.
            const paths = issue.code === 'invalid_union' ? issue.errors.flat().map((inner) => [...issue.path, ...inner.path].map(String).join('.')) : [path];
            expect(paths.some((candidate) => candidate in SHOPPER_PATHS), `unexpected schema issue at "${paths.join('", "')}"`).toBe(true);
          }
        }
        // Nothing empty is ever sent: every string is non-blank.
        const strings: string[] = [];
        JSON.stringify(request, (_key, value: unknown) => (typeof value === 'string' && strings.push(value), value));
        for (const [key, value] of Object.entries(request.billing)) if (key !== 'country') expect(value.trim()).not.toBe('');
        expect(strings.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('a well-formed checkout is always a valid request, whatever Unicode the names and address hold', () => {
    const text = (max: number) => hostileString.filter((value) => value.trim() !== '' && value.trim().replace(/\s+/g, ' ').length <= max);
    fc.assert(
      fc.property(config, text(256), text(512), text(256), text(64), (config, name, street, city, zipcode) => {
        const values = { ...EMPTY_FORM_VALUES, email: 'ada@example.com', name, street, city, zipcode, country: 'SE' };
        const request = buildPaymentRequest({ config, values, addressFields: ['street', 'zipcode', 'city'] });
        const checked = CreatePaymentRequestSchema.safeParse(request);
        expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true);
        expect(JSON.parse(JSON.stringify(request))).toEqual(request);
        expect(request.product_cart).toEqual(config.cart.map(({ product_id, quantity, amount }) => (amount === undefined ? { product_id, quantity } : { product_id, quantity, amount })));
      }),
      RUNS,
    );
  });

  it('the body is the same string whatever order the form shows the address fields in (the idempotency key is its hash)', () => {
    fc.assert(
      fc.property(config, formValues, addressFields.chain((fields) => fc.tuple(fc.constant(fields), fc.shuffledSubarray(fields, { minLength: fields.length }))), (config, values, [shown, reordered]) => {
        const body = (addressFields: AddressFieldName[]) => JSON.stringify(buildPaymentRequest({ config, values, addressFields }));
        expect(body(reordered)).toBe(body(shown));
      }),
      RUNS,
    );
  });

  it('quantities and amounts at the int32 edges pass through unchanged; values outside never reach the builder', () => {
    fc.assert(
      fc.property(edgeNumber, edgeNumber, (quantity, amount) => {
        const parsed = parseCheckoutConfig({ endpoint: '/api/payments', cart: [{ product_id: 'pdt_a', quantity, amount }] }, 'https://shop.example/');
        const inRange = Number.isInteger(quantity) && quantity >= 1 && quantity <= INT32_MAX && Number.isInteger(amount) && amount >= 0 && amount <= INT32_MAX;
        expect(parsed.ok).toBe(inRange);
        if (!parsed.ok) return;
        const request = buildPaymentRequest({ config: parsed.config, values: { ...EMPTY_FORM_VALUES, email: 'ada@example.com', name: 'Ada', country: 'US' }, addressFields: [] });
        expect(CreatePaymentRequestSchema.safeParse(request).success).toBe(true);
        expect(request.product_cart).toEqual([{ product_id: 'pdt_a', quantity, amount }]);
      }),
      RUNS,
    );
  });
});
