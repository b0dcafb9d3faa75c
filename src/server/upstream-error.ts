/**
 * Maps what the SDK throws to the proxy's `{code, message}` answer: upstream 4xx about the
 * request pass through with the API's own message when its body is API-style; 401 and 403 (the
 * merchant's key is wrong or lacks permission, which no shopper can fix) and 5xx become a generic
 * 502, timeouts 504 and connection failures 502. Nothing else from the error (headers, stack,
 * request, key) goes out; the log line gets the upstream status and code.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'dodopayments';
import { isDeadline } from './upstream-deadline.js';
import type { StoredResponse } from './idempotency-store.js';

export interface MappedError {
  status: number;
  code: string;
  message: string;
  /** Headers worth passing on (Retry-After of a 429). */
  headers: Record<string, string>;
  /** Status Dodo answered with, for the log. */
  upstreamStatus?: number;
  /** Dodo's error code when it is API-style, for the log. */
  upstreamCode?: string;
}

const MAX_MESSAGE = 500;

function apiStyleBody(body: unknown): { code: string; message: string } | null {
  if (!body || typeof body !== 'object') return null;
  const { code, message } = body as Record<string, unknown>;
  if (typeof message !== 'string' || message.trim() === '') return null;
  return { code: typeof code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? code : 'UPSTREAM_REJECTED', message };
}

/** Removes every occurrence of the secrets from a message that will leave the server. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE)}…` : out;
}

export function mapUpstreamError(error: unknown, secrets: readonly string[]): MappedError {
  if (error instanceof APIConnectionTimeoutError || isDeadline(error)) {
    return { status: 504, code: 'UPSTREAM_TIMEOUT', message: 'The payment provider did not answer in time.', headers: {} };
  }
  if (error instanceof APIConnectionError) {
    return { status: 502, code: 'UPSTREAM_UNREACHABLE', message: 'The payment provider could not be reached.', headers: {} };
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const upstreamStatus = error.status;
    const body = apiStyleBody(error.error);
    const upstreamCode = body && body.code !== 'UPSTREAM_REJECTED' ? { upstreamCode: body.code } : {};
    if (upstreamStatus === 401 || upstreamStatus === 403) {
      return { ...upstreamError('Payments are not available right now. Please try again later.'), upstreamStatus, ...upstreamCode };
    }
    if (upstreamStatus >= 400 && upstreamStatus < 500) {
      const headers: Record<string, string> = {};
      const retryAfter = error.headers?.get('retry-after');
      if (retryAfter && /^[\w ,:+-]{1,64}$/.test(retryAfter)) headers['retry-after'] = retryAfter;
      return {
        status: upstreamStatus,
        code: body?.code ?? 'UPSTREAM_REJECTED',
        message: body ? redact(body.message, secrets) : 'The payment provider rejected the request.',
        headers,
        upstreamStatus,
      };
    }
    return { ...upstreamError(PROVIDER_PROBLEM), upstreamStatus, ...upstreamCode };
  }
  return upstreamError(PROVIDER_PROBLEM);
}

export const PROVIDER_PROBLEM = 'The payment provider had a problem. Please try again.';

/** A 502 `UPSTREAM_ERROR`: trouble at the payment provider that the shopper cannot fix. */
export function upstreamError(message: string): MappedError {
  return { status: 502, code: 'UPSTREAM_ERROR', message, headers: {} };
}

/** A failed upstream call as the proxy's answer: the mapped error, with Dodo's status and code in headers. */
export function upstreamFailure(error: unknown, secrets: readonly string[]): StoredResponse {
  const mapped = mapUpstreamError(error, secrets);
  return {
    status: mapped.status,
    body: JSON.stringify({ code: mapped.code, message: mapped.message }),
    headers: {
      ...mapped.headers,
      ...(mapped.upstreamStatus ? { 'x-upstream-status': String(mapped.upstreamStatus) } : {}),
      ...(mapped.upstreamCode ? { 'x-upstream-code': mapped.upstreamCode } : {}),
    },
  };
}
