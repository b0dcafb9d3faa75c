/**
 * The CDN build's twin of `load-hydrate.ts` (aliased in by the build): Lit's hydration is an ES
 * module next to the script, `<script dir>/chunks/hydrate.js`, imported with its integrity checked
 * (cdn/import-verified.ts). It carries no lit-html of its own: it hydrates with this script's,
 * whose parts it must create, handed over under a registry symbol (cdn/lit-html-shim.ts).
 */
import { noChange } from 'lit';
import { isCompiledTemplateResult, isPrimitive, isSingleExpression, isTemplateResult } from 'lit/directive-helpers.js';
import { _$LH } from 'lit-html/private-ssr-support.js';
import { importVerified } from '../cdn/import-verified.js';
import { HYDRATION_RUNTIME_KEY, type HydrationRuntime } from '../cdn/hydration-runtime.js';
import { cdnChunkUrl } from '../intl/data-loader.cdn.js';
import { retryingOnce } from '../intl/retrying-once.js';
import type { Hydration } from './load-hydrate.js';

export type { Hydration } from './load-hydrate.js';

/** `sha384-…` of `chunks/hydrate.js`, defined by vite.config.ts. */
declare const __HYDRATE_INTEGRITY__: string;

const runtime: HydrationRuntime = { noChange, _$LH, isCompiledTemplateResult, isPrimitive, isSingleExpression, isTemplateResult };

/** A failed load (network, integrity) is tried again by the next call. */
export const loadHydrate = retryingOnce<Hydration>(() => {
  (globalThis as Record<symbol, unknown>)[HYDRATION_RUNTIME_KEY] ??= runtime;
  return Promise.resolve()
    .then(() => importVerified(cdnChunkUrl('hydrate.js'), __HYDRATE_INTEGRITY__))
    .then((module) => module as Hydration);
});
