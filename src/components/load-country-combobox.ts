/**
 * Loads and defines the country picker once. The npm build splits it into its own chunk; the
 * CDN build swaps this module for `load-country-combobox.cdn.ts`, which imports the chunk
 * published next to the script.
 */
let request: Promise<unknown> | undefined;

export function loadCountryCombobox(): Promise<unknown> {
  request ??= import('./define-country-combobox.js');
  // A failed load (flaky network) is tried again by the next checkout that renders.
  request.catch(() => (request = undefined));
  return request;
}
