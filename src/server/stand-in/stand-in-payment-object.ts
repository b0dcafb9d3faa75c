/** The stand-in's payments as the API shows them: the full object, the list item and the hosted page's model. */
import { toUsdCents } from './pricing.js';
import { BUSINESS_ID, DECLINE, StandInError } from './stand-in-http.js';
import type { StandInPayment, StandInPaymentObject } from './stand-in-types.js';

/** `GET /payments/{id}`: the SDK's Payment, with the card a tester "paid" with once attempted. */
export function paymentObject(payment: StandInPayment): StandInPaymentObject {
  const { response } = payment;
  const attempted = payment.status !== 'requires_payment' && payment.status !== 'cancelled';
  return {
    billing: {
      country: payment.billing.country,
      city: payment.billing.city ?? null,
      state: payment.billing.state ?? null,
      street: payment.billing.street ?? null,
      zipcode: payment.billing.zipcode ?? null,
    } as StandInPaymentObject['billing'],
    brand_id: 'brd_stand_in',
    business_id: BUSINESS_ID,
    created_at: payment.createdAt.toISOString(),
    updated_at: payment.updatedAt.toISOString(),
    currency: payment.currency as StandInPaymentObject['currency'],
    customer: response.customer,
    digital_products_delivered: false,
    disputes: [],
    is_multi_subscription: false,
    is_update_payment_method: false,
    metadata: response.metadata,
    payment_id: response.payment_id,
    payment_provider: 'dodo',
    refunds: [],
    retry_attempt: 0,
    settlement_amount: toUsdCents(response.total_amount, payment.currency),
    settlement_currency: 'USD',
    subscription_ids: [],
    total_amount: response.total_amount,
    tax: payment.tax,
    status: payment.status === 'requires_payment' ? 'requires_payment_method' : payment.status,
    payment_link: response.payment_link,
    discount_id: response.discount_id,
    product_cart: response.product_cart.map((item) => ({ product_id: item.product_id, quantity: item.quantity })),
    payment_method: attempted ? 'card' : null,
    payment_method_type: attempted ? 'credit' : null,
    card_network: attempted ? 'VISA' : null,
    card_type: attempted ? 'CREDIT' : null,
    card_last_four: attempted ? (payment.status === 'failed' ? '0002' : '4242') : null,
    card_issuing_country: attempted ? (payment.billing.country as StandInPaymentObject['card_issuing_country']) : null,
    card_holder_name: attempted ? response.customer.name : null,
    error_code: payment.status === 'failed' ? DECLINE.code : null,
    error_message: payment.status === 'failed' ? DECLINE.message : null,
  };
}

/** `GET /payments` items: the fields the list returns. */
export function listItem(payment: StandInPayment) {
  const full = paymentObject(payment);
  return {
    brand_id: full.brand_id,
    created_at: full.created_at,
    currency: full.currency,
    customer: full.customer,
    digital_products_delivered: full.digital_products_delivered,
    has_license_key: false,
    is_multi_subscription: full.is_multi_subscription,
    metadata: full.metadata,
    payment_id: full.payment_id,
    payment_provider: full.payment_provider,
    subscription_ids: full.subscription_ids,
    total_amount: full.total_amount,
    status: full.status,
  };
}

/** What the hosted payment page stand-in shows for `payment`. */
export function hostedModel(payment: StandInPayment, expired: boolean) {
  return {
    paymentId: payment.response.payment_id,
    currency: payment.currency,
    lines: payment.lines,
    discount: payment.discount,
    tax: payment.tax,
    taxIncluded: payment.taxIncluded,
    total: payment.response.total_amount,
    status: payment.status,
    actions: {
      pay: `/checkout/${payment.response.payment_id}/pay`,
      decline: `/checkout/${payment.response.payment_id}/decline`,
      cancel: `/checkout/${payment.response.payment_id}/cancel`,
    },
    returnUrl: payment.returnUrl,
    expired,
  };
}

/** `GET /payments`: newest first, `created_at_gte`/`created_at_lte` inclusive, `page_number` from 0, `page_size` ≤ 100. */
export function listPage(payments: Iterable<StandInPayment>, query: URLSearchParams): Array<ReturnType<typeof listItem>> {
  const bound = (name: string) => {
    const value = query.get(name);
    if (value === null) return undefined;
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw new StandInError(422, 'INVALID_REQUEST_PARAMETERS', `${name}: must be an ISO 8601 date-time.`);
    return time;
  };
  const page = (name: string, fallback: number, max: number) => {
    const value = query.get(name);
    const number = value === null ? fallback : Number(value);
    if (!Number.isInteger(number) || number < 0 || number > max) throw new StandInError(422, 'INVALID_REQUEST_PARAMETERS', `${name}: must be an integer from 0 to ${max}.`);
    return number;
  };
  const from = bound('created_at_gte');
  const to = bound('created_at_lte');
  const size = page('page_size', 10, 100);
  const number = page('page_number', 0, 1_000_000);
  const matching = [...payments]
    .filter((payment) => (from === undefined || payment.createdAt.getTime() >= from) && (to === undefined || payment.createdAt.getTime() <= to))
    .reverse();
  return matching.slice(number * size, number * size + size).map(listItem);
}
