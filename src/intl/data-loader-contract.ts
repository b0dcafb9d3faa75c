/**
 * The CDN build swaps `data-loader.ts` for `data-loader.cdn.ts` by an alias (vite.config.ts). This
 * type holds both to one contract: an export missing or typed differently in either is a compile
 * error, not a bundle that fails in the browser. Types only; nothing here ships.
 */
import type * as CdnLoader from './data-loader.cdn.js';
import type * as NpmLoader from './data-loader.js';

export interface DataLoader {
  loadLocaleData: typeof NpmLoader.loadLocaleData;
  loadEnglishCountries: typeof NpmLoader.loadEnglishCountries;
  loadSubdivisions: typeof NpmLoader.loadSubdivisions;
  loadPostalCodes: typeof NpmLoader.loadPostalCodes;
  loadPaymentMethods: typeof NpmLoader.loadPaymentMethods;
  setDataBaseUrl: typeof NpmLoader.setDataBaseUrl;
}

type Implements<T extends DataLoader> = T;
export type Loaders = [Implements<typeof NpmLoader>, Implements<typeof CdnLoader>];
