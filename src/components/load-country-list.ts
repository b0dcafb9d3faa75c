/**
 * Loads `country-list.ts` once. The npm build splits it into its own chunk; the CDN build swaps
 * this module for `load-country-list.cdn.ts`, which imports the chunk published next to the script.
 */
export type CountryListModule = typeof import('./country-list.js');

let request: Promise<CountryListModule> | undefined;

export function loadCountryList(): Promise<CountryListModule> {
  request ??= import('./country-list.js');
  // A failed load (flaky network) may succeed on the next attempt.
  request.catch(() => (request = undefined));
  return request;
}
