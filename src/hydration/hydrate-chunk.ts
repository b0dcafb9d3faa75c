/**
 * Lit's hydration of a server-rendered form, imported only by such a form (`load-hydrate.ts`; the
 * CDN chunk `chunks/hydrate.js`, `vite build --mode cdn-hydrate-chunk`, on the script's Lit).
 */
import { digestForTemplateResult } from '@lit-labs/ssr-client';
import { isTemplateResult } from 'lit-html/directive-helpers.js';
import { _$LH } from 'lit-html/private-ssr-support.js';
import { inSlices } from '../after-first-paint.js';

export { hydrate } from '@lit-labs/ssr-client';

type TemplateLookup = (this: unknown, result: unknown) => unknown;
const childPart = _$LH.ChildPart.prototype as unknown as Record<string, TemplateLookup | undefined>;
/**
 * Lit's template cache: a template result's template, prepared (its HTML parsed, its parts found)
 * the first time it is asked for. It is `ChildPart`'s `_$getTemplate`, named `_$AC` in Lit's
 * production build: `_$` names hold across Lit's packages, and Lit's hydration calls the same one.
 */
const templateOf = childPart._$AC ?? childPart._$getTemplate;

/** A directive's result (`keyed(key, template)`): its arguments may hold the templates it renders. */
const isDirectiveResult = (value: unknown): value is { values: unknown[] } => typeof value === 'object' && value !== null && '_$litDirective$' in value;

/** The template results in a render's value, nested ones included (in arrays and in directives' arguments), outer first. */
function* templateResults(value: unknown): Generator<unknown> {
  if (isTemplateResult(value)) {
    yield value;
    for (const nested of value.values) yield* templateResults(nested);
  } else if (Array.isArray(value) || isDirectiveResult(value)) {
    for (const item of Array.isArray(value) ? value : value.values) yield* templateResults(item);
  }
}

/**
 * Prepares the templates of a render's value, so that hydrating it finds them ready: each
 * template, and its digest, which hydration compares with the server's marker (Lit keeps both; a
 * digest is a hash over every character of the template's strings, the country list's whole
 * markup among them, in code not yet optimized). The element calls this in tasks of their own
 * before hydration's, which then only walks the server's markup: a few templates in each
 * (`inSlices`, counted from `since`), so no task of it is long.
 */
export async function prepareTemplates(value: unknown, since?: number): Promise<void> {
  if (typeof templateOf !== 'function') return;
  await inSlices(
    templateResults(value),
    (result) => {
      templateOf.call(childPart, result);
      digestForTemplateResult(result as Parameters<typeof digestForTemplateResult>[0]);
    },
    { since },
  );
}
