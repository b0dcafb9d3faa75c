import type { CreatePaymentResponse } from '../api/schemas.js';
import { parseSafePaymentLink } from './payment-link.js';

export type RedirectDecision = { kind: 'redirect' | 'confirm'; url: string } | { kind: 'unsafe-link' };

/** What to do with a created payment: go now, confirm first, or refuse an unsafe link. */
export function decideRedirect(response: CreatePaymentResponse, redirectImmediately: boolean): RedirectDecision {
  const url = parseSafePaymentLink(response.payment_link);
  if (!url) return { kind: 'unsafe-link' };
  return { kind: redirectImmediately ? 'redirect' : 'confirm', url: url.href };
}
