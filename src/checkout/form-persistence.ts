/**
 * Keeps what the shopper typed in sessionStorage so a reload, a crashed tab or a trip through
 * the back/forward cache loses nothing. Scoped to the endpoint and cart; cleared once a payment
 * is created. Nothing goes to localStorage, and no payment data is ever held here.
 *
 * The random part of the Idempotency-Key is kept with the values: a checkout paid again after a
 * reload (say the first request timed out but reached the API) sends the same key, so the API
 * answers with the payment it already created instead of creating a second one.
 */
import type { FormValues } from '../form/form-model.js';
import { isCheckoutSalt } from './idempotency-key.js';

const PREFIX = 'dodo-checkout:';
/** The live quote keeps the shopper's billing currency under the checkout's key + this, and it goes with the checkout's entries. */
export const CURRENCY_CHOICE = '|currency';

/** What a checkout left in this tab. */
export interface SavedCheckout {
  /** Only fields with a value: an empty saved field never hides a merchant's prefill. */
  values: Partial<FormValues>;
  idempotencySalt?: string;
  /** The payment method chip the shopper chose: it is part of the request, so of the key. */
  paymentMethod?: string;
}

/** This tab's sessionStorage, or undefined where storage is blocked. */
export function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Storage can be blocked (sandboxed iframes, privacy settings): persistence is best effort.
    return undefined;
  }
}

/**
 * Opens this tab's storage before the task that first reads it: a page's first access loads the
 * storage from the browser, a few milliseconds on a slow phone (the hydrating task's, otherwise).
 */
export function openStorage(): void {
  void storage()?.length;
}

export function persistenceKey(endpoint: string, cart: readonly { product_id: string; quantity: number }[]): string {
  return PREFIX + endpoint + '|' + cart.map((item) => `${item.product_id}x${item.quantity}`).join(',');
}

function nonEmptyStrings(record: unknown): Partial<FormValues> {
  if (!record || typeof record !== 'object') return {};
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  ) as Partial<FormValues>;
}

export class FormPersistence {
  private key?: string;

  /** Switches to the scope of a checkout and returns what was saved there. */
  restore(key: string): SavedCheckout | undefined {
    this.key = key;
    try {
      const saved = storage()?.getItem(key);
      if (!saved) return undefined;
      const parsed: unknown = JSON.parse(saved);
      if (!parsed || typeof parsed !== 'object') return undefined;
      const { values, idempotencySalt, paymentMethod } = parsed as Record<string, unknown>;
      const restored: SavedCheckout = { values: nonEmptyStrings(values) };
      if (isCheckoutSalt(idempotencySalt)) restored.idempotencySalt = idempotencySalt;
      if (typeof paymentMethod === 'string' && paymentMethod) restored.paymentMethod = paymentMethod;
      return restored;
    } catch {
      return undefined;
    }
  }

  save(values: Partial<FormValues>, idempotencySalt: string, paymentMethod = ''): void {
    if (!this.key) return;
    const saved: SavedCheckout = { values: nonEmptyStrings(values), idempotencySalt };
    if (paymentMethod) saved.paymentMethod = paymentMethod;
    try {
      storage()?.setItem(this.key, JSON.stringify(saved));
    } catch {
      // Quota or privacy mode: the form still works, it just will not survive a reload.
    }
  }

  clear(): void {
    if (!this.key) return;
    try {
      storage()?.removeItem(this.key);
      storage()?.removeItem(this.key + CURRENCY_CHOICE);
    } catch {
      // See save().
    }
  }
}
