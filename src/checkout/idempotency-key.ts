/**
 * `Idempotency-Key` for a request: the same for retries of an unchanged checkout, different as
 * soon as the body changes. A per-checkout random prefix keeps equal carts of different
 * sessions apart; the rest is a hash of the body (53-bit cyrb53, twice with different seeds).
 */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function createCheckoutSalt(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a value read back from storage is a salt createCheckoutSalt() could have made. */
export function isCheckoutSalt(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);
}

export function idempotencyKeyFor(salt: string, body: string): string {
  return `dodo_${salt}_${cyrb53(body, 1).toString(36)}${cyrb53(body, 2).toString(36)}`;
}
