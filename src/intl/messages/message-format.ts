/**
 * The shapes a UI message can take, and how one is turned into text. Messages stay plain data
 * (strings, interpolating functions, choices) so a locale is a typed object literal, and so the
 * CDN build can ship each locale as JSON (see `message-json.ts`).
 */

/** Forms chosen by the first argument: "=<value>" for an exact value, then the CLDR plural category. */
export type Choice<T extends string | number> = { readonly other: (value: T) => string } & {
  readonly [form in Intl.LDMLPluralRule | `=${string}`]?: (value: T) => string;
};

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

/** The text of `value` with `args`, plural forms chosen by the rules of `lang`. */
export function formatMessage(value: MessageValue, args: readonly unknown[], lang: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') return (value as (...a: unknown[]) => string)(...args);
  const forms = value as Choice<string | number> & Record<string, ((v: string | number) => string) | undefined>;
  const argument = args[0] as string | number;
  const exact = forms[`=${argument}`];
  if (exact) return exact(argument);
  if (typeof argument === 'number') {
    const plural = forms[pluralCategory(lang, argument)];
    if (plural) return plural(argument);
  }
  return forms.other(argument);
}
