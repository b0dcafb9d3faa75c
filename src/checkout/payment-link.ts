/**
 * Decides whether a `payment_link` from the proxy may be followed. Only absolute `https:` URLs,
 * or `http:` to a loopback host for development, are safe; everything else (`javascript:`,
 * `data:`, protocol-relative, plain http elsewhere, unparsable) is refused.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The parsed URL when `link` is safe to navigate to, else null. */
export function parseSafePaymentLink(link: unknown): URL | null {
  if (typeof link !== 'string') return null;
  // Refuse rather than repair: browsers strip tabs/newlines and leading spaces, which hides schemes.
  if (link !== link.trim() || /[\u0000-\u001f\u007f\s\\]/.test(link)) return null;
  if (!/^https?:\/\//i.test(link)) return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url;
  return null;
}

export function isSafePaymentLink(link: unknown): link is string {
  return parseSafePaymentLink(link) !== null;
}
