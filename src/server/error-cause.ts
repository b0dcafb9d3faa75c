/**
 * The cause of an internal error as one log-safe line: the error's class and message with the
 * API key, the idempotency key and the shopper's data taken out. Values from the request body
 * are removed where they appear; e-mail addresses and phone- or card-like digit runs are masked
 * whatever their source, since a message may quote data the body never held.
 */

const MAX_CAUSE = 300;
const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[A-Za-z]{2,}/g;
/** Seven digits or more, spaces, dashes and brackets between them (phones, cards); not IPs, ports or times. */
const LONG_NUMBER = /\+?\d(?:[\s()-]*\d){6,}/g;

/** The body's values that describe a person: customer, billing address, business name, tax id, metadata values. */
export function personalValuesOf(body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  const { customer, billing, customer_business_name, tax_id, metadata } = body as Record<string, unknown>;
  const values: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') values.push(value);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) collect(item);
  };
  collect(customer);
  if (billing && typeof billing === 'object') {
    const { country: _country, ...address } = billing as Record<string, unknown>;
    collect(address);
  }
  collect(customer_business_name);
  collect(tax_id);
  collect(metadata);
  return values;
}

function errorClassAndMessage(error: unknown): string {
  if (error instanceof Error) {
    const name = error.constructor?.name && error.constructor.name !== 'Object' ? error.constructor.name : error.name;
    return error.message ? `${name}: ${error.message}` : name;
  }
  return `thrown ${typeof error}: ${String(error)}`;
}

/** `Class: message`, redacted of `sensitive` values (keys, personal data) and of e-mails and long numbers. */
export function describeErrorCause(error: unknown, sensitive: readonly string[]): string {
  let text = errorClassAndMessage(error);
  // Longest first, so a value containing a shorter one is removed whole.
  for (const value of [...new Set(sensitive)].sort((a, b) => b.length - a.length)) {
    if (value.trim().length >= 3) text = text.split(value).join('[redacted]');
  }
  text = text.replace(EMAIL, '[email]').replace(LONG_NUMBER, '[number]').replace(/\s+/g, ' ').trim();
  return text.length > MAX_CAUSE ? `${text.slice(0, MAX_CAUSE)}…` : text;
}
