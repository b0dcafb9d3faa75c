/**
 * The npm and CDN entry: defines `<dodo-checkout>` once (it loads its internal country picker,
 * `<dodo-country-combobox>`, on demand) and re-exports the class and types.
 */
import type { CountryCombobox } from './components/country-combobox.js';
import { DodoCheckout } from './dodo-checkout.js';

export { DodoCheckout };
export type { CheckoutState } from './dodo-checkout.js';
export type * from './events.js';
export type { Quote, QuoteLine, QuoteTax, DiscountVerdict, TaxIdVerdict, DiscountRefusalReason } from './api/quote.js';
export type { CreatePaymentRequest, CreatePaymentResponse, ApiError, CountryCode, CurrencyCode, PaymentMethodType } from './api/schemas.js';

if (typeof customElements !== 'undefined') {
  if (!customElements.get('dodo-checkout')) customElements.define('dodo-checkout', DodoCheckout);
}

declare global {
  interface HTMLElementTagNameMap {
    'dodo-checkout': DodoCheckout;
    'dodo-country-combobox': CountryCombobox;
  }
}
