/**
 * The shapes a UI message can take, and how one is turned into text. Messages stay plain data
 * (strings, interpolating functions, choices) so a locale is a typed object literal, and so the
 * CDN build can ship each locale as JSON (see `message-json.ts`).
 */
import { englishCount } from '../english-numbers.js';

/**
 * Forms chosen by the first argument: "=<value>" for an exact value, then the CLDR plural category.
 * Every form receives the argument as text: a number already formatted for the language
 * ("1 234" in French, "١٬٢٣٤" in Arabic), so no form prints raw digits.
 */
export type Choice<T extends string | number> = { readonly other: (value: string) => string } & {
  readonly [form in Intl.LDMLPluralRule | `=${string}`]?: (value: string) => string;
} & { readonly [argumentType]?: T };

/** Type-only: remembers what the caller passes (a count or a string), which the forms no longer see. */
declare const argumentType: unique symbol;

/**
 * A message with forms: `choice({ one: (n) => …, other: (n) => … })` for plurals (Arabic adds
 * zero/two/few/many), `choice({ '=': () => …, other: (s) => … })` for an optional string argument
 * ("" picks "="). Each form only interpolates its argument.
 */
export const choice = <T extends string | number>(forms: Choice<T>): Choice<T> => forms;

/** Functions must only interpolate their arguments: the CDN build turns them into templates. */
export type MessageValue = string | ((...args: never[]) => string) | Choice<string> | Choice<number>;

export type MessageArgs<V> = V extends (...args: infer A) => string ? A : V extends Choice<infer T> ? [value: T] : [];

const pluralRulesByLang = new Map<string, Intl.PluralRules>();

function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRulesByLang.get(lang);
  if (!rules) pluralRulesByLang.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/** `count` in the digits and grouping of `lang` (English without Intl: see `englishCount`). */
export const formatCount = (lang: string, count: number): string => englishCount(count, lang) ?? new Intl.NumberFormat(lang).format(count);

/** The text of `value` with `args`, plural forms chosen by the rules of `lang`, counts written in `numberLocale`. */
export function formatMessage(value: MessageValue, args: readonly unknown[], lang: string, numberLocale = lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') return (value as (...a: unknown[]) => string)(...args);
  const forms = value as Choice<string | number> & Record<string, ((v: string) => string) | undefined>;
  const argument = args[0] as string | number;
  const shown = typeof argument === 'number' ? formatCount(numberLocale, argument) : argument;
  const exact = forms[`=${argument}`];
  if (exact) return exact(shown);
  if (typeof argument === 'number') {
    const plural = forms[pluralCategory(lang, argument)];
    if (plural) return plural(shown);
  }
  return forms.other(shown);
}
