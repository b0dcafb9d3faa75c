/**
 * An e-mail address with its internationalized domain in the ASCII form the API takes
 * (`ivan@пример.рф` → `ivan@xn--e1afmkfd.xn--p1ai`), by the browser's own IDNA (the URL parser).
 * Chromium's e-mail input gives that form already; Firefox keeps the domain as typed. A domain
 * with anything a URL would read as more than a host name is left as it is, for the check to refuse.
 */
export function asciiEmail(email: string): string {
  const at = email.lastIndexOf('@') + 1;
  const domain = email.slice(at);
  if (!at || !/[^\0-\x7f]/.test(domain) || /[\s/?#@:\\%[\]]/.test(domain)) return email;
  try {
    return email.slice(0, at) + new URL(`http://${domain}`).hostname;
  } catch {
    return email;
  }
}
