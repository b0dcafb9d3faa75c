/**
 * The browser's plain checks of the `POST /payments` request and answers (src/api/payment-checks.ts)
 * against the zod schemas the proxy uses (src/api/schemas.ts): on requests and answers built from
 * hostile text, edge numbers and values of any type, the plain checks accept exactly what the
 * schemas accept, and a request's first problem is at the path of the schema's first issue.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, CURRENCY_CODES, PAYMENT_METHOD_TYPES } from '../../../src/api/enums.js';
import { asApiError, asPaymentResponse, requestProblem } from '../../../src/api/payment-checks.js';
import { ApiErrorSchema, CreatePaymentRequestSchema, CreatePaymentResponseSchema, type CreatePaymentRequest } from '../../../src/api/schemas.js';
import { fieldForRequestPath } from '../../../src/form/form-model.js';
import { anyInput, edgeNumber, hostileString } from '../hostile-text.js';

const RUNS = { numRuns: 1500 };
/** A counterexample can hold 10 000-character strings: a failure names the seed and path instead. */
function quiet<T>(details: fc.RunDetails<T>): void {
  if (details.failed) throw new Error(`property failed (seed ${details.seed}, path ${details.counterexamplePath}): ${String(details.errorInstance).slice(0, 400)}`);
}

/** Text around the schemas' limits: short hostile text, exact lengths at the edges, emails and URLs. */
const limitText = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 31, 32, 33, 63, 64, 65, 127, 128, 129, 253, 254, 255, 256, 257, 511, 512, 513, 2047, 2048, 2049).map((n) => 'x'.repeat(n)) },
  { weight: 2, arbitrary: fc.constantFrom('ada@example.com', 'a.b@c.de', '.a@b.co', 'a..b@c.de', 'a@b', 'a@b.c', `${'a'.repeat(250)}@b.co`, 'https://shop.example/done', 'http://x', 'ftp://x', 'not a url', '2030-01-01T00:00:00Z', '2030-01-01', '2030-01-01T00:00+0200') },
);
/** Either a value of the right kind near the limits, or, now and then, anything at all. */
const or = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 8, arbitrary }, { weight: 1, arbitrary: anyInput });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary }, { weight: 1, arbitrary: fc.constantFrom(null, undefined) });
const number = fc.oneof(edgeNumber, fc.integer({ min: 0, max: 10_000 }));

const cartItem = fc.record({ product_id: or(limitText), quantity: or(number), amount: or(maybe(number)), extra: anyInput }, { requiredKeys: ['product_id', 'quantity'] });
const newCustomer = fc.record({ email: or(limitText), name: or(limitText), phone_number: or(maybe(limitText)), customer_id: or(limitText) }, { requiredKeys: ['email', 'name'] });
const existingCustomer = fc.record({ customer_id: or(limitText), email: or(limitText) }, { requiredKeys: ['customer_id'] });
const metadata = fc.oneof(
  fc.dictionary(limitText, or(limitText), { maxKeys: 4 }),
  fc.constantFrom({ ['k'.repeat(257)]: 'v' }, { key: 'v'.repeat(2049) }, JSON.parse('{"__proto__": "x"}'), Object.create(null), new Date(0)),
);

const hostileRequest = fc.record(
  {
    product_cart: or(fc.array(or(cartItem), { maxLength: 3 })),
    customer: or(fc.oneof(newCustomer, existingCustomer)),
    billing: or(fc.record({ country: or(fc.constantFrom(...COUNTRY_CODES, 'XX', 'us')), street: or(limitText), city: or(limitText), state: or(limitText), zipcode: or(limitText), extra: anyInput }, { requiredKeys: ['country'] })),
    allowed_payment_method_types: or(maybe(fc.array(or(fc.constantFrom(...PAYMENT_METHOD_TYPES, 'cash')), { maxLength: 3 }))),
    billing_currency: or(maybe(fc.constantFrom(...CURRENCY_CODES, 'usd'))),
    customer_business_name: or(maybe(limitText)),
    discount_code: or(maybe(limitText)),
    force_3ds: or(maybe(fc.boolean())),
    metadata: or(metadata),
    payment_link: or(maybe(fc.boolean())),
    payment_method_id: or(maybe(limitText)),
    redirect_immediately: or(fc.boolean()),
    return_url: or(maybe(limitText)),
    short_link: or(maybe(fc.boolean())),
    show_saved_payment_methods: or(fc.boolean()),
    tax_id: or(maybe(limitText)),
    unknown_key: anyInput,
  },
  { requiredKeys: ['product_cart', 'customer', 'billing'] },
);

