/** The languages the checkout's own texts exist in; English is built in, the rest load lazily. */
export const UI_LANGUAGES = ['en', 'sv', 'de', 'fr', 'es', 'pt', 'nl', 'ja', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type LazyUiLanguage = Exclude<UiLanguage, 'en'>;

/** Right-to-left scripts' languages, so a fallback still gets the right direction. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export const isRtlLanguage = (language: string) => RTL_LANGUAGES.has(language.split('-')[0]!.toLowerCase());
