/**
 * Terms consent between the element and its proxy. The request body stays the API's
 * `CreatePaymentRequest`: the documents the shopper accepted travel in the `Dodo-Checkout-Consent`
 * header as JSON (`{"terms":"…","privacy":"…","refund":"…"}`, only those shown), and the proxy,
 * when it has `terms` set, checks them against its own and records the acceptance in the
 * payment's `metadata` under the keys below, which the browser can never set.
 */

export const CONSENT_HEADER = 'Dodo-Checkout-Consent';

/** The documents a shopper agrees to: terms of service, and the privacy and refund policies if the merchant has them. */
export interface TermsDocuments {
  termsUrl: string;
  privacyUrl?: string;
  refundUrl?: string;
}

/** The header's JSON names of the documents. */
const HEADER_NAMES = { termsUrl: 'terms', privacyUrl: 'privacy', refundUrl: 'refund' } as const;

/** The metadata the proxy writes on the payment; keys the browser's `metadata` may not carry. */
export const CONSENT_METADATA_KEYS = {
  acceptedAt: 'terms_accepted_at',
  termsUrl: 'terms_url',
  privacyUrl: 'privacy_url',
  refundUrl: 'refund_url',
} as const;

/** A URL as the browser resolves it, so `https://Shop.example/terms` and `https://shop.example/terms` are one document; undefined when it is not http(s). */
export function normalizeDocumentUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The header value for the documents the shopper accepted (ASCII: `href` percent-encodes the rest). */
export function consentHeaderValue(documents: TermsDocuments): string {
  const named: Record<string, string> = {};
  for (const [key, name] of Object.entries(HEADER_NAMES) as Array<[keyof TermsDocuments, string]>) {
    const url = normalizeDocumentUrl(documents[key]);
    if (url) named[name] = url;
  }
  return JSON.stringify(named);
}

/** The documents a header names, or undefined when it is missing or malformed. */
export function parseConsentHeader(header: string | null): Partial<TermsDocuments> | undefined {
  if (!header || header.length > 8192) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const documents: Partial<TermsDocuments> = {};
  for (const [key, name] of Object.entries(HEADER_NAMES) as Array<[keyof TermsDocuments, string]>) {
    const value = (parsed as Record<string, unknown>)[name];
    if (value === undefined) continue;
    const url = normalizeDocumentUrl(value);
    if (!url) return undefined;
    documents[key] = url;
  }
  return documents;
}

/** Whether the shopper accepted exactly the merchant's documents: each one set, none other. */
export function consentMatches(accepted: Partial<TermsDocuments> | undefined, required: TermsDocuments): boolean {
  if (!accepted) return false;
  return (Object.keys(HEADER_NAMES) as Array<keyof TermsDocuments>).every((key) => normalizeDocumentUrl(required[key]) === accepted[key]);
}
