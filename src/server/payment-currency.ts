/**
 * The currency of a created payment's total. Dodo's create answer states `total_amount` without
 * one, and under adaptive pricing Dodo may bill the shopper in their own currency rather than the
 * shop's. The element writes the total on its confirmation panel only in a currency it knows to be
 * Dodo's, so the proxy adds `currency` to the answer: the `billing_currency` the request fixed
 * (after the merchant's pins and `transform`), else the created payment's, asked of the API unless
 * the request redirects the shopper to Dodo's page at once.
 */
import type DodoPayments from 'dodopayments';
import { CurrencySchema, type CreatePaymentRequest, type CreatePaymentResponse } from '../api/schemas.js';

/** How long the answer waits for the payment's currency before it goes out without one. */
export const CURRENCY_LOOKUP_MS = 3_000;

/**
 * A currency the element's check accepts, or undefined: an unknown code would make the browser
 * refuse the whole answer, which the key then replays.
 */
export function knownCurrency(value: unknown): CreatePaymentResponse['currency'] {
  const parsed = CurrencySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export async function withPaymentCurrency(client: DodoPayments, payment: CreatePaymentResponse, body: CreatePaymentRequest): Promise<CreatePaymentResponse> {
  if (body.billing_currency) return { ...payment, currency: body.billing_currency };
  if (body.redirect_immediately) return payment;
  try {
    // The SDK's timeout ends when the headers arrive; the signal also bounds a body that stalls.
    const currency = knownCurrency((await client.payments.retrieve(payment.payment_id, { timeout: CURRENCY_LOOKUP_MS, maxRetries: 0, signal: AbortSignal.timeout(CURRENCY_LOOKUP_MS) })).currency);
    return currency ? { ...payment, currency } : payment;
  } catch {
    // The payment exists either way: the element then takes the currency from the quote or its billing-currency, if any.
    return payment;
  }
}
