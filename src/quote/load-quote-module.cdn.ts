/**
 * The CDN build's twin of `load-quote-module.ts` (aliased in by the build): the quote module is
 * `<script dir>/chunks/quote.js`, pinned by its SRI hash and sharing this script's Lit, like the
 * country picker (see `components/load-country-combobox.cdn.ts`).
 */
import { loadCdnChunk } from '../components/load-country-combobox.cdn.js';
import { retryingOnce } from '../intl/retrying-once.js';
import type { QuoteModule } from './load-quote-module.js';

export type { QuoteModule };

/** `sha384-…` of `chunks/quote.js`, defined by vite.config.ts. */
declare const __QUOTE_MODULE_INTEGRITY__: string;

export const loadQuoteModule = retryingOnce<QuoteModule>(() => loadCdnChunk('quote.js', __QUOTE_MODULE_INTEGRITY__) as Promise<QuoteModule>);
