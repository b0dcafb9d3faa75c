/**
 * Loads and defines the country picker once. The npm build splits it into its own chunk; the
 * CDN build swaps this module for `load-country-combobox.cdn.ts`, which imports the chunk
 * published next to the script.
 */
import { retryingOnce } from '../intl/retrying-once.js';

/** A failed load (flaky network) is tried again by the next call. */
export const loadCountryCombobox = retryingOnce<unknown>(() => import('./define-country-combobox.js'));
