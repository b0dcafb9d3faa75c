/**
 * Loads the submit path once (its own chunk in the npm build). The CDN build swaps this module
 * for `load-submit-path.cdn.ts`, which imports the chunk published next to the script.
 */
import { retryingOnce } from '../intl/retrying-once.js';

export type SubmitPath = typeof import('./submit-path.js');

/** A failed load (flaky network) is tried again by the next call. */
export const loadSubmitPath = retryingOnce<SubmitPath>(() => import('./submit-path.js'));
