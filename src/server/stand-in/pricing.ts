/**
 * What the stand-in charges, as one pure function shared by `POST /checkouts/preview` and
 * `POST /payments`, so a payment charges exactly what the preview quoted for the same input:
 * catalogue prices (or the pay-what-you-want amount), the billing currency (fixed, or the
 * country's own under adaptive pricing) at the demo rates, the discount code, and tax by billing
 * country with reverse charge for a valid business VAT ID.
 */
import { allocateProportionally } from '../allocate-proportionally.js';
import type { StandInDiscount, StandInProduct } from './stand-in-catalogue.js';
import { STAND_IN_USD_RATES } from './stand-in-catalogue.js';
import { checkTaxId, LOCAL_CURRENCY, TAX_BY_COUNTRY, type TaxIdCheck } from './tax-table.js';

export interface PricingRequest {
  product_cart: readonly { product_id: string; quantity: number; amount?: number | null }[];
  /** Billing country (ISO 3166-1 alpha-2). */
  country: string;
  billing_currency?: string | null;
  discount_code?: string | null;
  tax_id?: string | null;
}

export interface PricingCatalogue {
  products: ReadonlyMap<string, StandInProduct>;
  /** By upper-case code. */
  discounts: ReadonlyMap<string, StandInDiscount>;
}

export interface PricingSettings {
  /** Bill in the billing country's currency when the request fixes none. */
  adaptivePricing: boolean;
  now: Date;
}

export interface PricedLine {
  product_id: string;
  name: string;
  quantity: number;
  /** Unit price in the product's currency (USD cents) before conversion and discount. */
  og_price: number;
  og_currency: 'USD';
  /** Unit price in the billing currency, before discount. */
  unit_price: number;
  /** `unit_price × quantity`. */
  amount: number;
  /** This line's share of the order discount. */
  discount: number;
  /** Tax on this line after its discount (included in `amount` when `tax_inclusive`). */
  tax: number;
  /** Basis points (2100 = 21 %); 0 when untaxed or reverse charged. */
  tax_rate: number;
  tax_inclusive: boolean;
}

export interface PricedOrder {
  currency: string;
  country: string;
  lines: PricedLine[];
  /** Sum of the lines' `amount`. */
  subtotal: number;
  discount: number;
  tax: number;
  /** What is charged: subtotal − discount + tax added on top. */
  total: number;
  discount_id: string | null;
  /** Whether the discount is a percentage, with its basis points. */
  discount_percentage: number | null;
  /** The verdict on `tax_id`, or `null` when none was given. */
  tax_id: TaxIdCheck | null;
}

export class PricingError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PricingError';
  }
}

