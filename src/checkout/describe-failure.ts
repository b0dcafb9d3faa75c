/**
 * What the shopper reads, and the merchant's `dodo-checkout-error` event carries, for a failed
 * attempt: a pure function of the failure and the shown language, so the message is written
 * again when the language changes.
 */
import { fieldOfErrorCode } from '../api/proxy-errors.js';
import type { CheckoutErrorDetail } from '../events.js';
import { FORM_FIELDS, REQUEST_PATHS, type FormField, type Translate } from '../form/form-model.js';
import { proxyOwnFailure } from './proxy-failure.js';
import type { SendFailure } from './send-payment-request.js';

/** A failed round trip, or a created payment whose link is not safe to open. */
export type CheckoutFailure = SendFailure | { kind: 'unsafe-link' };

export interface DescribedFailure {
  detail: CheckoutErrorDetail;
  /** The API refused a value the shopper typed (a discount code, a tax ID, a postal code…): its message belongs at that field. */
  refused?: { field: FormField; message: string };
  /** The proxy wants the shopper's consent to its terms: the checkbox shows the problem. */
  consentRequired?: boolean;
}

/**
 * The API's messages start with the field they concern ("discount_code: this discount code has
 * expired."); the shopper reads the sentence alone.
 */
export function withoutFieldPrefix(message: string): string {
  const sentence = message.replace(/^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+|\[\d+\])*:\s+/, '');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export function describeFailure(failure: CheckoutFailure, t: Translate): DescribedFailure {
  if (failure.kind === 'unsafe-link') return { detail: { kind: 'response', message: t('unsafeLink') } };
  const detail: CheckoutErrorDetail = { kind: failure.kind === 'aborted' ? 'network' : failure.kind, message: '' };
  if (failure.status !== undefined) detail.status = failure.status;
  if (failure.code !== undefined) detail.code = failure.code;
  // The proxy's own messages and 5xx bodies are English text for the merchant, not the shopper.
  const proxyOwn = failure.kind === 'server' ? proxyOwnFailure(failure) : undefined;
  if (failure.kind === 'timeout' || proxyOwn === 'timeout') detail.message = t('timeoutError');
  else if (failure.kind === 'network' || failure.kind === 'aborted') detail.message = t('networkError');
  else if (failure.kind === 'response') detail.message = t('responseError');
  else if (proxyOwn === 'request_timeout') detail.message = t('requestTimeout');
  else if (proxyOwn === 'rate_limited') detail.message = t('rateLimited', failure.retryAfter ?? 0);
  else if (proxyOwn === 'server') detail.message = t('serverError');
  else if (fieldOfErrorCode(failure.code) === 'terms') detail.message = t('acceptTerms');
  else if (failure.status === 429) detail.message = [failure.apiMessage, t('rateLimited', failure.retryAfter ?? 0)].filter(Boolean).join(' ');
  else detail.message = failure.apiMessage ? withoutFieldPrefix(failure.apiMessage) : t('serverError');

  if (proxyOwn || !failure.apiMessage) return { detail };
  // The API names the field it refuses by its error code (a discount code: api/proxy-errors.ts says
  // which), else first in its message ("tax_id: …", "billing.zipcode: …").
  const path = /^([a-z_.]+):/.exec(failure.apiMessage)?.[1];
  const field = fieldOfErrorCode(failure.code) ?? FORM_FIELDS.find((candidate) => candidate !== 'terms' && REQUEST_PATHS[candidate] === path);
  if (field === 'terms') return { detail, consentRequired: true };
  return field ? { detail, refused: { field, message: detail.message } } : { detail };
}
