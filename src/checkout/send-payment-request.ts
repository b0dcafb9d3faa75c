/**
 * One round trip to the merchant proxy, classified into the outcomes the element shows. Pure
 * apart from `fetch`, which is injectable so the lifecycle is testable without a browser.
 */
import { asApiError, asPaymentResponse } from '../api/payment-checks.js';
import type { CreatePaymentRequest, CreatePaymentResponse } from '../api/schemas.js';
import { CONSENT_HEADER, consentHeaderValue, type TermsDocuments } from '../api/terms-consent.js';
import type { CheckoutErrorKind } from '../events.js';

export interface SendOptions {
  endpoint: string;
  request: CreatePaymentRequest;
  idempotencyKey: string;
  timeout: number;
  /** BCP 47 UI language, sent as `Accept-Language` (the body stays the API's). */
  language?: string;
  /** The documents the shopper accepted, sent as the `Dodo-Checkout-Consent` header (the body stays the API's). */
  consent?: TermsDocuments;
  /** Aborts the request when the element goes away; reported as `aborted`. */
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

export interface SendFailure {
  ok: false;
  kind: Exclude<CheckoutErrorKind, 'total-changed'> | 'aborted';
  status?: number;
  code?: string;
  /** The API's own `message`, safe to show as text; absent for non-API bodies. */
  apiMessage?: string;
  /** Seconds from a 429's Retry-After header. */
  retryAfter?: number;
}

export type SendOutcome = { ok: true; response: CreatePaymentResponse } | SendFailure;

const MAX_ERROR_BODY = 64 * 1024;

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function sendPaymentRequest(options: SendOptions): Promise<SendOutcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeout);
  const abortOnParent = () => timeout.abort();
  options.signal?.addEventListener('abort', abortOnParent, { once: true });
  const failure = (): SendFailure => ({ ok: false, kind: options.signal?.aborted ? 'aborted' : 'timeout' });
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(options.endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': options.idempotencyKey,
          ...(options.language ? { 'Accept-Language': options.language } : {}),
          ...(options.consent ? { [CONSENT_HEADER]: consentHeaderValue(options.consent) } : {}),
        },
        body: JSON.stringify(options.request),
        credentials: 'same-origin',
        signal: timeout.signal,
      });
    } catch {
      return timeout.signal.aborted ? failure() : { ok: false, kind: 'network' };
    }

    let text: string;
    try {
      text = await response.text();
    } catch {
      return timeout.signal.aborted ? failure() : { ok: false, kind: 'network', status: response.status };
    }

    if (!response.ok) {
      const body = text.length <= MAX_ERROR_BODY ? asApiError(parseJson(text)) : undefined;
      const outcome: SendFailure = { ok: false, kind: 'server', status: response.status };
      if (body) {
        outcome.code = body.code;
        outcome.apiMessage = body.message;
      }
      const retryAfter = response.status === 429 ? retryAfterSeconds(response.headers.get('Retry-After')) : undefined;
      if (retryAfter !== undefined) outcome.retryAfter = retryAfter;
      return outcome;
    }

    const created = asPaymentResponse(parseJson(text));
    if (!created) return { ok: false, kind: 'response', status: response.status };
    return { ok: true, response: created };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortOnParent);
  }
}
