/** The demo shop's products: ids and USD prices match the embedded Dodo API stand-in's catalogue. */
export interface DemoProduct {
  id: string;
  name: string;
  /** Price in USD cents. */
  usd: number;
}

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  { id: 'pdt_espresso_beans', name: 'Espresso beans, 1 kg', usd: 2400 },
  { id: 'pdt_pour_over_kit', name: 'Pour-over kit', usd: 3900 },
  { id: 'pdt_ceramic_mug', name: 'Ceramic mug', usd: 1500 },
];

/** Display rates for the demo's currency switch (minor units per USD cent). */
const RATES: Record<string, number> = { USD: 1, EUR: 0.92, GBP: 0.79, SEK: 10.5, JPY: 1.5, INR: 83, BRL: 5, KWD: 3.08 };

export function priceIn(product: DemoProduct, currency: string): number {
  return Math.round(product.usd * (RATES[currency] ?? 1));
}
