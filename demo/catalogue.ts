/**
 * The demo shop's products. With the embedded Dodo API stand-in, its catalogue (ids and USD
 * prices match it); in Dodo's test mode, the products of `DEMO_PRODUCTS`, which the demo server
 * writes in for `__DEMO_PRODUCTS__` as it serves this module (see demo/demo-payments.ts).
 */
export interface DemoProduct {
  id: string;
  name: string;
  /** Price in USD cents. */
  usd: number;
}

export const STAND_IN_DEMO_PRODUCTS: readonly DemoProduct[] = [
  { id: 'pdt_espresso_beans', name: 'Espresso beans, 1 kg', usd: 2400 },
  { id: 'pdt_pour_over_kit', name: 'Pour-over kit', usd: 3900 },
  { id: 'pdt_ceramic_mug', name: 'Ceramic mug', usd: 1500 },
];

/** Replaced by the demo server when the products come from `DEMO_PRODUCTS`. */
declare const __DEMO_PRODUCTS__: readonly DemoProduct[] | undefined;

export const DEMO_PRODUCTS: readonly DemoProduct[] = typeof __DEMO_PRODUCTS__ === 'undefined' ? STAND_IN_DEMO_PRODUCTS : __DEMO_PRODUCTS__;

/** Display rates for the demo's currency switch (minor units per USD cent). */
const RATES: Record<string, number> = { USD: 1, EUR: 0.92, GBP: 0.79, SEK: 10.5, JPY: 1.5, INR: 83, BRL: 5, KWD: 3.08 };

export function priceIn(product: DemoProduct, currency: string): number {
  return Math.round(product.usd * (RATES[currency] ?? 1));
}
