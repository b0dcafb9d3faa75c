/**
 * The parts of this script's lit-html that Lit's hydration (`chunks/hydrate.js`) works with,
 * published under `HYDRATION_RUNTIME_KEY` before the chunk is imported; the chunk build resolves
 * its lit-html imports to `lit-html-shim.ts`, which reads them back. Hydration creates the
 * template instances and parts that this script's Lit then updates, so they must be its own.
 */
import type { noChange } from 'lit';
import type { isCompiledTemplateResult, isPrimitive, isSingleExpression, isTemplateResult } from 'lit/directive-helpers.js';
import type { _$LH } from 'lit-html/private-ssr-support.js';

export const HYDRATION_RUNTIME_KEY: unique symbol = Symbol.for('dodo-checkout.hydration-runtime') as never;

export interface HydrationRuntime {
  noChange: typeof noChange;
  _$LH: typeof _$LH;
  isCompiledTemplateResult: typeof isCompiledTemplateResult;
  isPrimitive: typeof isPrimitive;
  isSingleExpression: typeof isSingleExpression;
  isTemplateResult: typeof isTemplateResult;
}
