/**
 * The proxy's side of terms consent (`terms` option): a create must carry the shopper's
 * acceptance of exactly the merchant's documents (`Dodo-Checkout-Consent`, see
 * api/terms-consent.ts), and the proxy writes the evidence on the payment itself, with its own
 * clock. The browser's `metadata` never sets those keys, with or without `terms`.
 */
import type { CreatePaymentRequest } from '../api/schemas.js';
import { CONSENT_HEADER, CONSENT_METADATA_KEYS, consentMatches, normalizeDocumentUrl, parseConsentHeader, type TermsDocuments } from '../api/terms-consent.js';

const RESERVED_KEYS: ReadonlySet<string> = new Set(Object.values(CONSENT_METADATA_KEYS));

/** The merchant's documents, normalized; throws at creation on a URL that is not absolute http(s). */
export function checkTermsOption(terms: TermsDocuments | undefined): TermsDocuments | undefined {
  if (!terms) return undefined;
  const checked: TermsDocuments = { termsUrl: '' };
  for (const key of ['termsUrl', 'privacyUrl', 'refundUrl'] as const) {
    if (terms[key] === undefined) continue;
    const url = normalizeDocumentUrl(terms[key]);
    if (!url) throw new Error(`dodo-checkout/server: terms.${key} must be an absolute http(s) URL.`);
    checked[key] = url;
  }
  if (!checked.termsUrl) throw new Error('dodo-checkout/server: terms.termsUrl is required when `terms` is set.');
  return checked;
}

/** Whether the request carries the shopper's acceptance of exactly `terms`. */
export function hasConsent(request: Request, terms: TermsDocuments): boolean {
  return consentMatches(parseConsentHeader(request.headers.get(CONSENT_HEADER)), terms);
}

/** The browser's metadata without the consent keys, and how many it tried to set. */
export function withoutConsentKeys(metadata: Record<string, string>): { metadata: Record<string, string>; dropped: number } {
  const kept: Record<string, string> = {};
  let dropped = 0;
  for (const [key, value] of Object.entries(metadata)) {
    if (RESERVED_KEYS.has(key)) dropped += 1;
    else kept[key] = value;
  }
  return { metadata: kept, dropped };
}

/** The body with the acceptance recorded in `metadata`: the time it was created, and the documents' URLs. */
export function recordTermsAcceptance(body: CreatePaymentRequest, terms: TermsDocuments, now: number): CreatePaymentRequest {
  const record: Record<string, string> = {
    [CONSENT_METADATA_KEYS.acceptedAt]: new Date(now).toISOString(),
    [CONSENT_METADATA_KEYS.termsUrl]: terms.termsUrl,
  };
  if (terms.privacyUrl) record[CONSENT_METADATA_KEYS.privacyUrl] = terms.privacyUrl;
  if (terms.refundUrl) record[CONSENT_METADATA_KEYS.refundUrl] = terms.refundUrl;
  return { ...body, metadata: { ...withoutConsentKeys(body.metadata ?? {}).metadata, ...record } };
}
