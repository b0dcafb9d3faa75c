/**
 * One question to the proxy's status route, classified: the verified status, "cannot confirm"
 * (the route's 404: no such payment for this token), or unavailable (network, timeout, 5xx, 429,
 * an answer of the wrong shape) — which says nothing about the payment and may be asked again.
 */
import { PaymentStatusSchema, type PaymentStatus } from '../api/payment-status.js';

export type StatusOutcome = { kind: 'status'; status: PaymentStatus } | { kind: 'unknown' } | { kind: 'unavailable' };

export async function fetchPaymentStatus(endpoint: string, token: string, options: { timeout?: number; signal?: AbortSignal; fetch?: typeof fetch } = {}): Promise<StatusOutcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeout ?? 15_000);
  const abort = () => timeout.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    const response = await (options.fetch ?? fetch)(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token }),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: timeout.signal,
    });
    if (response.status === 404) return { kind: 'unknown' };
    if (!response.ok) return { kind: 'unavailable' };
    const parsed = PaymentStatusSchema.safeParse(await response.json());
    return parsed.success ? { kind: 'status', status: parsed.data } : { kind: 'unavailable' };
  } catch {
    return { kind: 'unavailable' };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}

/**
 * How long to wait before checking a processing payment again: `first` ms (held to 250 ms–10 s,
 * 1 s when it is not a number), growing by half each time up to 10 s, for about two minutes in all;
 * `undefined` once that is spent.
 */
export function nextPollDelay(attempt: number, first = 1_000, budget = 120_000): number | undefined {
  let elapsed = 0;
  let delay = Number.isFinite(first) ? Math.min(10_000, Math.max(250, first)) : 1_000;
  for (let i = 0; i <= attempt; i++) {
    if (i > 0) delay = Math.min(10_000, Math.round(delay * 1.5));
    elapsed += delay;
    if (elapsed > budget) return undefined;
  }
  return delay;
}
