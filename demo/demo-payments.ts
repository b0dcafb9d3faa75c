/**
 * Where the demo shop's payments go, decided once at start-up from the environment:
 *
 * - no `DODO_PAYMENTS_API_KEY`: the embedded Dodo API stand-in and its catalogue;
 * - `DODO_PAYMENTS_API_KEY`: Dodo's test mode, selling the products listed in `DEMO_PRODUCTS`
 *   (JSON, `[{"id": "pdt_…", "name": "…", "usd": 2400}]`, ids from your test-mode dashboard).
 *   Without it the shop keeps the stand-in's product ids, which Dodo does not know, and every
 *   payment fails: the plan then carries guidance to print.
 *
 * Pure (no network, no files), so the decision is tested on its own.
 */
import { STAND_IN_DEMO_PRODUCTS, type DemoProduct } from './catalogue.js';

export interface DemoPaymentsPlan {
  mode: 'stand-in' | 'test_mode';
  /** What the shop page sells and the proxy allows. */
  products: readonly DemoProduct[];
  /** Whether `products` came from `DEMO_PRODUCTS` (the page must then be told). */
  productsFromEnvironment: boolean;
  /** Lines to print at start-up: what runs, and what to do when the set-up cannot take a payment. */
  notes: string[];
  /** True when payments cannot succeed as configured. */
  misconfigured: boolean;
}

/** Thrown for a `DEMO_PRODUCTS` that is not the documented JSON; the message says what is wrong. */
export class DemoProductsError extends Error {
  override name = 'DemoProductsError';
}

const EXAMPLE = `DEMO_PRODUCTS='[{"id":"pdt_…","name":"Espresso beans, 1 kg","usd":2400}]'`;

export function parseDemoProducts(text: string): DemoProduct[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DemoProductsError(`DEMO_PRODUCTS is not valid JSON. Expected, e.g.: ${EXAMPLE}`);
  }
  if (!Array.isArray(value) || value.length === 0) {
    throw new DemoProductsError(`DEMO_PRODUCTS must be a non-empty JSON array of products. Expected, e.g.: ${EXAMPLE}`);
  }
  const seen = new Set<string>();
  return value.map((item: unknown, index) => {
    const { id, name, usd } = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    if (typeof id !== 'string' || !/^\S{1,128}$/.test(id)) throw new DemoProductsError(`DEMO_PRODUCTS[${index}].id must be a product id from your Dodo dashboard, e.g. "pdt_…".`);
    if (seen.has(id)) throw new DemoProductsError(`DEMO_PRODUCTS[${index}].id: ${id} is listed twice.`);
    seen.add(id);
    if (typeof name !== 'string' || name.trim() === '') throw new DemoProductsError(`DEMO_PRODUCTS[${index}].name must be the name to show in the shop.`);
    if (typeof usd !== 'number' || !Number.isSafeInteger(usd) || usd < 0) {
      throw new DemoProductsError(`DEMO_PRODUCTS[${index}].usd must be the shown price in US cents (a whole number, e.g. 2400 for $24.00).`);
    }
    return { id, name: name.trim(), usd };
  });
}

export function decideDemoPayments(env: Readonly<Record<string, string | undefined>>): DemoPaymentsPlan {
  const apiKey = env.DODO_PAYMENTS_API_KEY?.trim();
  const listed = env.DEMO_PRODUCTS?.trim();
  if (!apiKey) {
    return {
      mode: 'stand-in',
      products: STAND_IN_DEMO_PRODUCTS,
      productsFromEnvironment: false,
      misconfigured: false,
      notes: [
        'Payments: the embedded Dodo API stand-in (no account, no network). Set DODO_PAYMENTS_API_KEY, and DEMO_PRODUCTS, to use Dodo\'s test mode.',
        ...(listed ? ['DEMO_PRODUCTS is ignored: the stand-in sells its own catalogue.'] : []),
      ],
    };
  }
  if (listed) {
    const products = parseDemoProducts(listed);
    return {
      mode: 'test_mode',
      products,
      productsFromEnvironment: true,
      misconfigured: false,
      notes: [`Payments: Dodo Payments test mode, selling ${products.map((product) => product.id).join(', ')} (from DEMO_PRODUCTS).`],
    };
  }
  return {
    mode: 'test_mode',
    products: STAND_IN_DEMO_PRODUCTS,
    productsFromEnvironment: false,
    misconfigured: true,
    notes: [
      'Payments: Dodo Payments test mode (DODO_PAYMENTS_API_KEY is set).',
      `DEMO_PRODUCTS is not set, so the shop sells the stand-in's products (${STAND_IN_DEMO_PRODUCTS.map((product) => product.id).join(', ')}), which your Dodo account does not have: every payment will fail.`,
      'Create one-time products in your Dodo test-mode dashboard, then restart with their ids, names and prices (US cents):',
      `  ${EXAMPLE} DODO_PAYMENTS_API_KEY=… npm run demo`,
    ],
  };
}
