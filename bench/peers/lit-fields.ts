/**
 * A reference for the startup bench, not shipped: the least a Lit element can do to show the
 * checkout's first fields. A `LitElement` with the checkout's own stylesheet (`dist/cdn/dodo-checkout.css`,
 * adopted as the checkout adopts it) renders the contact and address fields of the first render
 * (email, name, country, street, city, state, ZIP code) in the checkout's markup, with their
 * labels, error slots and bindings, and nothing else: no configuration, language, saved values,
 * country list, summary or Pay. Built by `bench/peers/lit-fields.config.ts` as the checkout's CDN
 * script is built (a minified classic script opening with V8's compile hint) and loaded as the
 * README loads it, deferred.
 */
import { html, LitElement, unsafeCSS, type TemplateResult } from 'lit';

declare const __CHECKOUT_CSS__: string;

const field = (id: string, label: string, type: string, autocomplete: string): TemplateResult => html`<div class="field" part="field">
    <label for=${id} part="label">${label}</label>
    <input id=${id} name=${id} part="input" type=${type} autocomplete=${autocomplete} required aria-invalid="false" aria-describedby=${`${id}-error`} .value=${''} />
    <p class="error" id=${`${id}-error`} part="error"></p>
  </div>`;

class LitFields extends LitElement {
  static override styles = unsafeCSS(__CHECKOUT_CSS__);

  override render(): TemplateResult {
    return html`<div class="checkout" dir="ltr" lang="en">
      <div class="alert" role="alert" part="error"></div>
      <form part="form" novalidate aria-label="Checkout">
        <fieldset part="section">
          <legend>${'Contact'}</legend>
          ${field('email', 'Email', 'email', 'email')} ${field('name', 'Full name', 'text', 'name')}
        </fieldset>
        <fieldset part="section">
          <legend>${'Billing address'}</legend>
          <div class="field" part="field">
            <label for="country" part="label">${'Country'}</label>
            <select id="country" part="input" autocomplete="country" required aria-describedby="country-error"><option value=""></option></select>
            <p class="error" id="country-error" part="error"></p>
          </div>
          ${field('street', 'Street address', 'text', 'address-line1')}
          <div class="row">
            ${field('city', 'City', 'text', 'address-level2')} ${field('state', 'State', 'text', 'address-level1')}
            ${field('zipcode', 'ZIP code', 'text', 'postal-code')}
          </div>
        </fieldset>
      </form>
    </div>`;
  }
}
customElements.define('lit-fields', LitFields);
