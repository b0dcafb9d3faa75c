/**
 * A deadline for a whole call to the Dodo API, whatever part of it stalls. The SDK's `timeout`
 * covers each attempt only until the answer's headers arrive: a body that stalls after them would
 * hold the call, and the shopper's request with it, until the runtime gives up (minutes with
 * Node's fetch). Each attempt is allowed its timeout and a second more, and each retry the SDK's
 * longest backoff (the allowance the idempotency lease is sized by, so the call ends before its
 * lease does); then the call is
 * aborted, which `mapUpstreamError` answers as a timeout (504, outcome unknown).
 */
import DodoPayments from 'dodopayments';

/** How long a call of `maxRetries` retries at `timeout` ms an attempt may take in all, the SDK's backoff (at most 8 s) before each retry included. */
export function callBudgetMs(timeout: number, maxRetries: number): number {
  return (timeout + 1_000) * (maxRetries + 1) + maxRetries * 8_000;
}

/** Request options that abort the call at its budget: `timeout` and `maxRetries` are the call's own, else the client's. */
export function withDeadline<T extends { timeout?: number; maxRetries?: number }>(client: Pick<DodoPayments, 'timeout' | 'maxRetries'>, options: T = {} as T): T & { signal: AbortSignal } {
  return { ...options, signal: AbortSignal.timeout(callBudgetMs(options.timeout ?? client.timeout, options.maxRetries ?? client.maxRetries)) };
}

/** Whether `error` is a call aborted at its deadline: by the SDK before an attempt, or in the body's read. */
export function isDeadline(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return error instanceof DodoPayments.APIUserAbortError || name === 'AbortError' || name === 'TimeoutError';
}
