/**
 * The embedded Dodo API stand-in's data: its product catalogue, discount codes and display
 * exchange rates. The demo shop (demo/catalogue.ts) and the proxy tests use these ids; the README
 * cites this file. Prices are in USD minor units (cents), as the products would be set up in a
 * Dodo dashboard, tax included (as a shop selling mostly in Europe sets them): the billing
 * country's tax (tax-table.ts) is part of the price, and a valid business VAT ID takes it out.
 */

export interface StandInProduct {
  product_id: string;
  name: string;
  /** Price per unit in USD cents; for pay-what-you-want products, the suggested price. */
  price: number;
  /** Pay what you want: the cart item's `amount` (USD cents, at least `minimum_price`) is charged. */
  pay_what_you_want?: { minimum_price: number };
  /** Whether `price` already includes the billing country's tax; `false` adds the tax on top. */
  tax_inclusive: boolean;
}

export const STAND_IN_PRODUCTS: readonly StandInProduct[] = [
  { product_id: 'pdt_espresso_beans', name: 'Espresso beans, 1 kg', price: 2400, tax_inclusive: true },
  { product_id: 'pdt_pour_over_kit', name: 'Pour-over kit', price: 3900, tax_inclusive: true },
  { product_id: 'pdt_ceramic_mug', name: 'Ceramic mug', price: 1500, tax_inclusive: true },
  { product_id: 'pdt_gift_card', name: 'Gift card', price: 2500, pay_what_you_want: { minimum_price: 500 }, tax_inclusive: true },
  { product_id: 'pdt_barista_tip', name: 'Tip the barista', price: 300, pay_what_you_want: { minimum_price: 100 }, tax_inclusive: true },
];

export interface StandInDiscount {
  code: string;
  discount_id: string;
  /** `percentage`: `amount` is basis points (1000 = 10 %); `flat`: `amount` is USD cents off the order. */
  type: 'percentage' | 'flat';
  amount: number;
  /** ISO 8601; a code past this instant is refused as expired. */
  expires_at: string | null;
}

export const STAND_IN_DISCOUNTS: readonly StandInDiscount[] = [
  { code: 'WELCOME10', discount_id: 'dsc_welcome10', type: 'percentage', amount: 1000, expires_at: null },
  { code: 'SAVE5', discount_id: 'dsc_save5', type: 'flat', amount: 500, expires_at: null },
  { code: 'EXPIRED', discount_id: 'dsc_expired', type: 'percentage', amount: 2000, expires_at: '2024-01-01T00:00:00Z' },
];

/**
 * Billing-currency units per US dollar, applied when a request fixes `billing_currency`
 * (the real API prices adaptively; these are round demo figures, not market rates).
 * Currencies missing here are refused by the stand-in as unsupported.
 */
export const STAND_IN_USD_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 0.92,
  GBP: 0.79,
  SEK: 10.5,
  JPY: 150,
  INR: 83,
  BRL: 5,
  KWD: 0.308,
  CAD: 1.36,
  AUD: 1.52,
};

/** Minutes a payment link stays valid, as `expires_on` reports. */
export const STAND_IN_LINK_LIFETIME_MINUTES = 30;
