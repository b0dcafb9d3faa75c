/**
 * Finds the payment an attempt of unknown outcome may have created. Every create carries a hash
 * of its Idempotency-Key in `metadata` (`CHECKOUT_KEY_METADATA`); `payments.list` over the
 * attempt's time window finds it, `payments.retrieve` adds its link. The answer is the create
 * response as far as the API lets it be rebuilt: `payment_id`, `total_amount` and its `currency`, `customer`,
 * `metadata`, `payment_link`, `discount_id`, `product_cart` (ids and quantities: retrieve returns
 * no pay-what-you-want `amount`) — but no `client_secret` (only the create response carries it)
 * and no `expires_on` (retrieve does not return it).
 */
import type { ProxyErrorCode } from '../api/proxy-errors.js';
import type DodoPayments from 'dodopayments';
import type { StoredResponse } from './idempotency-store.js';
import { knownCurrency } from './payment-currency.js';
import { withDeadline } from './upstream-deadline.js';

/** Metadata key the proxy sets on every payment it creates with an Idempotency-Key; nothing else may set it. */
export const CHECKOUT_KEY_METADATA = 'dodo_checkout_key';

/** Slack on both sides of the window, for clock differences between this server and Dodo. */
const CLOCK_SLACK_MS = 60_000;
const PAGE_SIZE = 100;
/** Past this many payments in the window the search gives up rather than answer "none". */
const MAX_PAGES = 50;

/** Adds the key's tag to the body's metadata, over whatever the browser, the pins or `transform` put there. */
export function tagWithCheckoutKey<T extends { metadata?: Record<string, string> | null }>(body: T, tag: string): T {
  return { ...body, metadata: { ...body.metadata, [CHECKOUT_KEY_METADATA]: tag } };
}

/**
 * The rebuilt answer for the payment tagged `tag` created between `since` and `until` (epoch ms:
 * the attempt's start and the end of its settle window) and no later than `now` (the clock
 * `since` was read on), or `null` when the list holds none.
 * Throws when the API cannot be asked, the window holds too many payments to be sure, or the
 * search as a whole outlasts `budgetMs` (the lease it runs under: past it another request may
 * take the key over, and the shopper has waited long enough).
 */
export async function recoverTaggedPayment(
  client: DodoPayments,
  tag: string,
  { since, until, now, budgetMs }: { since: number; until: number; now: number; budgetMs: number },
  wantsLink: boolean,
): Promise<StoredResponse | null> {
  const search = AbortSignal.timeout(budgetMs);
  const deadline = () => {
    const call = withDeadline(client);
    return { ...call, signal: AbortSignal.any([call.signal, search]) };
  };
  const window = {
    created_at_gte: new Date(since - CLOCK_SLACK_MS).toISOString(),
    created_at_lte: new Date(Math.min(until, now) + CLOCK_SLACK_MS).toISOString(),
    page_size: PAGE_SIZE,
  };
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items } = await client.payments.list({ ...window, page_number: page }, deadline());
    const match = items.find((item) => item.metadata?.[CHECKOUT_KEY_METADATA] === tag);
    if (match) return answerFor(await client.payments.retrieve(match.payment_id, deadline()), wantsLink);
    if (items.length < PAGE_SIZE) return null;
  }
  throw new Error('dodo-checkout/server: too many payments in the window to rule one out.');
}

function answerFor(payment: Awaited<ReturnType<DodoPayments['payments']['retrieve']>>, wantsLink: boolean): StoredResponse {
  const link = payment.payment_link ?? null;
  if (wantsLink && !link) {
    return {
      status: 409,
      body: JSON.stringify({
        code: 'PAYMENT_LINK_UNAVAILABLE' satisfies ProxyErrorCode,
        message: 'A payment was already created for this checkout, but its payment link cannot be recovered. Please contact the shop or start a new checkout.',
        payment_id: payment.payment_id,
      }),
    };
  }
  const { customer_id, email, name, phone_number } = payment.customer;
  return {
    status: 200,
    body: JSON.stringify({
      payment_id: payment.payment_id,
      total_amount: payment.total_amount,
      currency: knownCurrency(payment.currency),
      customer: { customer_id, email, name, phone_number: phone_number ?? null },
      metadata: payment.metadata,
      payment_link: link,
      discount_id: payment.discount_id ?? null,
      product_cart: (payment.product_cart ?? []).map(({ product_id, quantity }) => ({ product_id, quantity })),
    }),
  };
}
