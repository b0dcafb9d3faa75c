/**
 * The npm and CDN entry: defines `<dodo-checkout>` once and re-exports its class and types.
 */
import { DodoCheckout } from './dodo-checkout.js';

export { DodoCheckout };
export type * from './events.js';
export type { CreatePaymentRequest, CreatePaymentResponse, ApiError, CountryCode, CurrencyCode, PaymentMethodType } from './api/schemas.js';

if (typeof customElements !== 'undefined' && !customElements.get('dodo-checkout')) {
  customElements.define('dodo-checkout', DodoCheckout);
}

declare global {
  interface HTMLElementTagNameMap {
    'dodo-checkout': DodoCheckout;
  }
}
