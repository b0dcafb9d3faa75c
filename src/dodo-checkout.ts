import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * Embeddable checkout for Dodo Payments.
 *
 * @tag dodo-checkout
 */
export class DodoCheckout extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** URL of the merchant proxy the request is posted to. */
  @property() endpoint = '';

  override render() {
    return html`<form part="form" aria-label="Checkout"><button type="submit" part="submit">Pay</button></form>`;
  }
}
