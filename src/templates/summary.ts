/**
 * The cart summary from the display prices, before or without a quote: items, quantities, line
 * totals, subtotal, the discount note and the total, with "Tax calculated at payment" under it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { displayCurrency, type CartItem, type CheckoutConfig } from '../config/parse-config.js';
import type { FormView } from './form-view.js';

/** Sum of line prices, or undefined when any line has no price to show. */
export function cartSubtotal(cart: readonly CartItem[]): number | undefined {
  let sum = 0;
  for (const item of cart) {
    const unit = item.amount ?? item.price;
    if (unit === undefined) return undefined;
    sum += unit * item.quantity;
  }
  return sum;
}

/** The display prices' total, as Pay states it without a quote; none without a subtotal or currency. */
export function displayTotal(config: CheckoutConfig): { amount: number; currency: string } | undefined {
  const amount = cartSubtotal(config.cart);
  const currency = displayCurrency(config);
  return amount !== undefined && currency ? { amount, currency } : undefined;
}

export function summarySection(view: FormView, config: CheckoutConfig): TemplateResult {
  const { t } = view;
  const currency = displayCurrency(config);
  const money = (amount: number) => (currency ? view.money(amount, currency) : '');
  const subtotal = cartSubtotal(config.cart);
  const discountCode = view.values.discountCode.trim();
  return html`<section class="summary" part="section summary" aria-labelledby="summary-title">
    <h2 id="summary-title">${t('orderSummary')}</h2>
    <ul>
      ${config.cart.map((item) => {
        const unit = item.amount ?? item.price;
        const each = unit !== undefined && item.quantity > 1 ? money(unit) : '';
        return html`<li class="line">
          <span class="item">
            ${item.image ? html`<img src=${item.image} alt="" width="40" height="40" loading="lazy" />` : nothing}
            <span>${item.name ?? item.product_id} <span class="note">× ${item.quantity}</span>
              ${each ? html`<span class="note">(${t('each', each)})</span>` : nothing}</span>
          </span>
          ${unit !== undefined && currency ? html`<span class="amount">${money(unit * item.quantity)}</span>` : nothing}
        </li>`;
      })}
    </ul>
    ${subtotal !== undefined && currency
      ? html`<div class="totals">
          <div class="line"><span>${t('subtotal')}</span><span class="amount">${money(subtotal)}</span></div>
          ${discountCode
            ? html`<div class="line"><span>${t('discount')}</span><span class="note">${t('discountAtPayment', discountCode)}</span></div>`
            : nothing}
          <div class="line total" part="total"><span>${t('total')}</span><span class="amount">${money(subtotal)}</span></div>
          <p class="note">${t('taxAtPayment')}</p>
        </div>`
      : nothing}
  </section>`;
}
