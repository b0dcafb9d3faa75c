/**
 * The demo shop's basket, kept in this tab (sessionStorage) as a shop keeps its basket: a reload,
 * Back from the payment page and "Try again" on the return page find the same cart, and the
 * checkout with it (a created payment belongs to its cart). The return page empties it once the
 * payment is verified as paid.
 */
import { DEMO_PRODUCTS } from './catalogue.js';

const KEY = 'dodo-demo:basket';

/** The default basket: one of the first product. */
function initialBasket(): Map<string, number> {
  return new Map(DEMO_PRODUCTS.map((product, index) => [product.id, index === 0 ? 1 : 0]));
}

function storage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

/** The kept basket, product by product; anything unreadable or unknown falls back to the default. */
export function loadBasket(): Map<string, number> {
  const basket = initialBasket();
  try {
    const saved = JSON.parse(storage()?.getItem(KEY) ?? 'null') as unknown;
    if (!saved || typeof saved !== 'object') return basket;
    const entries = Object.entries(saved).filter(([id, quantity]) => basket.has(id) && Number.isInteger(quantity) && (quantity as number) >= 0 && (quantity as number) <= 99);
    if (!entries.some(([, quantity]) => (quantity as number) > 0)) return basket;
    for (const id of basket.keys()) basket.set(id, 0);
    for (const [id, quantity] of entries) basket.set(id, quantity as number);
  } catch {
    // A basket that cannot be read is the default one.
  }
  return basket;
}

export function saveBasket(basket: ReadonlyMap<string, number>): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(Object.fromEntries(basket)));
  } catch {
    // Storage full or blocked: the basket lives as long as the page.
  }
}

export function emptyBasket(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to empty.
  }
}
