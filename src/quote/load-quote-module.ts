/**
 * Loads the live quote module once. The npm build splits it into its own chunk; the CDN build
 * swaps this module for `load-quote-module.cdn.ts`, which imports the chunk published next to
 * the script.
 */
import { retryingOnce } from '../intl/retrying-once.js';

export type QuoteModule = typeof import('./quote-module.js');

/** A failed load (flaky network) is tried again by the next call. */
export const loadQuoteModule = retryingOnce<QuoteModule>(() => import('./quote-module.js'));
