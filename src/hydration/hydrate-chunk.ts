/** The CDN chunk `chunks/hydrate.js` (`vite build --mode cdn-hydrate-chunk`): Lit's hydration, on the script's Lit. */
export { hydrate } from '@lit-labs/ssr-client';
