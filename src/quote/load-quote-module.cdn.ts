/**
 * The CDN build's twin of `load-quote-module.ts` (aliased in by the build): the quote module is
 * `<script dir>/chunks/quote.js`, imported with its integrity checked (cdn/import-verified.ts) and
 * rendering with this script's Lit, like the country picker.
 */
import { importVerified } from '../cdn/import-verified.js';
import { publishLitRuntime } from '../components/load-country-combobox.cdn.js';
import { cdnChunkUrl } from '../intl/data-loader.cdn.js';
import { retryingOnce } from '../intl/retrying-once.js';
import type { QuoteModule } from './load-quote-module.js';

export type { QuoteModule };

/** `sha384-…` of `chunks/quote.js`, defined by vite.config.ts. */
declare const __QUOTE_MODULE_INTEGRITY__: string;

/** A failed load (network, integrity) is tried again by the next call. */
export const loadQuoteModule = retryingOnce<QuoteModule>(() => {
  publishLitRuntime();
  return Promise.resolve().then(() => importVerified(cdnChunkUrl('quote.js'), __QUOTE_MODULE_INTEGRITY__) as Promise<QuoteModule>);
});
