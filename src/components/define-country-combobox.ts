/**
 * Defines `<dodo-country-combobox>`. Imported on demand by `load-country-combobox.ts`: the
 * checkout renders and its first fields take input before the country picker (with its search
 * and Floating UI positioning) has arrived.
 */
import { CountryCombobox } from './country-combobox.js';

export const COUNTRY_COMBOBOX_TAG = 'dodo-country-combobox';

if (typeof customElements !== 'undefined' && !customElements.get(COUNTRY_COMBOBOX_TAG)) {
  customElements.define(COUNTRY_COMBOBOX_TAG, CountryCombobox);
}

export { CountryCombobox };
