/**
 * The status token: proof that a browser is the one that created a payment, so the status route
 * answers it and nobody else. `<id>.<expiry>.<HMAC-SHA256(id.expiry)>`, all base64url-safe, with
 * a key derived by HKDF from the merchant's `statusSecret`, else from the API key (the API key
 * itself never signs anything). Web Crypto only, so Workers and Deno verify tokens too.
 */

/** The ids the API hands out (`pay_…`, `cks_…`): nothing that could split the token. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const encoder = new TextEncoder();

export interface StatusTokenSigner {
  /** A token for `id`, valid for the signer's lifetime from now. */
  sign(id: string): Promise<string>;
  /** The id a genuine, unexpired token names; `undefined` for anything else. */
  verify(token: unknown): Promise<string | undefined>;
}

function base64url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(text)) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '=');
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // The last character carries two unused bits: only the canonical spelling of a MAC is its token.
  return base64url(bytes.buffer) === text ? bytes : undefined;
}

async function deriveKey(secret: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('dodo-checkout'), info: encoder.encode('payment-status-token v1') },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify'],
  );
}

export interface StatusTokenOptions {
  /** Key material: `statusSecret`, else the API key. */
  secret: string;
  /** How long a token answers, in seconds. */
  ttlSeconds: number;
  /** Clock in ms (tests). */
  now?: () => number;
}

export function createStatusTokenSigner(options: StatusTokenOptions): StatusTokenSigner {
  const now = options.now ?? Date.now;
  let key: Promise<CryptoKey> | undefined;
  const hmacKey = () => (key ??= deriveKey(options.secret));

  return {
    async sign(id) {
      if (!ID_PATTERN.test(id)) throw new Error('dodo-checkout/server: a status token needs an API id.');
      const expiry = Math.floor(now() / 1000) + options.ttlSeconds;
      const payload = `${id}.${expiry}`;
      return `${payload}.${base64url(await crypto.subtle.sign('HMAC', await hmacKey(), encoder.encode(payload)))}`;
    },
    async verify(token) {
      if (typeof token !== 'string' || token.length > 200) return undefined;
      const [id = '', expiry = '', signature = '', ...rest] = token.split('.');
      if (rest.length > 0 || !ID_PATTERN.test(id) || !/^\d{1,12}$/.test(expiry)) return undefined;
      const mac = fromBase64url(signature);
      if (!mac) return undefined;
      // crypto.subtle.verify compares in constant time.
      const genuine = await crypto.subtle.verify('HMAC', await hmacKey(), mac, encoder.encode(`${id}.${expiry}`));
      if (!genuine || Number(expiry) * 1000 <= now()) return undefined;
      return id;
    },
  };
}

/** The create answer with a `status_token` for its `payment_id` (a session's id in session mode). */
export async function withStatusToken(body: string, signer: StatusTokenSigner): Promise<string> {
  const answer = JSON.parse(body) as Record<string, unknown>;
  if (typeof answer.payment_id !== 'string' || !ID_PATTERN.test(answer.payment_id)) return body;
  return JSON.stringify({ ...answer, status_token: await signer.sign(answer.payment_id) });
}

/** The signer both handlers use: `statusSecret`, else the API key, through HKDF; a day unless set. */
export function statusSignerFor(options: { statusSecret?: string; statusTokenTtlSeconds?: number; now?: () => number }, apiKey: string): StatusTokenSigner {
  return createStatusTokenSigner({
    secret: options.statusSecret ?? apiKey,
    ttlSeconds: options.statusTokenTtlSeconds ?? 24 * 60 * 60,
    ...(options.now ? { now: options.now } : {}),
  });
}
