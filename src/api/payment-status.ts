/**
 * What the proxy's status route answers about a payment: its state as Dodo reports it, reduced to
 * the five a shopper needs, its total and currency, and its id. Nothing about the customer.
 * Shared by the route and `<dodo-payment-status>`, which parses the answer with it.
 */
import * as z from 'zod/mini';

export const PAYMENT_STATES = ['succeeded', 'processing', 'failed', 'cancelled', 'requires_action'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

export const PaymentStatusSchema = z.looseObject({
  payment_id: z.string().check(z.minLength(1), z.maxLength(64)),
  status: z.enum(PAYMENT_STATES),
  /** In the currency's minor units; absent while a checkout session has no payment yet. */
  total_amount: z.optional(z.nullable(z.int().check(z.minimum(0)))),
  currency: z.optional(z.nullable(z.string().check(z.regex(/^[A-Z]{3}$/)))),
});

export type PaymentStatus = z.infer<typeof PaymentStatusSchema>;

/** The request body of the status route: the token the create answer carried. */
export interface PaymentStatusRequest {
  token: string;
}

/** The API's intent statuses as the shopper sees them; anything unknown is still being worked on. */
export function shopperStateOf(intentStatus: string | null | undefined): PaymentState {
  switch (intentStatus) {
    case 'succeeded':
    case 'failed':
    case 'cancelled':
      return intentStatus;
    case 'requires_customer_action':
    case 'requires_payment_method':
    case null:
    case undefined:
      return 'requires_action';
    default:
      // processing, requires_confirmation/_capture/_merchant_action, partial captures: the shopper has done their part.
      return 'processing';
  }
}
