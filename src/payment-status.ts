/**
 * The entry of `<dodo-payment-status>`, the return page's companion of `<dodo-checkout>`: defines
 * it once and re-exports its class and types. Separate from the checkout's entry, so neither page
 * loads the other's element.
 */
import { DodoPaymentStatus } from './status/payment-status-element.js';

export { DodoPaymentStatus };
export type * from './status/payment-status-events.js';
export type { PaymentState, PaymentStatus } from './api/payment-status.js';

if (typeof customElements !== 'undefined') {
  if (!customElements.get('dodo-payment-status')) customElements.define('dodo-payment-status', DodoPaymentStatus);
}

declare global {
  interface HTMLElementTagNameMap {
    'dodo-payment-status': DodoPaymentStatus;
  }
}
