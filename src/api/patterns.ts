/**
 * Patterns the API's shapes are checked with, in the proxy's zod schemas (schemas.ts) and in the
 * browser's plain checks (payment-checks.ts) alike.
 */

/**
 * A practical email rule: no leading, trailing or doubled dot in the local part; a dotted domain
 * whose top level is letters, or an internationalized one in its ASCII form (`xn--p1ai`), in
 * any case.
 */
export const EMAIL_PATTERN = /^(?!\.)(?!.*\.\.)[\w'+.-]*[\w+-]@(?:[A-Za-z\d](?:[A-Za-z\d-]*[A-Za-z\d])?\.)+(?:[A-Za-z]{2,}|xn--[A-Za-z\d-]*[A-Za-z\d])$/i;

/** ISO 8601 date-time with seconds optional, fractions allowed and an explicit `Z` or offset. */
export const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