/** Requests as the element builds them, with lengths now and then past a limit. */
const text = (max: number) => fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(0, 1, max - 1, max, max + 1).map((n) => 'x'.repeat(n)));
const plausibleRequest = fc.record(
  {
    product_cart: fc.array(fc.record({ product_id: fc.string({ minLength: 1, maxLength: 20 }), quantity: fc.integer({ min: 0, max: 5 }) }), { minLength: 1, maxLength: 2 }),
    customer: fc.oneof(
      fc.record({ email: fc.oneof(fc.constantFrom('ada@example.com', 'a.b@c.de', `${'a'.repeat(250)}@b.co`), limitText), name: text(256), phone_number: maybe(text(32)) }, { requiredKeys: ['email', 'name'] }),
      fc.record({ customer_id: text(256) }),
    ),
    billing: fc.record({ country: fc.constantFrom(...COUNTRY_CODES), street: text(512), city: text(256), state: text(256), zipcode: text(64) }, { requiredKeys: ['country'] }),
    allowed_payment_method_types: maybe(fc.array(fc.constantFrom(...PAYMENT_METHOD_TYPES), { minLength: 1, maxLength: 3 })),
    billing_currency: maybe(fc.constantFrom(...CURRENCY_CODES)),
    customer_business_name: maybe(text(256)),
    discount_code: maybe(text(128)),
    // A "__proto__" key (dropped by both checks) is the hostile requests' case, not this one's.
    metadata: fc.dictionary(text(10).filter((key) => key !== '__proto__'), text(10), { maxKeys: 2 }),
    redirect_immediately: fc.boolean(),
    return_url: maybe(fc.constantFrom('https://shop.example/done', 'http://x', 'not a url')),
    tax_id: maybe(text(64)),
  },
  { requiredKeys: ['product_cart', 'customer', 'billing'] },
);

const request = fc.oneof({ weight: 1, arbitrary: hostileRequest }, { weight: 2, arbitrary: plausibleRequest }) as fc.Arbitrary<CreatePaymentRequest>;

const response = fc.record(
  {
    payment_id: or(limitText),
    total_amount: or(number),
    currency: or(maybe(fc.constantFrom(...CURRENCY_CODES, 'usd', ''))),
    client_secret: or(limitText),
    customer: or(fc.record({ customer_id: or(limitText), email: or(limitText), name: or(limitText), phone_number: or(maybe(limitText)), extra: anyInput }, { requiredKeys: ['customer_id', 'email', 'name'] })),
    metadata: or(fc.oneof(metadata, fc.dictionary(fc.string(), anyInput, { maxKeys: 3 }))),
    discount_id: or(maybe(limitText)),
    expires_on: or(maybe(limitText)),
    payment_link: or(maybe(limitText)),
    product_cart: or(maybe(fc.array(or(fc.record({ product_id: or(limitText), quantity: or(number) })), { maxLength: 3 }))),
    unknown_key: anyInput,
  },
  { requiredKeys: ['payment_id', 'total_amount', 'customer', 'metadata'] },
);

describe('the plain request and answer checks, held to the zod schemas', () => {
  it('accept exactly the requests the schema accepts, and place the first problem where the schema does', () => {
    let rejected = 0;
    fc.assert(
      fc.property(request, (body) => {
        const parsed = CreatePaymentRequestSchema.safeParse(body);
        const problem = requestProblem(body);
        expect(problem === undefined).toBe(parsed.success);
        if (!parsed.success) {
          rejected += 1;
          expect(problem).toEqual(parsed.error.issues[0]!.path);
          expect(fieldForRequestPath(problem!)).toBe(fieldForRequestPath(parsed.error.issues[0]!.path));
        } else expect(parsed.data).toEqual(body);
      }),
      { ...RUNS, reporter: quiet },
    );
    // Both kinds of case were met, so the comparison was not one-sided.
    expect(rejected).toBeGreaterThan(RUNS.numRuns / 10);
    expect(rejected).toBeLessThan(RUNS.numRuns * 0.95);
  });

  it('accept exactly the created-payment answers the schema accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(response, (body) => {
        const parsed = CreatePaymentResponseSchema.safeParse(body);
        expect(asPaymentResponse(body) !== undefined).toBe(parsed.success);
        if (parsed.success) accepted += 1;
      }),
      { ...RUNS, reporter: quiet },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('accept exactly the error bodies the schema accepts', () => {
    fc.assert(
      fc.property(or(fc.record({ code: or(limitText), message: or(limitText), extra: anyInput }, { requiredKeys: [] })), (body) => {
        expect(asApiError(body) !== undefined).toBe(ApiErrorSchema.safeParse(body).success);
      }),
      { ...RUNS, reporter: quiet },
    );
  });
});
