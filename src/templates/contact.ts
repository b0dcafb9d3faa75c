/** The contact section: email, full name and the optional phone, or a note for a known customer. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CheckoutConfig } from '../config/parse-config.js';
import { fieldLabel } from '../form/form-model.js';
import { textField } from './field-shell.js';
import type { FormView } from './form-view.js';

export function contactSection(view: FormView, config: CheckoutConfig): TemplateResult {
  const { t } = view;
  if (config.customerId) {
    return html`<section part="section" aria-labelledby="contact-title">
      <h2 id="contact-title">${t('contact')}</h2>
      <p class="note">${t('customerIdNote')}</p>
    </section>`;
  }
  return html`<fieldset part="section">
    <legend>${t('contact')}</legend>
    ${textField(view, 'email', fieldLabel('email', undefined, t), { type: 'email', autocomplete: 'email', inputmode: 'email', required: true })}
    ${textField(view, 'name', fieldLabel('name', undefined, t), { autocomplete: 'name', required: true })}
    ${config.collectPhone ? textField(view, 'phone', fieldLabel('phone', undefined, t), { type: 'tel', autocomplete: 'tel', inputmode: 'tel' }) : nothing}
  </fieldset>`;
}
