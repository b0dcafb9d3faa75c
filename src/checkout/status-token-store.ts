/**
 * Where a checkout leaves the status token of the payment it created, for the return page's
 * `<dodo-payment-status>` in the same tab: sessionStorage, by payment id, with the checkout's
 * scope (endpoint and cart) so "Try again" can withdraw that checkout's created payment. The
 * token is no secret of the merchant's: it only lets this tab ask for its own payment's status.
 */
import type { CreatePaymentResponse } from '../api/schemas.js';

const KEY = 'dodo-checkout:status-tokens';
/** A tab makes few payments; the oldest go first. */
const MAX_KEPT = 10;

export interface KeptStatusToken {
  /** The create answer's `payment_id` (a checkout session's id in session mode). */
  id: string;
  token: string;
  /** The checkout's persistence scope (`persistenceKey`). */
  scope: string;
  /** Whether the id is a checkout session's, which the return URL names by its payment instead. */
  session: boolean;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function readAll(): KeptStatusToken[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is KeptStatusToken =>
        !!entry && typeof entry.id === 'string' && typeof entry.token === 'string' && typeof entry.scope === 'string' && typeof entry.session === 'boolean',
    );
  } catch {
    return [];
  }
}

/** Keeps the token the proxy sent with a created payment (nothing when it sent none). */
export function rememberStatusToken(response: CreatePaymentResponse, scope: string): void {
  const token = response['status_token'];
  if (typeof token !== 'string' || token.length > 200) return;
  const entry: KeptStatusToken = { id: response.payment_id, token, scope, session: typeof response['session_id'] === 'string' };
  try {
    storage()?.setItem(KEY, JSON.stringify([...readAll().filter((kept) => kept.id !== entry.id), entry].slice(-MAX_KEPT)));
  } catch {
    // Quota or privacy mode: the return page then says it cannot confirm, which is true.
  }
}

/**
 * The token for the payment a return URL names: kept under that id, or else the latest checkout
 * session of this tab (Dodo returns a session's payment id, which the create answer did not know).
 */
export function findStatusToken(paymentId: string | null): KeptStatusToken | undefined {
  const kept = readAll();
  return kept.find((entry) => entry.id === paymentId) ?? kept.filter((entry) => entry.session).at(-1);
}

/** Withdraws the payment a checkout created, so that checkout shows its form again with a new Idempotency-Key. */
export function forgetCreatedPayment(scope: string): void {
  try {
    // The created-payment record of src/checkout (`<scope>|payment`) and the saved form of that scope.
    storage()?.removeItem(`${scope}|payment`);
  } catch {
    // See rememberStatusToken().
  }
}
