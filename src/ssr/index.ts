/**
 * `dodo-checkout/ssr`: `<dodo-checkout>` rendered on the server (Node, or a framework's server
 * components) with Lit's server renderer, as a declarative shadow root. The form shows and takes
 * input before any script runs; the CDN script then adopts it as it is (hydration), keeping what
 * the shopper typed meanwhile. The server renders the first form the browser would: the native
 * country select until the picker loads, no payment method chips until their table loads.
 *
 * Nothing here is inline script. By default nothing is inline style either: the shadow root links
 * `dodo-checkout.css`, and the page's `<head>` gets `checkoutHeadTags()`. With `styles: 'inline'`
 * the shadow root carries the rules in a `<style>`, which the page's policy allows by
 * `checkoutStyleHash()` or by its nonce.
 */
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { DodoCheckout } from '../dodo-checkout.js';
import { escapeHtml } from '../escape-html.js';
import { preloadLocale } from '../intl/localize-controller.js';
import { checkoutElementRenderer, inlineStyle, stylesheetLink } from './checkout-element-renderer.js';
import { checkoutStyleText } from './checkout-styles.js';
import { chooseLocale } from './choose-locale.js';
import { optionAttributes, type CheckoutRenderOptions } from './option-attributes.js';

export type { CheckoutRenderOptions };
export { acceptedLanguages, chooseLocale } from './choose-locale.js';

/** This package's CDN files and their SRI hashes, written in by the build (vite.config.ts); absent when run from source. */
declare const __DODO_CDN__: { base: string; integrity: Record<string, string> } | undefined;
const built = typeof __DODO_CDN__ === 'undefined' ? undefined : __DODO_CDN__;

/** Where the page loads the checkout's script and stylesheet from. */
export interface CheckoutAssets {
  /** The URL of the folder holding `dodo-checkout.js` and `dodo-checkout.css` (`dist/cdn`). Default: this version on jsDelivr. */
  base?: string;
  /**
   * Their `sha384-…` hashes (`sri.json`), and `hydrate`: that of `chunks/hydrate.js`, which the
   * head tags then fetch early (where the script is pinned, a module is fetched early only with
   * its hash). Default: this build's, when `base` is left to its default; `false` leaves them out.
   */
  integrity?: { script?: string; stylesheet?: string; hydrate?: string } | false;
}

/**
 * How the server-rendered shadow root gets the element's rules.
 * - `'link'`: a `<link>` to `dodo-checkout.css`, which `style-src` allows by the stylesheet's
 *   origin (`https://cdn.jsdelivr.net` with the default assets, `'self'` when you self-host). The
 *   form shows once the file has arrived (the head tags start that request early): Chromium pauses
 *   the page's parser at the link until then, and the form is hidden until the stylesheet's rules
 *   show it, so a browser that parses on (Firefox) never shows it unstyled.
 * - `'inline'`: the rules in a `<style>` (about 5.3 KB, 1.8 KB gzip, in every page), so the form
 *   shows with the HTML and the stylesheet is never fetched. A policy without 'unsafe-inline'
 *   allows it by `checkoutStyleHash()` in `style-src` (the same for every page of this version,
 *   so cached pages keep working), or by the page's nonce (`nonce`, for pages rendered afresh
 *   for each response).
 */
export type CheckoutStyles = 'link' | 'inline';

/** A CSP nonce as `nonce-source` spells it: base64 or base64url. */
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

function checkStyles(styles: unknown): asserts styles is CheckoutStyles | undefined {
  if (styles !== undefined && styles !== 'link' && styles !== 'inline') throw new TypeError(`dodo-checkout/ssr: styles is 'link' or 'inline', not ${JSON.stringify(styles)}`);
}

export interface RenderCheckoutSettings {
  /** The request's `Accept-Language` header: the checkout's language when `locale` is not among the options. */
  acceptLanguage?: string;
  assets?: CheckoutAssets;
  /** `'link'` (the default) or `'inline'`: see `CheckoutStyles`. */
  styles?: CheckoutStyles;
  /** The page's CSP nonce, written on the inline `<style>` (with `styles: 'inline'`). */
  nonce?: string;
}

export interface CheckoutHeadSettings {
  /** As given to `renderCheckout`: with `'inline'`, the stylesheet is not preloaded, since no shadow root links it. */
  styles?: CheckoutStyles;
}

interface ResolvedAssets {
  script: string;
  stylesheet: string;
  scriptIntegrity?: string;
  stylesheetIntegrity?: string;
  /** Lit's hydration module, which the script imports for a server-rendered form; undefined where the page pins the script but its hash is unknown here. */
  hydrate?: { url: string; integrity?: string };
}

