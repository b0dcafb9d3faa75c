/**
 * Payment method chips: which of the merchant's methods the element offers for a billing country
 * and currency, with their names and glyphs. The eligibility table (`data/payment-methods.ts`)
 * is fetched by the data loader after the form is on screen and passed in; without it nothing is
 * filtered.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CountryCode, CurrencyCode, PaymentMethodType } from '../api/enums.js';
import english from './messages/en.js';
import { eligibleMethods, type MethodCategory, type MethodNameKey, type MethodTable } from './method-eligibility.js';

export { eligibleMethods, isMethodEligible, type MethodCategory, type MethodNameKey, type MethodRow, type MethodTable } from './method-eligibility.js';

export interface PaymentMethodChip {
  /** "card" for the card chip, else the method type. */
  id: string;
  /** The types sent as `allowed_payment_method_types` when this chip is chosen. */
  methods: PaymentMethodType[];
  /** English or brand name; show `t(nameKey)` instead when `nameKey` is set. */
  name: string;
  nameKey?: MethodNameKey;
  category: MethodCategory;
  /** A decorative glyph (aria-hidden), coloured by `currentColor`. */
  icon: TemplateResult;
}

// One glyph per category keeps the icon set a few hundred bytes.
// The <svg> element belongs in an html template; its children in an svg one (SVG namespace).
const glyph = (paths: SVGTemplateResult) =>
  html`<svg class="method-icon" part="method-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

export const METHOD_ICONS: Readonly<Record<MethodCategory, TemplateResult>> = {
  card: glyph(svg`<rect x="2.5" y="5" width="19" height="14" rx="2"/><path d="M2.5 10h19M6 15h4"/>`),
  wallet: glyph(svg`<path d="M19 7V5.5A1.5 1.5 0 0 0 17.5 4H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V9a2 2 0 0 0-2-2H5"/><path d="M16 13.5h.01"/>`),
  bank: glyph(svg`<path d="M3 9.5 12 4l9 5.5M5 10v8M9.5 10v8M14.5 10v8M19 10v8M3 20h18"/>`),
  qr: glyph(svg`<path d="M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM14 20h2M20 14v2"/>`),
  cash: glyph(svg`<rect x="2.5" y="6" width="19" height="12" rx="2"/><circle cx="12" cy="12" r="2.5"/><path d="M6 9.5v5M18 9.5v5"/>`),
  bnpl: glyph(svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4M8 14h.01M12 14h.01M16 14h.01"/>`),
};

const CARD_TYPES: readonly PaymentMethodType[] = ['credit', 'debit'];

/**
 * The chips to offer for the merchant's `allowed` methods in `country` (and `currency`): credit
 * and debit become one "card" chip; methods with the same brand (UPI collect/intent) one chip;
 * ineligible methods none. Merchant order is kept.
 */
export function paymentMethodChips(table: MethodTable, allowed: readonly PaymentMethodType[], country: CountryCode, currency?: CurrencyCode | string): PaymentMethodChip[] {
  const chips: PaymentMethodChip[] = [];
  const byId = new Map<string, PaymentMethodChip>();
  for (const method of eligibleMethods(table, allowed, country, currency)) {
    const row = table[method];
    const chipId = CARD_TYPES.includes(method) ? 'card' : row?.brand ? `brand:${row.brand}` : method;
    const existing = byId.get(chipId);
    if (existing) {
      existing.methods.push(method);
      continue;
    }
    const category = row?.category ?? 'wallet';
    const chip: PaymentMethodChip = {
      id: chipId === `brand:${row?.brand}` ? method : chipId,
      methods: [method],
      name: row?.brand ?? (row?.nameKey ? english[row.nameKey] : method),
      category,
      icon: METHOD_ICONS[category],
    };
    if (row?.nameKey) chip.nameKey = row.nameKey;
    byId.set(chipId, chip);
    chips.push(chip);
  }
  return chips;
}
