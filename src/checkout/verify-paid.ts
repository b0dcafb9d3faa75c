/**
 * Asks the proxy's status route whether a payment this tab created was paid, with the status
 * token its create answer carried (status-token-store.ts). For a payment the checkout shows again
 * from the tab's record: the shopper may have paid and never reached the return page. Its own
 * chunk, loaded only then; it checks the few fields it reads by hand rather than with the return
 * page's schema, which would bring the validation library along.
 */
import { recordPaid } from './created-payment.js';
import { statusTokenFor } from './status-token-store.js';

export interface VerifiedPaid {
  total_amount?: number;
  currency?: string;
}

/**
 * Dodo's answer when the payment `id` succeeded (its total and currency when the answer holds
 * well-formed ones); undefined for any other state, no token kept, or no usable answer.
 */
export async function verifiedPaid(endpoint: string, id: string): Promise<VerifiedPaid | undefined> {
  const kept = statusTokenFor(id);
  if (!kept) return undefined;
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: kept.token }),
      // A POST, never cached; credentials are fetch's default, same-origin.
      signal: AbortSignal.timeout(10_000),
    });
    const answer = response.ok ? ((await response.json()) as Record<string, unknown> | null) : null;
    if (answer?.['status'] !== 'succeeded') return undefined;
    const { total_amount, currency } = answer as VerifiedPaid;
    return Number.isSafeInteger(total_amount) && total_amount! >= 0 && /^[A-Z]{3}$/.test(currency!) ? { total_amount, currency } : {};
  } catch {
    return undefined;
  }
}

/** Asks about the payment `id` of the checkout `scope`; a verified success is recorded for the tab. Whether the tab's record now says paid. */
export async function checkPaid(endpoint: string, scope: string, id: string): Promise<boolean> {
  const verified = await verifiedPaid(endpoint, id);
  return !!verified && recordPaid(scope, id, verified);
}
