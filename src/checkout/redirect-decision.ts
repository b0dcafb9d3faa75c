import type { CreatePaymentResponse } from '../api/schemas.js';
import { parseSafePaymentLink } from './payment-link.js';

export type RedirectDecision =
  | { kind: 'redirect'; url: string }
  | { kind: 'confirm'; url: string; totalAmount: number; expiresOn: Date | null }
  | { kind: 'unsafe-link' };

/** What to do with a created payment: go now, confirm first, or refuse an unsafe link. */
export function decideRedirect(response: CreatePaymentResponse, redirectImmediately: boolean): RedirectDecision {
  const url = parseSafePaymentLink(response.payment_link);
  if (!url) return { kind: 'unsafe-link' };
  if (redirectImmediately) return { kind: 'redirect', url: url.href };
  const expires = response.expires_on ? new Date(response.expires_on) : null;
  return {
    kind: 'confirm',
    url: url.href,
    totalAmount: response.total_amount,
    expiresOn: expires && !Number.isNaN(expires.getTime()) ? expires : null,
  };
}
