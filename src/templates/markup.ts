/**
 * Markup the element wrote itself, every text in it escaped, rendered as it is: what Lit's
 * `unsafeHTML` renders, as a template result whose strings are the same object for the same
 * markup. Lit prepares a template once per strings object, so the render that prepares the
 * form's templates before hydration (`prepareTemplates` in hydration/hydrate-chunk.ts) prepares
 * this one too, where `unsafeHTML` makes new strings in each directive it creates.
 */
import type { TemplateResult } from 'lit';

/** Lit's mark of an HTML template result (`_$litType$`, stable across Lit's packages). */
const HTML_RESULT = 1;

let last: { markup: string; strings: TemplateStringsArray } | undefined;

export function renderedMarkup(markup: string): TemplateResult {
  if (last?.markup !== markup) last = { markup, strings: Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray };
  return { ['_$litType$']: HTML_RESULT, strings: last.strings, values: [] } as TemplateResult;
}
