/**
 * Loads the status route's question once (its own chunk in the npm build), only when the checkout
 * shows a payment again from the tab's record. The CDN build swaps this module for
 * `load-verify-paid.cdn.ts`, which imports the chunk published next to the script.
 */
import { retryingOnce } from '../intl/retrying-once.js';

export type VerifyPaid = typeof import('./verify-paid.js');

/** A failed load (flaky network) is tried again by the next call. */
export const loadVerifyPaid = retryingOnce<VerifyPaid>(() => import('./verify-paid.js'));
