/**
 * The CDN build's twin of `load-country-combobox.ts` (aliased in by the build). A classic script
 * cannot split chunks, so the picker is an ES module next to the script,
 * `<script dir>/chunks/country-combobox.js` (`vite build --mode cdn-chunks`). That module
 * carries no Lit of its own: it takes this script's, handed over under a registry symbol.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { LIT_RUNTIME_KEY, type LitRuntime } from '../cdn/lit-runtime.js';
import { cdnChunkUrl } from '../intl/data-loader.cdn.js';

const runtime: LitRuntime = { LitElement, css, html, nothing, svg, property, query, state, ifDefined, live };

let request: Promise<unknown> | undefined;

export function loadCountryCombobox(): Promise<unknown> {
  if (!request) {
    (globalThis as Record<symbol, unknown>)[LIT_RUNTIME_KEY] ??= runtime;
    request = import(/* @vite-ignore */ cdnChunkUrl('country-combobox.js'));
    request.catch(() => (request = undefined));
  }
  return request;
}
