/**
 * The CDN build's twin of `load-country-list.ts` (aliased in by the build): a classic script
 * cannot split chunks, so the country list is a separate ES module next to the script,
 * `<script dir>/chunks/country-list.js`, built by `vite build --mode cdn-chunks`.
 */
import { cdnChunkUrl } from '../intl/data-loader.cdn.js';
import type { CountryListModule } from './load-country-list.js';

export type { CountryListModule } from './load-country-list.js';

let request: Promise<CountryListModule> | undefined;

export function loadCountryList(): Promise<CountryListModule> {
  request ??= import(/* @vite-ignore */ cdnChunkUrl('country-list.js')) as Promise<CountryListModule>;
  request.catch(() => (request = undefined));
  return request;
}
