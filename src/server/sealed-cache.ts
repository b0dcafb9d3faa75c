/**
 * What the quote route keeps in a cache, sealed: a shared store (Redis) holds neither the request
 * nor the answer in a readable form. Each entry is named by an HMAC of the request and encrypted
 * (AES-256-GCM) under a key derived from the request, both keyed by the account's API key, so an
 * entry can be opened only by an instance of that account asked the same question. A quote
 * carries the shopper's tax ID and the business it is registered to. Web Crypto, so this runs on
 * Node, Workers and edge runtimes alike.
 */
import { fromBase64, hex, toBase64 } from './bytes.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface CacheSeal {
  /** The entry's name for a request: hex, 64 characters. */
  nameOf(request: string): Promise<string>;
  /** `value`, encrypted for `request`. */
  seal(request: string, value: string): Promise<string>;
  /** What `seal` stored for `request`; `undefined` for anything else (another request, account, or a damaged entry). */
  open(request: string, sealed: string): Promise<string | undefined>;
}

/** HMAC-SHA-256 by `secret` of `label`, a newline and `text`: the label keeps each use's hashes apart. */
export function createKeyedMac(secret: string): (label: string, text: string) => Promise<ArrayBuffer> {
  const root = globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (label, text) => globalThis.crypto.subtle.sign('HMAC', await root, encoder.encode(`${label}\n${text}`));
}

/** A seal keyed by `secret` (the account's API key and API address). */
export function createCacheSeal(secret: string): CacheSeal {
  const mac = createKeyedMac(secret);
  const entryKey = async (request: string) => globalThis.crypto.subtle.importKey('raw', await mac('seal', request), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return {
    async nameOf(request) {
      return hex(await mac('name', request));
    },
    async seal(request, value) {
      const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
      const sealed = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await entryKey(request), encoder.encode(value));
      return `v1.${toBase64(iv)}.${toBase64(new Uint8Array(sealed))}`;
    },
    async open(request, sealed) {
      const [version, iv, data] = sealed.split('.');
      if (version !== 'v1' || !iv || !data) return undefined;
      try {
        return decoder.decode(await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, await entryKey(request), fromBase64(data)));
      } catch {
        return undefined;
      }
    },
  };
}
