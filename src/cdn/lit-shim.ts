/**
 * Stands in for `lit`, `lit/decorators.js`, `lit/directives/*` and `styles/tokens.js` in the CDN
 * chunks (see `lit-runtime.ts`): every name is the CDN script's own. A name missing here fails the
 * build.
 */
import { LIT_RUNTIME_KEY, type LitRuntime } from './lit-runtime.js';

const published = (globalThis as Record<symbol, LitRuntime | undefined>)[LIT_RUNTIME_KEY];
if (!published) throw new Error('dodo-checkout: load this module through dodo-checkout.js');
const runtime: LitRuntime = published;

export const LitElement: LitRuntime['LitElement'] = runtime.LitElement;
export const css: LitRuntime['css'] = runtime.css;
export const html: LitRuntime['html'] = runtime.html;
export const nothing: LitRuntime['nothing'] = runtime.nothing;
export const svg: LitRuntime['svg'] = runtime.svg;
export const property: LitRuntime['property'] = runtime.property;
export const query: LitRuntime['query'] = runtime.query;
export const state: LitRuntime['state'] = runtime.state;
export const ifDefined: LitRuntime['ifDefined'] = runtime.ifDefined;
export const live: LitRuntime['live'] = runtime.live;
export const tokens: LitRuntime['tokens'] = runtime.tokens;
