/**
 * Loads Lit's hydration (`hydrate-chunk.ts`) once, for a form the server rendered: a checkout
 * rendered in the browser never needs it. The CDN build swaps this module for
 * `load-hydrate.cdn.ts`, which imports the chunk published next to the script.
 */
import { retryingOnce } from '../intl/retrying-once.js';

export type Hydration = typeof import('./hydrate-chunk.js');

/** A failed load (flaky network) is tried again by the next call. */
export const loadHydrate = retryingOnce<Hydration>(() => import('./hydrate-chunk.js'));
