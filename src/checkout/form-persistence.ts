/**
 * Keeps what the shopper typed in sessionStorage so a reload, a crashed tab or a trip through
 * the back/forward cache loses nothing. Scoped to the endpoint and cart; cleared once a payment
 * is created. Nothing goes to localStorage, and no payment data is ever held here.
 */
import type { CheckoutFormValues } from './build-payment-request.js';

const PREFIX = 'dodo-checkout:';

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Storage can be blocked (sandboxed iframes, privacy settings): persistence is best effort.
    return undefined;
  }
}

export function persistenceKey(endpoint: string, cart: readonly { product_id: string; quantity: number }[]): string {
  return PREFIX + endpoint + '|' + cart.map((item) => `${item.product_id}x${item.quantity}`).join(',');
}

export class FormPersistence {
  private key?: string;

  /** Switches to the scope of a checkout and returns what was saved there. */
  restore(key: string): Partial<CheckoutFormValues> | undefined {
    this.key = key;
    try {
      const saved = storage()?.getItem(key);
      if (!saved) return undefined;
      const parsed: unknown = JSON.parse(saved);
      if (!parsed || typeof parsed !== 'object') return undefined;
      return Object.fromEntries(
        Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      ) as Partial<CheckoutFormValues>;
    } catch {
      return undefined;
    }
  }

  save(values: CheckoutFormValues): void {
    if (!this.key) return;
    try {
      storage()?.setItem(this.key, JSON.stringify(values));
    } catch {
      // Quota or privacy mode: the form still works, it just will not survive a reload.
    }
  }

  clear(): void {
    if (!this.key) return;
    try {
      storage()?.removeItem(this.key);
    } catch {
      // See save().
    }
  }
}
