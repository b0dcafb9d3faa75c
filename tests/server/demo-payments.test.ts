/** The demo server's start-up decision: stand-in or Dodo's test mode, and which products it sells. */
import { describe, expect, it } from 'vitest';
import { STAND_IN_DEMO_PRODUCTS } from '../../demo/catalogue.js';
import { decideDemoPayments, DemoProductsError, parseDemoProducts } from '../../demo/demo-payments.js';
import { STAND_IN_PRODUCTS } from '../../src/server/stand-in/stand-in-catalogue.js';

const PRODUCTS = JSON.stringify([
  { id: 'pdt_0NVd8XkGT3Y8', name: 'House blend', usd: 1800 },
  { id: 'pdt_0NVd8XkGT3Y9', name: ' Dripper ', usd: 2900 },
]);

describe('demo payments at start-up', () => {
  it('uses the stand-in and its catalogue without an API key (a blank one counts as none), ignoring DEMO_PRODUCTS', () => {
    for (const env of [{}, { DODO_PAYMENTS_API_KEY: '  ' }]) {
      const plan = decideDemoPayments(env);
      expect(plan).toMatchObject({ mode: 'stand-in', products: STAND_IN_DEMO_PRODUCTS, productsFromEnvironment: false, misconfigured: false });
    }
    const ignored = decideDemoPayments({ DEMO_PRODUCTS: PRODUCTS });
    expect(ignored.products).toBe(STAND_IN_DEMO_PRODUCTS);
    expect(ignored.notes.join('\n')).toMatch(/DEMO_PRODUCTS is ignored/);
  });

  it('sells the products of DEMO_PRODUCTS in test mode', () => {
    const plan = decideDemoPayments({ DODO_PAYMENTS_API_KEY: 'sk_test_x', DEMO_PRODUCTS: PRODUCTS });
    expect(plan).toMatchObject({ mode: 'test_mode', productsFromEnvironment: true, misconfigured: false });
    expect(plan.products).toEqual([
      { id: 'pdt_0NVd8XkGT3Y8', name: 'House blend', usd: 1800 },
      { id: 'pdt_0NVd8XkGT3Y9', name: 'Dripper', usd: 2900 },
    ]);
    expect(plan.notes).toEqual(['Payments: Dodo Payments test mode, selling pdt_0NVd8XkGT3Y8, pdt_0NVd8XkGT3Y9 (from DEMO_PRODUCTS).']);
  });

  it('in test mode without DEMO_PRODUCTS, says payments will fail and how to set it', () => {
    const plan = decideDemoPayments({ DODO_PAYMENTS_API_KEY: 'sk_test_x' });
    expect(plan).toMatchObject({ mode: 'test_mode', productsFromEnvironment: false, misconfigured: true });
    const notes = plan.notes.join('\n');
    expect(notes).toContain('DEMO_PRODUCTS is not set');
    expect(notes).toContain('every payment will fail');
    expect(notes).toContain(`DEMO_PRODUCTS='[{"id":"pdt_…"`);
    // The example it prints is itself accepted (once the id is a real one).
    const example = /DEMO_PRODUCTS='([^']+)'/.exec(notes)![1]!;
    expect(parseDemoProducts(example)).toHaveLength(1);
  });

  it('refuses a DEMO_PRODUCTS it cannot use, naming the problem', () => {
    const cases: [string, RegExp][] = [
      ['not json', /not valid JSON/],
      ['{}', /non-empty JSON array/],
      ['[]', /non-empty JSON array/],
      ['[{"name":"A","usd":1}]', /DEMO_PRODUCTS\[0\]\.id/],
      ['[{"id":"pdt_a","name":"A","usd":1},{"id":"pdt_a","name":"B","usd":2}]', /DEMO_PRODUCTS\[1\]\.id: pdt_a is listed twice/],
      ['[{"id":"pdt_a","name":"  ","usd":1}]', /DEMO_PRODUCTS\[0\]\.name/],
      ['[{"id":"pdt_a","name":"A","usd":24.5}]', /DEMO_PRODUCTS\[0\]\.usd/],
      ['[{"id":"pdt_a","name":"A","usd":"2400"}]', /DEMO_PRODUCTS\[0\]\.usd/],
    ];
    for (const [text, message] of cases) {
      expect(() => decideDemoPayments({ DODO_PAYMENTS_API_KEY: 'sk_test_x', DEMO_PRODUCTS: text }), text).toThrow(DemoProductsError);
      expect(() => parseDemoProducts(text), text).toThrow(message);
    }
  });

  it('keeps the stand-in demo catalogue in step with the stand-in', () => {
    for (const product of STAND_IN_DEMO_PRODUCTS) {
      expect(STAND_IN_PRODUCTS.find((known) => known.product_id === product.id)).toMatchObject({ name: product.name, price: product.usd });
    }
  });
});