/** ISO 4217 minor-unit digits from the platform's ICU data (JPY 0, USD 2, KWD 3). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

function usdRate(currency: string): number {
  const rate = STAND_IN_USD_RATES[currency];
  if (rate === undefined) throw new PricingError(422, 'UNSUPPORTED_CURRENCY', `Billing currency ${currency} is not supported.`);
  return rate;
}

export function fromUsdCents(cents: number, currency: string): number {
  return currency === 'USD' ? cents : Math.round((cents / 100) * usdRate(currency) * 10 ** minorDigits(currency));
}

export function toUsdCents(amount: number, currency: string): number {
  return currency === 'USD' ? amount : Math.round((amount / 10 ** minorDigits(currency) / usdRate(currency)) * 100);
}

function billingCurrency(request: PricingRequest, settings: PricingSettings): string {
  if (request.billing_currency) {
    usdRate(request.billing_currency);
    return request.billing_currency;
  }
  return settings.adaptivePricing ? (LOCAL_CURRENCY[request.country] ?? 'USD') : 'USD';
}

function findDiscount(code: string, catalogue: PricingCatalogue, now: Date): StandInDiscount {
  const found = catalogue.discounts.get(code.toUpperCase());
  if (!found) throw new PricingError(422, 'INVALID_DISCOUNT_CODE', 'discount_code: this discount code does not exist.');
  if (found.expires_at && Date.parse(found.expires_at) <= now.getTime()) {
    throw new PricingError(422, 'DISCOUNT_CODE_EXPIRED', 'discount_code: this discount code has expired.');
  }
  return found;
}

/** Prices one order. Throws `PricingError` for what the API refuses (unknown product, code, currency…). */
export function priceOrder(request: PricingRequest, catalogue: PricingCatalogue, settings: PricingSettings): PricedOrder {
  const currency = billingCurrency(request, settings);
  // A pay-what-you-want amount is in the currency the request fixes, else in the product's USD.
  const amountCurrency = request.billing_currency ?? 'USD';
  const taxIdText = request.tax_id?.trim();
  const taxId = taxIdText ? checkTaxId(taxIdText, request.country) : null;
  const countryTax = TAX_BY_COUNTRY[request.country];
  const reverseCharge = taxId?.valid === true && taxId.reverseCharge;
  const rate = countryTax && !reverseCharge ? countryTax.rate : 0;

  const lines: PricedLine[] = [];
  let units = 0;
  for (const [index, item] of request.product_cart.entries()) {
    const product = catalogue.products.get(item.product_id);
    if (!product) throw new PricingError(422, 'PRODUCT_NOT_FOUND', `product_cart[${index}].product_id: product ${item.product_id} does not exist.`);
    let ogPrice = product.price;
    let unit: number;
    if (product.pay_what_you_want) {
      if (item.amount == null) throw new PricingError(422, 'INVALID_REQUEST_PARAMETERS', `product_cart[${index}].amount is required for a pay-what-you-want product.`);
      ogPrice = toUsdCents(item.amount, amountCurrency);
      if (ogPrice < product.pay_what_you_want.minimum_price) {
        throw new PricingError(422, 'AMOUNT_TOO_LOW', `product_cart[${index}].amount is below the product's minimum price.`);
      }
      unit = amountCurrency === currency ? item.amount : fromUsdCents(ogPrice, currency);
    } else {
      unit = fromUsdCents(product.price, currency);
    }
    const inclusive = product.tax_inclusive;
    // Reverse charge on a tax-inclusive price: the buyer pays the price without the tax it held.
    if (inclusive && reverseCharge && countryTax) unit = Math.round((unit * 10_000) / (10_000 + countryTax.rate));
    lines.push({
      product_id: product.product_id,
      name: product.name,
      quantity: item.quantity,
      og_price: ogPrice,
      og_currency: 'USD',
      unit_price: unit,
      amount: unit * item.quantity,
      discount: 0,
      tax: 0,
      tax_rate: rate,
      tax_inclusive: inclusive,
    });
    units += item.quantity;
  }
  if (units === 0) throw new PricingError(422, 'INVALID_REQUEST_PARAMETERS', 'product_cart: the cart has no items with a quantity above 0.');
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);

  let discount = 0;
  let discountId: string | null = null;
  let discountPercentage: number | null = null;
  const code = request.discount_code?.trim();
  if (code) {
    const found = findDiscount(code, catalogue, settings.now);
    discountId = found.discount_id;
    if (found.type === 'percentage') {
      discountPercentage = found.amount;
      discount = Math.round((subtotal * found.amount) / 10_000);
    } else {
      discount = Math.min(subtotal, fromUsdCents(found.amount, currency));
    }
    allocateProportionally(discount, lines.map((line) => line.amount)).forEach((share, index) => (lines[index]!.discount = share));
  }

  let taxAdded = 0;
  for (const line of lines) {
    const net = line.amount - line.discount;
    line.tax = line.tax_inclusive ? Math.round((net * rate) / (10_000 + rate)) : Math.round((net * rate) / 10_000);
    if (!line.tax_inclusive) taxAdded += line.tax;
  }
  const tax = lines.reduce((sum, line) => sum + line.tax, 0);

  return {
    currency,
    country: request.country,
    lines,
    subtotal,
    discount,
    tax,
    total: subtotal - discount + taxAdded,
    discount_id: discountId,
    discount_percentage: discountPercentage,
    tax_id: taxId,
  };
}
