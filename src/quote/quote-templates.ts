/**
 * What the shopper sees of a quote: the summary in the quote's currency (Dodo's names and prices,
 * the discount, the tax line "VAT 21 %" or "incl. VAT 21 %", the total), the choice between the
 * local and the shop's currency under adaptive pricing, the discount field with Apply and Remove,
 * and the tax ID's verdict.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DiscountVerdict, Quote, TaxIdVerdict } from '../api/quote.js';
import type { CheckoutConfig } from '../config/parse-config.js';
import { fieldLabel, type Translate } from '../form/form-model.js';
import type { MessageKey } from '../intl/messages/en.js';
import { formatMoney } from '../intl/money.js';
import { textField } from '../templates/field-shell.js';
import type { FormView } from '../templates/form-view.js';

/** What the tax is called where the shopper is billed; VAT everywhere not listed. */
const TAX_NAMES: ReadonlyArray<[MessageKey, string]> = [
  ['tax_gst', 'AU NZ SG IN CA MY'],
  ['tax_sales', 'US'],
  ['tax_jct', 'JP'],
];

/** The tax line's label: "VAT 21 %", "incl. VAT 21 %", "GST" when the lines' rates differ. */
export function taxLabel(quote: Quote, t: Translate, lang: string): string {
  const name = t((TAX_NAMES.find(([, countries]) => countries.includes(quote.billing_country))?.[0] ?? 'tax_vat') as 'tax_vat');
  const { rate, included } = quote.tax;
  const withRate = rate === null ? name : t('taxRate', name, new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(rate / 100));
  return included ? t('taxIncluded', withRate) : withRate;
}

export function quoteSummary(view: FormView, config: CheckoutConfig, quote: Quote, busy: boolean): TemplateResult {
  const { t, lang } = view;
  const money = (amount: number) => formatMoney(amount, quote.currency, lang);
  const applied = quote.discount_code?.status === 'applied' ? quote.discount_code : undefined;
  return html`<section class="summary" part="section summary" aria-labelledby="summary-title" aria-busy=${busy ? 'true' : 'false'}>
    <h2 id="summary-title">${t('orderSummary')}</h2>
    <ul>
      ${quote.lines.map((line) => {
        const item = config.cart.find((candidate) => candidate.product_id === line.product_id);
        return html`<li class="line">
          <span class="item">
            ${item?.image ? html`<img src=${item.image} alt="" width="40" height="40" loading="lazy" />` : nothing}
            <span>${line.name ?? item?.name ?? line.product_id} <span class="note">× ${line.quantity}</span>
              ${line.quantity > 1 ? html`<span class="note">(${t('each', money(line.unit_amount))})</span>` : nothing}</span>
          </span>
          <span class="amount">${money(line.amount)}</span>
        </li>`;
      })}
    </ul>
    <div class="totals">
      <div class="line"><span>${t('subtotal')}</span><span class="amount">${money(quote.subtotal)}</span></div>
      ${applied || quote.discount > 0
        ? html`<div class="line"><span>${applied ? t('discountLine', applied.code) : t('discount')}</span><span class="amount">−${money(quote.discount)}</span></div>`
        : nothing}
      <div class="line${quote.tax.included ? ' note' : ''}"><span>${taxLabel(quote, t, lang)}</span><span class="amount">${money(quote.tax.amount)}</span></div>
      <div class="line total" part="total"><span>${t('total')}</span><span class="amount">${money(quote.total)}</span></div>
    </div>
  </section>`;
}

/** The currencies on offer under adaptive pricing: the shopper's own and the shop's. */
export interface CurrencyOffer {
  local: string;
  original: string;
  chosen: string;
}

/** "Pay in EUR" / "Pay in USD", with the conversion disclosed while the local currency is chosen. */
export function currencyChoice(view: FormView, offer: CurrencyOffer): TemplateResult {
  const { t } = view;
  return html`<fieldset part="section" class="methods currency-choice">
    <legend id="currency-title">${t('billingCurrencyTitle')}</legend>
    <div class="chips" role="radiogroup" aria-labelledby="currency-title">
      ${[offer.local, offer.original].map(
        (code) => html`<label class="chip" part="chip">
          <input type="radio" name="billing-currency" .value=${code} .checked=${offer.chosen === code} />
          <span>${t('payIn', code)}</span>
        </label>`,
      )}
    </div>
    ${offer.chosen === offer.local ? html`<p class="note">${t('convertedFrom', offer.original)}</p>` : nothing}
  </fieldset>`;
}

export interface DiscountFieldState {
  /** The verdict of the latest quote on the applied code, if it is the code in the field. */
  verdict: DiscountVerdict | null | undefined;
  /** The currency of that quote, for the saving. */
  currency: string | undefined;
  onApply: () => void;
  onRemove: () => void;
}

/** The open discount field with Apply; an applied code shows its saving and Remove instead. */
export function discountField(view: FormView, { verdict, currency, onApply, onRemove }: DiscountFieldState): TemplateResult {
  const { t } = view;
  if (verdict?.status === 'applied' && currency) {
    return html`<section part="section" aria-label=${t('discount')}>
      <p class="line"><span>${t('discountApplied', verdict.code, formatMoney(verdict.amount, currency, view.lang))}</span>
        <button type="button" id="discount-remove" class="link-button" @click=${onRemove}>${t('removeDiscount', verdict.code)}</button></p>
    </section>`;
  }
  return html`<section part="section" aria-label=${t('discount')}>
    <div class="discount-row">
      ${textField(view, 'discountCode', fieldLabel('discountCode', undefined, t), { autocomplete: 'off' })}
      <button type="button" id="discount-apply" class="secondary" @click=${onApply}>${t('apply')}</button>
    </div>
  </section>`;
}

/** Under the tax ID: the notation it matched and the business it is registered to. */
export function taxIdHint(verdict: TaxIdVerdict | null | undefined, typed: string, t: Translate): string {
  if (verdict?.status !== 'valid' || verdict.tax_id !== typed.trim()) return '';
  const valid = t('taxIdValid', verdict.format_name ?? t('taxId'));
  return verdict.business_name ? `${valid} · ${t('taxIdRegistered', verdict.business_name)}` : valid;
}