function resolveAssets(assets: CheckoutAssets = {}): ResolvedAssets {
  const base = assets.base ?? built?.base;
  if (!base) throw new TypeError('dodo-checkout/ssr: assets.base is required when running from source (the URL of dist/cdn)');
  const folder = base.endsWith('/') ? base : `${base}/`;
  const builtPins = assets.base === undefined && assets.integrity === undefined;
  const pinned = assets.integrity === false ? {} : (assets.integrity ?? (builtPins ? { script: built?.integrity['dodo-checkout.js'], stylesheet: built?.integrity['dodo-checkout.css'] } : {}));
  // The script checks the module against the hash it carries; an early fetch must check the same
  // hash, or the page's module map would hold bytes the script never checked.
  const hydrateIntegrity = assets.integrity ? assets.integrity.hydrate : builtPins ? built?.integrity['chunks/hydrate.js'] : undefined;
  const hydrate = pinned.script && !hydrateIntegrity ? undefined : { url: `${folder}chunks/hydrate.js`, ...(hydrateIntegrity ? { integrity: hydrateIntegrity } : {}) };
  return {
    script: `${folder}dodo-checkout.js`,
    stylesheet: `${folder}dodo-checkout.css`,
    ...(pinned.script ? { scriptIntegrity: pinned.script } : {}),
    ...(pinned.stylesheet ? { stylesheetIntegrity: pinned.stylesheet } : {}),
    ...(hydrate ? { hydrate } : {}),
  };
}

const pin = (integrity: string | undefined) => (integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '');

// The server's registry (Lit's DOM shim); `dodo-checkout` may already be defined by the npm entry.
if (!customElements.get('dodo-checkout')) customElements.define('dodo-checkout', DodoCheckout);

/**
 * `<dodo-checkout …>` with its declarative shadow root, for the page's `<body>`. `options` are the
 * element's, by property name (`cart` as an array or its JSON); the language is `options.locale`,
 * else the best of `settings.acceptLanguage`, else English, and is written as `locale` so the
 * browser shows the same. Attribute values and every text are escaped.
 */
export async function renderCheckout(options: CheckoutRenderOptions, settings: RenderCheckoutSettings = {}): Promise<string> {
  checkStyles(settings.styles);
  const styles = settings.styles ?? 'link';
  if (settings.nonce !== undefined) {
    if (styles !== 'inline') throw new TypeError("dodo-checkout/ssr: a nonce is for styles: 'inline' (a linked stylesheet needs none)");
    // A nonce no policy could name would leave the form unstyled without a word.
    if (!NONCE.test(settings.nonce)) throw new TypeError('dodo-checkout/ssr: the nonce is not base64 or base64url, so no policy can allow it');
  }
  const locale = chooseLocale(typeof options.locale === 'string' ? options.locale : undefined, settings.acceptLanguage);
  const attributes = [...optionAttributes({ ...options, locale })];
  const assets = resolveAssets(settings.assets);
  await preloadLocale(locale);
  const renderer = checkoutElementRenderer(
    attributes,
    styles === 'inline' ? { markup: inlineStyle(checkoutStyleText(), settings.nonce), linked: false } : { markup: stylesheetLink(assets.stylesheet, assets.stylesheetIntegrity), linked: true },
  );
  const markup = await collectResult(render(html`<dodo-checkout></dodo-checkout>`, { elementRenderers: [renderer] }));
  // The page template's own part markers: the browser hydrates the element, not the page.
  return markup.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}

/**
 * What the page's `<head>` needs: the element's script (deferred, so it runs after the form is
 * parsed), an early fetch of its stylesheet (unless the styles are inline) and of Lit's hydration
 * module (which the script imports for a server-rendered form), each pinned by its hash when known.
 */
export function checkoutHeadTags(assets?: CheckoutAssets, settings: CheckoutHeadSettings = {}): string {
  checkStyles(settings.styles);
  const { script, stylesheet, scriptIntegrity, stylesheetIntegrity, hydrate } = resolveAssets(assets);
  return [
    ...(settings.styles === 'inline' ? [] : [`<link rel="preload" as="style" href="${escapeHtml(stylesheet)}"${pin(stylesheetIntegrity)}>`]),
    `<script src="${escapeHtml(script)}" defer${pin(scriptIntegrity)}></script>`,
    ...(hydrate ? [`<link rel="modulepreload" href="${escapeHtml(hydrate.url)}"${pin(hydrate.integrity)}>`] : []),
  ].join('\n');
}

/**
 * The `style-src` source that allows the inline `<style>` of `styles: 'inline'`, quotes included:
 * `style-src 'self' ${checkoutStyleHash()}`. It changes only with this package's version.
 */
export function checkoutStyleHash(): string {
  return (styleHash ??= `'sha256-${createHash('sha256').update(checkoutStyleText()).digest('base64')}'`);
}
let styleHash: string | undefined;
