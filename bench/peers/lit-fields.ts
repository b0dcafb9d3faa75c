/**
 * A reference for the startup bench, not shipped: the least a Lit element does to show the
 * checkout's first fields. A bare `LitElement` adopts the checkout's stylesheet
 * (`dist/cdn/dodo-checkout.css`, the rules the checkout adopts) and renders what the checkout's
 * first render shows on a script-tag page, with the checkout's own templates (`contactSection`,
 * `addressSection`) inside the same wrapper (alert, live region, form and its listeners): the
 * contact fields, the country picker (not yet defined, given the codes) and the United States'
 * address fields. It has none of the element's own machinery: no configuration check, language
 * negotiation or data loading, no saved values, no controllers, no summary or Pay, and its script
 * holds only these templates and Lit. Built by `bench/peers/lit-fields.config.ts` as the CDN
 * script is built (a minified classic script opening with V8's compile hint) and loaded as the
 * README loads it, deferred.
 */
import { html, LitElement, unsafeCSS, type TemplateResult } from 'lit';
import { COUNTRY_CODES } from '../../src/api/enums.js';
import type { CheckoutConfig } from '../../src/config/parse-config.js';
import { EMPTY_FORM_VALUES, type FormValues } from '../../src/form/form-model.js';
import { getAddressFormat } from '../../src/intl/address-format.js';
import en from '../../src/intl/messages/en.js';
import { addressSection } from '../../src/templates/address.js';
import { contactSection } from '../../src/templates/contact.js';
import type { FormView } from '../../src/templates/form-view.js';

declare const __CHECKOUT_CSS__: string;

const ignore = (): void => undefined;
const values: FormValues = { ...EMPTY_FORM_VALUES, country: 'US' };
const translate = ((key: keyof typeof en) => {
  const message = en[key];
  return typeof message === 'string' ? message : '';
}) as FormView['t'];

class LitFields extends LitElement {
  static override styles = unsafeCSS(__CHECKOUT_CSS__);

  override render(): TemplateResult {
    const view: FormView = { t: translate, lang: 'en', textLocale: 'en', values, format: getAddressFormat('US', 'en'), problemText: () => '', money: () => '' };
    const config = {} as CheckoutConfig;
    return html`
      <div class="checkout" dir="ltr" lang="en">
        <div class="alert" role="alert" part="error"></div>
        <div class="visually-hidden" role="status" aria-live="polite"></div>
        <form part="form" novalidate aria-label=${translate('checkout')} @submit=${ignore} @keydown=${ignore} @input=${ignore} @change=${ignore} @focusin=${ignore} @focusout=${ignore}>
          ${contactSection(view, config)}
          ${addressSection({
            ...view,
            config,
            countryFallback: false,
            countryOptions: [...COUNTRY_CODES].sort().map((code) => ({ code, name: code })),
            countryResultsText: () => '',
            onCountryChange: ignore,
            onCountryKeydown: ignore,
            onCountryFallbackFocus: ignore,
            onCountryFallbackBlur: ignore,
            subdivisions: [],
          })}
        </form>
      </div>
    `;
  }
}
customElements.define('lit-fields', LitFields);
