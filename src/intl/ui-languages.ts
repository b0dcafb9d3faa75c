/**
 * The languages the checkout's own texts exist in; English is built in, the rest load lazily.
 * Regional variants carry their region or script where the words differ: `pt` is European
 * Portuguese, `pt-BR` Brazilian; `zh-Hans` Simplified, `zh-Hant` Traditional Chinese.
 */
export const UI_LANGUAGES = [
  'en', 'ar', 'bg', 'ca', 'cs', 'da', 'de', 'el', 'es', 'et', 'fa', 'fi', 'fil', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja',
  'ko', 'lt', 'lv', 'ms', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'th', 'tr', 'uk', 'vi', 'zh-Hans', 'zh-Hant',
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type LazyUiLanguage = Exclude<UiLanguage, 'en'>;

/** Languages read by speakers of another one we have: Norwegian (and Nynorsk) read Bokmål, Tagalog is Filipino. */
export const LANGUAGE_ALIASES: Readonly<Record<string, UiLanguage>> = { no: 'nb', nn: 'nb', tl: 'fil' };

/** Right-to-left scripts' languages, so a fallback still gets the right direction. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export const isRtlLanguage = (language: string) => RTL_LANGUAGES.has(language.split('-')[0]!.toLowerCase());
