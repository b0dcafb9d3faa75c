/**
 * Markup the element wrote itself, every text in it escaped (`countryOptionsMarkup`), rendered as
 * it is: what Lit's `unsafeHTML` renders, as a template result whose strings are the same object
 * for the same markup (of the latest few). Lit prepares a template once per strings object, so
 * the render that prepares the form's templates before hydration (`prepareTemplates` in
 * hydration/hydrate-chunk.ts) prepares this one too, where `unsafeHTML` makes new strings in each
 * directive it creates.
 */
import type { TemplateResult } from 'lit';

/** Lit's mark of an HTML template result (`_$litType$`, stable across Lit's packages). */
const HTML_RESULT = 1;

/** Strings by markup, the latest few: a page may hold more than one checkout, each with its own list. */
const stringsByMarkup = new Map<string, TemplateStringsArray>();
const KEPT = 8;

export function renderedMarkup(markup: string): TemplateResult {
  let strings = stringsByMarkup.get(markup);
  if (!strings) {
    strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
    stringsByMarkup.set(markup, strings);
    if (stringsByMarkup.size > KEPT) stringsByMarkup.delete(stringsByMarkup.keys().next().value!);
  }
  return { ['_$litType$']: HTML_RESULT, strings, values: [] } as TemplateResult;
}
