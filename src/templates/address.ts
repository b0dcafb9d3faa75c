/**
 * The billing address section: the country (the picker, or a plain list while the picker cannot
 * load), then the fields the country uses in its order and words, then the optional B2B fields.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { CountryCode } from '../api/enums.js';
import type { CountryOption } from '../components/country-search.js';
import type { CheckoutConfig } from '../config/parse-config.js';
import { escapeHtml } from '../escape-html.js';
import { fieldLabel, type AddressField } from '../form/form-model.js';
import { subdivisionDisplayName, type Subdivision } from '../intl/address-format.js';
import { fieldShell, invalid, textField } from './field-shell.js';
import type { FormView } from './form-view.js';
import { renderedMarkup } from './markup.js';

export interface AddressView extends FormView {
  config: CheckoutConfig;
  /** The picker module failed to load: a native select stands in. */
  countryFallback: boolean;
  countryOptions: readonly CountryOption[];
  /** The country's subdivisions once loaded; [] keeps the state a text field. */
  subdivisions: readonly Subdivision[];
  countryResultsText: (count: number) => string;
  onCountryChange: (event: Event) => void;
  onCountryKeydown: (event: KeyboardEvent) => void;
  /** The plain list asks for the picker again when it takes focus, and hands over when it loses it. */
  onCountryFallbackFocus: () => void;
  onCountryFallbackBlur: (event: FocusEvent) => void;
}

export function addressSection(view: AddressView): TemplateResult {
  const { t, format, config } = view;
  return html`<fieldset part="section">
    <legend>${t('billingAddress')}</legend>
    ${view.countryFallback ? countrySelect(view) : countryPicker(view)}
    ${format
      ? // Keyed by the field order: when a country reorders the fields they are made afresh rather than
        // reused at other positions, so a browser refilling by element (autofill) never writes a value
        // into another field's input.
        keyed(format.fields.join(), html`<div class="row">${format.fields.map((field) => addressField(view, field))}</div>`)
      : nothing}
    ${config.collectTaxId
      ? html`<div class="row">
          ${textField(view, 'businessName', fieldLabel('businessName', format, t), { autocomplete: 'organization' })}
          ${textField(view, 'taxId', fieldLabel('taxId', format, t), { autocomplete: 'off' })}
        </div>`
      : nothing}
  </fieldset>`;
}

function countryPicker(view: AddressView): TemplateResult {
  const { t } = view;
  return html`<dodo-country-combobox
    part="combobox"
    exportparts="label, input, error, popup, listbox, option, option-active, option-selected, no-results"
    id="country"
    .value=${view.values.country}
    .options=${view.countryOptions}
    .label=${t('country')}
    .placeholder=${t('countrySearchPlaceholder')}
    .noResultsText=${t('noCountriesFound')}
    .resultsText=${view.countryResultsText}
    .listLabel=${t('countryListLabel')}
    .error=${view.problemText('country')}
    required
    @change=${view.onCountryChange}
    @keydown=${view.onCountryKeydown}
  ></dodo-country-combobox>`;
}

/**
 * The ~250 countries as one piece of markup rather than a template per option: a server-rendered
 * form then carries one pair of hydration markers for the list instead of five per country (the
 * list was four fifths of the page's HTML and most of hydration's work), and the browser builds
 * the list in one step. Names and codes are escaped.
 */
export const countryOptionsMarkup = (options: readonly CountryOption[], country: string): string =>
  options.map((option) => `<option value="${escapeHtml(option.code)}"${option.code === country ? ' selected' : ''}>${escapeHtml(option.name)}</option>`).join('');

/** No name: the country change handler takes it, not the form's input handler. */
function countrySelect(view: AddressView): TemplateResult {
  const country = view.values.country;
  return fieldShell(view, 'country', view.t('country'), true, html`<select id="country" part="input" autocomplete="country" required
    aria-invalid=${invalid(view, 'country')} aria-describedby="country-error"
    .value=${country} @change=${view.onCountryChange} @focus=${view.onCountryFallbackFocus} @blur=${view.onCountryFallbackBlur}>
    <option value=""></option>
    ${renderedMarkup(countryOptionsMarkup(view.countryOptions, country))}
  </select>`);
}

function addressField(view: AddressView, field: AddressField): TemplateResult {
  const format = view.format!;
  const required = format.required.includes(field);
  const label = fieldLabel(field, format, view.t);
  switch (field) {
    case 'street':
      return textField(view, field, label, { autocomplete: 'address-line1', required });
    case 'city':
      return textField(view, field, label, { autocomplete: 'address-level2', required });
    case 'zipcode':
      return textField(view, field, label, { autocomplete: 'postal-code', required, placeholder: format.zipExample ?? '' });
    case 'state':
      return view.subdivisions.length > 0 ? stateSelect(view, label, required) : textField(view, field, label, { autocomplete: 'address-level1', required });
  }
}

function stateSelect(view: AddressView, label: string, required: boolean): TemplateResult {
  const { values, subdivisions } = view;
  const listed = subdivisions.some((subdivision) => subdivision.code === values.state);
  return fieldShell(view, 'state', label, required, html`<select id="state" name="state" part="input" autocomplete="address-level1" ?required=${required}
    aria-invalid=${invalid(view, 'state')} aria-describedby="state-error" .value=${values.state}>
    <option value="" ?selected=${!values.state}>${view.t('selectOption')}</option>
    ${values.state && !listed ? html`<option value=${values.state} selected>${values.state}</option>` : nothing}
    ${subdivisions.map(
      (sub) => html`<option value=${sub.code} ?selected=${sub.code === values.state}>${subdivisionDisplayName(values.country as CountryCode, sub, view.lang)}</option>`,
    )}
  </select>`);
}
