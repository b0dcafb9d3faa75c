/**
 * The CDN build's twin of `load-country-combobox.ts` (aliased in by the build). A classic script
 * cannot split chunks, so the picker is an ES module next to the script,
 * `<script dir>/chunks/country-combobox.js` (`vite build --mode cdn-chunks`). That module
 * carries no Lit of its own: it takes this script's, handed over under a registry symbol.
 *
 * The script pins the module: the build writes the module's SRI hash into it, so a page that pins
 * the script with `integrity` pins the picker too (see cdn/import-verified.ts).
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { LIT_RUNTIME_KEY, type LitRuntime } from '../cdn/lit-runtime.js';
import { cdnChunkUrl } from '../intl/data-loader.cdn.js';
import { retryingOnce } from '../intl/retrying-once.js';
import { importVerified } from '../cdn/import-verified.js';
import { tokens } from '../styles/tokens.js';
import { COUNTRY_CODES, CURRENCY_CODES, PAYMENT_METHOD_TYPES } from '../api/enums.js';

/** `sha384-…` of `chunks/country-combobox.js`, defined by vite.config.ts. */
declare const __COUNTRY_COMBOBOX_INTEGRITY__: string;

const runtime: LitRuntime = { LitElement, css, html, nothing, svg, property, query, state, ifDefined, live, tokens, COUNTRY_CODES, CURRENCY_CODES, PAYMENT_METHOD_TYPES };

/** Hands this script's Lit and code lists to its chunks (the picker, the submit path, the live quote) before one is imported. */
export function publishLitRuntime(): void {
  (globalThis as Record<symbol, unknown>)[LIT_RUNTIME_KEY] ??= runtime;
}

/** A failed load (network, integrity) is tried again by the next call. */
export const loadCountryCombobox = retryingOnce<unknown>(() => {
  publishLitRuntime();
  return Promise.resolve()
    .then(() => importVerified(cdnChunkUrl('country-combobox.js'), __COUNTRY_COMBOBOX_INTEGRITY__));
});
