/**
 * Stands in for `lit-html`, `lit-html/private-ssr-support.js` and `lit-html/directive-helpers.js`
 * in `chunks/hydrate.js` (see `hydration-runtime.ts`): every name is the CDN script's own. A name
 * missing here fails the build.
 */
import { HYDRATION_RUNTIME_KEY, type HydrationRuntime } from './hydration-runtime.js';

const published = (globalThis as Record<symbol, HydrationRuntime | undefined>)[HYDRATION_RUNTIME_KEY];
if (!published) throw new Error('dodo-checkout: load this module through dodo-checkout.js');
const runtime: HydrationRuntime = published;

export const noChange: HydrationRuntime['noChange'] = runtime.noChange;
export const _$LH: HydrationRuntime['_$LH'] = runtime._$LH;
export const isCompiledTemplateResult: HydrationRuntime['isCompiledTemplateResult'] = runtime.isCompiledTemplateResult;
export const isPrimitive: HydrationRuntime['isPrimitive'] = runtime.isPrimitive;
export const isSingleExpression: HydrationRuntime['isSingleExpression'] = runtime.isSingleExpression;
export const isTemplateResult: HydrationRuntime['isTemplateResult'] = runtime.isTemplateResult;
