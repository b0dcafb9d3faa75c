/**
 * Where a checkout leaves the status token of the payment it created, for the return page's
 * `<dodo-payment-status>` in the same tab: sessionStorage, by payment id, with the checkout's
 * scope (endpoint and cart) so "Try again" can withdraw that checkout's created payment
 * (`storeCreatedPayment(scope)`). The
 * token is no secret of the merchant's: it only lets this tab ask for its own payment's status.
 */
import type { CreatePaymentResponse } from '../api/schemas.js';
import { storage } from './form-persistence.js';

const PREFIX = 'dodo-checkout:status:';

export interface KeptStatusToken {
  /** The create answer's `payment_id` (a checkout session's id in session mode). */
  id: string;
  token: string;
  /** The checkout's persistence scope (`persistenceKey`). */
  scope: string;
  /** Whether the id is a checkout session's, which the return URL names by its payment instead. */
  session: boolean;
  /** When it was kept, in ms since the epoch. */
  at: number;
}

/** Keeps the token the proxy sent with a created payment (nothing when it sent none). Small: it ships in the checkout. */
export function rememberStatusToken(response: CreatePaymentResponse, scope: string): void {
  const token = response['status_token'];
  if (typeof token !== 'string') return;
  try {
    storage()?.setItem(PREFIX + response.payment_id, JSON.stringify({ token, scope, session: 'session_id' in response, at: Date.now() }));
  } catch {
    // Quota or privacy mode: the return page then says it cannot confirm, which is true.
  }
}

function read(key: string): KeptStatusToken | undefined {
  try {
    const entry = JSON.parse(storage()?.getItem(key) ?? 'null') as Partial<KeptStatusToken> | null;
    // Anything on the page can write to storage: only a well-formed entry is used.
    if (!entry || typeof entry.token !== 'string' || typeof entry.scope !== 'string' || typeof entry.session !== 'boolean' || typeof entry.at !== 'number') return undefined;
    return { ...entry, id: key.slice(PREFIX.length) } as KeptStatusToken;
  } catch {
    return undefined;
  }
}

/** The token kept for the create answer whose `payment_id` was `id`, if any. */
export function statusTokenFor(id: string): KeptStatusToken | undefined {
  return read(PREFIX + id);
}

/** At most this many checkout sessions of the tab are asked about a return URL's payment. */
const MOST_SESSIONS = 5;

/**
 * The tokens that may belong to the payment a return URL names: the one kept under that id, or
 * else the tab's checkout sessions, latest first (Dodo returns a session's payment id, which the
 * create answer did not know, so the status route's answer tells which session it was).
 */
export function findStatusTokens(paymentId: string | null): KeptStatusToken[] {
  const exact = paymentId ? statusTokenFor(paymentId) : undefined;
  if (exact) return [exact];
  const store = storage();
  const sessions: KeptStatusToken[] = [];
  for (let i = 0; store && i < store.length; i++) {
    const key = store.key(i);
    const entry = key?.startsWith(PREFIX) ? read(key) : undefined;
    if (entry?.session) sessions.push(entry);
  }
  return sessions.sort((a, b) => b.at - a.at).slice(0, MOST_SESSIONS);
}
