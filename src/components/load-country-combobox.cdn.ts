/**
 * The CDN build's twin of `load-country-combobox.ts` (aliased in by the build). A classic script
 * cannot split chunks, so the picker is an ES module next to the script,
 * `<script dir>/chunks/country-combobox.js` (`vite build --mode cdn-chunks`). That module
 * carries no Lit of its own: it takes this script's, handed over under a registry symbol.
 *
 * The script pins the module: the build writes the module's SRI hash into it, so a page that pins
 * the script with `integrity` pins the picker too.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { LIT_RUNTIME_KEY, type LitRuntime } from '../cdn/lit-runtime.js';
import { cdnChunkUrl } from '../intl/data-loader.cdn.js';
import { retryingOnce } from '../intl/retrying-once.js';

/** `sha384-…` of `chunks/country-combobox.js`, defined by vite.config.ts. */
declare const __COUNTRY_COMBOBOX_INTEGRITY__: string;

const runtime: LitRuntime = { LitElement, css, html, nothing, svg, property, query, state, ifDefined, live };

/** The script's CORS mode (its `crossorigin`), read while it first runs; the module is fetched the same way. */
const crossOrigin = typeof document === 'undefined' ? null : ((document.currentScript as HTMLScriptElement | null)?.crossOrigin ?? null);

let attempts = 0;

/**
 * A failed load (network, integrity) is tried again by the next call, under a new fragment: Firefox
 * keeps a failed module in the page's module map and would fail every later import of that URL
 * without fetching it again. The fragment is not sent, so the request is the same.
 */
export const loadCountryCombobox = retryingOnce<unknown>(() => {
  (globalThis as Record<symbol, unknown>)[LIT_RUNTIME_KEY] ??= runtime;
  const attempt = attempts++;
  const url = cdnChunkUrl('country-combobox.js') + (attempt ? `#retry-${attempt}` : '');
  return Promise.resolve()
    .then(() => preloadVerified(url, __COUNTRY_COMBOBOX_INTEGRITY__))
    .then((verified) => import(/* @vite-ignore */ verified));
});

/**
 * `import()` takes no integrity, but `<link rel="modulepreload" integrity>` does: the browser
 * fetches the module, checks its hash and only then puts it in the page's module map, where the
 * `import()` that follows finds it. A module whose bytes differ fails the link and never runs; a
 * browser without modulepreload gets no unchecked import either (the checkout shows its plain
 * country list instead).
 */
function preloadVerified(url: string, integrity: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    const settle = (loaded: boolean) => {
      link.remove();
      if (loaded) resolve(url);
      else reject(new Error(`dodo-checkout: ${url} could not be loaded with its integrity checked`));
    };
    if (!link.relList.supports('modulepreload')) return settle(false);
    link.rel = 'modulepreload';
    link.integrity = integrity;
    if (crossOrigin !== null) link.crossOrigin = crossOrigin;
    link.href = url;
    link.onload = () => settle(true);
    link.onerror = () => settle(false);
    document.head.append(link);
  });
}
