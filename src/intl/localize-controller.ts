/**
 * Localization as a Lit reactive controller, after shoelace-style/localize: typed messages with a
 * fallback chain (es-PE → es → en), locale taken from the element, its ancestors or the page, and
 * `<html lang dir>` watched while connected. English messages are bundled and work synchronously;
 * other languages, and the country names of every language, load once, on demand, and re-render
 * the host when they arrive. Until the English names are here, the countries go by the shown
 * language's names, or by their codes.
 *
 * Nothing here touches `window` or `document` at import time, so the module is safe to import
 * during server-side rendering.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { COUNTRY_CODES, type CountryCode } from '../api/enums.js';
import type { CountryOption } from '../components/country-search.js';
import type { EnglishCountries } from './country-names.js';
import { loadEnglishCountries, loadLocaleData, type LocaleData } from './data-loader.js';
import english, { type MessageKey, type Messages } from './messages/en.js';
import { formatMessage, type MessageArgs, type MessageValue } from './messages/message-format.js';
import { isRtlLanguage, LANGUAGE_ALIASES, UI_LANGUAGES, type UiLanguage } from './ui-languages.js';
import { withoutMarks } from './without-marks.js';

/** A country for the country list, in the country picker's own shape. */
export type CountryEntry = CountryOption;

export type LocalizeHost = ReactiveControllerHost & HTMLElement & { locale?: string | null | undefined };

/** The first candidate that is a well-formed BCP 47 tag, canonicalized ("EN-us" → "en-US"); else "en". */
export function resolveLocale(candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    const tag = candidate?.trim();
    if (!tag) continue;
    try {
      return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0]!;
    } catch {
      // Not a language tag (e.g. "english"); try the next source.
    }
  }
  return 'en';
}

/**
 * The best of `supported` for `requested`, dropping subtags from the end: "pt-BR" → "pt-BR",
 * "pt-AO" → "pt", "es-419" → "es", "zh-Hant-TW" → "zh-Hant". A tag without a match is tried
 * again with its likely script (CLDR), so "zh" and "zh-CN" reach "zh-Hans" and "zh-TW", "zh-HK"
 * reach "zh-Hant"; then through LANGUAGE_ALIASES ("no" → "nb"). English when nothing matches.
 */
export function negotiateLanguage<L extends string>(requested: string, supported: readonly L[] = UI_LANGUAGES as unknown as readonly L[]): L | 'en' {
  const byLowerCase = new Map(supported.map((language) => [language.toLowerCase(), language]));
  // The likely script is looked up only when the tag's own subtags match nothing: the first
  // `maximize()` in a page loads CLDR data, which "en-US" or "de" never needs.
  const likely = () => {
    try {
      const maximized = new Intl.Locale(requested).maximize();
      return `${maximized.language}-${maximized.script}`;
    } catch {
      // Not a well-formed tag: only its own subtags and the aliases can match.
      return '';
    }
  };
  for (const tag of [() => requested, likely, () => LANGUAGE_ALIASES[requested.split(/[-_]/)[0]!.toLowerCase()] ?? '']) {
    const subtags = tag().toLowerCase().split(/[-_]/);
    for (let length = subtags.length; length > 0; length--) {
      const match = byLowerCase.get(subtags.slice(0, length).join('-'));
      if (match) return match;
    }
  }
  return 'en';
}

const apiCountries: ReadonlySet<string> = new Set(COUNTRY_CODES);

/**
 * The likely region of each UI language's tag without a region, as CLDR's likely subtags give it
 * (`Intl.Locale#maximize`, to which `tests/unit/intl/localize.test.ts` holds it): a page whose
 * `lang` is "de" or "ja", and whose checkout sets no `country`, prefills it without the page's
 * first `maximize()`, which loads CLDR data in the render that shows the form.
 */
const LIKELY_REGIONS: ReadonlyMap<string, CountryCode> = new Map(Object.entries({
  en: 'US', ar: 'EG', bg: 'BG', ca: 'ES', cs: 'CZ', da: 'DK', de: 'DE', el: 'GR', es: 'ES', et: 'EE', fa: 'IR', fi: 'FI',
  fil: 'PH', fr: 'FR', he: 'IL', hi: 'IN', hr: 'HR', hu: 'HU', id: 'ID', it: 'IT', ja: 'JP', ko: 'KR', lt: 'LT', lv: 'LV',
  ms: 'MY', nb: 'NO', nl: 'NL', pl: 'PL', pt: 'BR', ro: 'RO', ru: 'RU', sk: 'SK', sl: 'SI', sr: 'RS', sv: 'SE', th: 'TH',
  tr: 'TR', uk: 'UA', vi: 'VN', 'zh-Hans': 'CN', 'zh-Hant': 'TW',
} satisfies Partial<Record<UiLanguage, CountryCode>>));

/**
 * The country a locale points to, for defaulting the billing country: its region ("pt-BR" → BR),
 * or with `guess` (default) the language's likely region from CLDR ("sv" → SE, "ja" → JP).
 * `undefined` for macro-regions ("es-419") or when nothing fits.
 */
export function regionOf(locale: string, { guess = true } = {}): CountryCode | undefined {
  const likely = guess ? LIKELY_REGIONS.get(locale) : undefined;
  if (likely) return likely;
  try {
    const parsed = new Intl.Locale(locale);
    const region = parsed.region ?? (guess ? parsed.maximize().region : undefined);
    return region && apiCountries.has(region) ? (region as CountryCode) : undefined;
  } catch {
    return undefined;
  }
}

/** `lang` of the nearest element carrying one, crossing shadow roots up to the document. */
function inheritedLang(element: Element): string | undefined {
  // The server's element stands alone: its language is its `locale`.
  if (isServer) return undefined;
  let current: Element | null = element;
  while (current) {
    const lang = current.closest('[lang]:not([lang=""])')?.getAttribute('lang');
    if (lang) return lang;
    const root: Node = current.getRootNode();
    current = 'host' in root ? (root as ShadowRoot).host : null;
  }
  return undefined;
}

// Shared by every instance: one load per language, one observer for all connected hosts.
const loadedLocales = new Map<UiLanguage, LocaleData>();
const pendingLocales = new Map<UiLanguage, Promise<LocaleData>>();
/** By language; emptied when the English names arrive, which change every language's list. */
const sortedCountries = new Map<UiLanguage, CountryEntry[]>();
/** The English names and aliases once loaded: every language's fallback. */
let englishNames: EnglishCountries | undefined;

/**
 * English country names in `Intl.Collator('en')` order without making one: a page's first
 * collator is a long task of its own on a slow phone (V8 lists its locales, ICU loads the
 * collation data). With case and diacritics folded away the names compare the same
 * (`tests/unit/intl/localize.test.ts` holds the order to the collator's, in Node and in browsers).
 */
function sortEnglish(entries: CountryEntry[]): CountryEntry[] {
  const key = (name: string) => withoutMarks(name).toLowerCase();
  return entries.map((entry) => [key(entry.name), entry] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}
/** Every API country named by its code, in code order: the list until any names have arrived, made once. */
let byCode: CountryEntry[] | undefined;
const countriesByCode = (): CountryEntry[] => (byCode ??= [...COUNTRY_CODES].sort().map((code) => ({ code, name: code })));

const connectedControllers = new Set<LocalizeController>();
/** Messages of lazily loaded modules by language, once they arrived (see `addMessages`). */
const lazyMessages: Partial<Record<UiLanguage, Partial<Messages>>> = {};
let documentObserver: MutationObserver | undefined;

function loadLocale(language: UiLanguage): Promise<LocaleData> {
  let pending = pendingLocales.get(language);
  if (!pending) {
    pending = loadLocaleData(language).then((data) => {
      loadedLocales.set(language, data);
      return data;
    });
    // Let a later render retry a failed load (offline for a moment, CDN hiccup).
    pending.catch(() => pendingLocales.delete(language));
    pendingLocales.set(language, pending);
  }
  return pending;
}

/** The English names, loaded once for every instance. */
function loadEnglishNames(): Promise<EnglishCountries> {
  return loadEnglishCountries().then((loaded) => {
    sortedCountries.clear();
    return (englishNames = loaded);
  });
}

/** How many times a connected element asks for the English names before the shopper makes do with codes. */
const NAME_TRIES = 3;

/**
 * Loads what `locale` shows (its messages and country names, and the English names every language
 * falls back to) before a server renders it: the server writes a page once, so it cannot wait for
 * a re-render. Never rejects; what failed falls back as in the browser.
 */
export async function preloadLocale(locale: string): Promise<void> {
  const language = negotiateLanguage(resolveLocale([locale]), UI_LANGUAGES);
  await Promise.allSettled([loadEnglishNames(), language === 'en' ? undefined : loadLocale(language)]);
}

function watchDocument(controller: LocalizeController): void {
  connectedControllers.add(controller);
  if (documentObserver || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  documentObserver = new MutationObserver(() => {
    for (const connected of connectedControllers) connected.host.requestUpdate();
  });
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

function unwatchDocument(controller: LocalizeController): void {
  connectedControllers.delete(controller);
  if (connectedControllers.size === 0) {
    documentObserver?.disconnect();
    documentObserver = undefined;
  }
}

export class LocalizeController implements ReactiveController {
  /** The resolved BCP 47 locale, for `Intl` formatting: keeps "de-CH" while messages are "de". */
  lang = 'en';
  /** Settles when the current language's data is in use (at once for English). */
  ready: Promise<void> = Promise.resolve();

  private wantedLanguage: UiLanguage = 'en';
  private englishLoad: Promise<void> = Promise.resolve();
  /** Times the English names were asked for since the last connect (see `loadNames`). */
  private namesTries = 0;
  /** The language whose messages are shown: English until the wanted one has loaded. */
  private shownLanguage: UiLanguage = 'en';
  /** The language sources `refresh` last read (the element's `locale`, the nearest `lang`, the page's, the browser's). */
  private asked: ReadonlyArray<string | null | undefined> | undefined;

  constructor(readonly host: LocalizeHost) {
    host.addController(this);
  }

  hostConnected(): void {
    watchDocument(this);
    this.refresh();
    // Connected again while the names are missing: ask again, with a fresh count of tries.
    if (this.namesTries) {
      this.namesTries = 0;
      this.loadNames();
    }
  }

  /**
   * Fetches the English names (every language's fallback). The host asks once its form is painted
   * (with the picker's load), so neither the task that upgrades the element nor the one that renders
   * its first fields starts the request; `loaded` asks too, and so does the host when the shopper
   * focuses the country field. At most NAME_TRIES asks per connect (one made while a request is under
   * way joins it, and counts), so a shopper who goes on focusing the field offline is not met by
   * request after request.
   */
  loadNames(): void {
    if (englishNames || this.namesTries >= NAME_TRIES) return;
    this.namesTries++;
    this.englishLoad = loadEnglishNames().then(
      () => this.host.requestUpdate(),
      () => undefined,
    );
  }

  /**
   * Settles once what the page shows is here: the language's messages and the country names
   * (each loaded, or failed). A server-rendered form waits for it, so the browser's first
   * render writes the same words as the server did.
   */
  loaded(): Promise<void> {
    this.loadNames();
    return Promise.all([this.ready, this.englishLoad]).then(() => {});
  }

  hostDisconnected(): void {
    unwatchDocument(this);
  }

  /** Before every render: picks up a changed `locale`, ancestor `lang` or page language. */
  hostUpdate(): void {
    this.refresh();
  }

  /** The language the shown messages are in ("de" for "de-CH", "zh-Hant" for "zh-TW"). */
  get language(): UiLanguage {
    return this.shownLanguage;
  }

  get dir(): 'ltr' | 'rtl' {
    return isRtlLanguage(this.shownLanguage) ? 'rtl' : 'ltr';
  }

  /** A message in the shown language, English where that language lacks the key. Bound, so it can be passed around. */
  t = <K extends MessageKey>(key: K, ...args: MessageArgs<Messages[K]>): string => {
    const value = (this.localeData()?.messages[key] ?? lazyMessages[this.shownLanguage]?.[key] ?? (english as Partial<Messages>)[key] ?? lazyMessages.en?.[key]) as MessageValue;
    return formatMessage(value, args, this.shownLanguage, this.textLocale);
  };

  /** Messages a lazily loaded module brings (the live quote's), by language; English is the fallback of its keys. */
  addMessages(tables: Readonly<Partial<Record<UiLanguage, Partial<Messages>>>>): void {
    for (const [language, messages] of Object.entries(tables) as Array<[UiLanguage, Partial<Messages>]>) lazyMessages[language] = { ...lazyMessages[language], ...messages };
    this.host.requestUpdate();
  }

  countryName(code: CountryCode): string {
    return this.localeData()?.countries[code] ?? englishNames?.names[code] ?? code;
  }

  /**
   * Every API country with its name in the shown language, sorted for that language. English
   * names join the aliases so a shopper can type either. The same array is returned until the
   * language or the English names change (the country search memoizes by identity). Without the
   * English names, every language's fallback, a country the language does not name goes by its code.
   */
  countries(): CountryEntry[] {
    const language = this.shownLanguage;
    let entries = sortedCountries.get(language);
    if (!entries) {
      const data = this.localeData();
      const fallback = englishNames;
      // No names yet (they load after the first paint) or none at all: the codes, in their order.
      if (!data && !fallback) return countriesByCode();
      const unsorted = COUNTRY_CODES.map((code) => {
        const name = data?.countries[code] ?? fallback?.names[code] ?? code;
        const aliases = [...(data?.countryAliases[code] ?? []), ...(data && fallback ? [fallback.names[code]] : []), ...(fallback?.aliases[code] ?? [])];
        const unique = [...new Set(aliases)].filter((alias) => alias !== name);
        return unique.length > 0 ? { code, name, aliases: unique } : { code, name };
      });
      if (language === 'en') entries = sortEnglish(unsorted);
      else {
        const collator = new Intl.Collator(language);
        entries = unsorted.sort((a, b) => collator.compare(a.name, b.name));
      }
      sortedCountries.set(language, entries);
    }
    return entries;
  }

  /**
   * The locale of the shown text, for `lang` and counts: the requested one when its messages are
   * shown ("ar-EG" writes ١٢), else the shown language ("en" while German loads, or for "sw-KE").
   */
  get textLocale(): string {
    const sameLanguage = this.lang.split('-')[0] === this.shownLanguage.split('-')[0];
    return sameLanguage && this.wantedLanguage === this.shownLanguage ? this.lang : this.shownLanguage;
  }

  private localeData(): LocaleData | undefined {
    return this.shownLanguage === 'en' ? undefined : loadedLocales.get(this.shownLanguage);
  }

  private refresh(): void {
    const candidates = [this.host.locale, inheritedLang(this.host), globalThis.document?.documentElement.lang, globalThis.navigator?.language];
    // Every update asks: the same sources give the same language, without canonicalizing and negotiating again.
    if (this.asked?.every((source, i) => source === candidates[i])) return;
    this.asked = candidates;
    this.lang = resolveLocale(candidates);
    const wanted = negotiateLanguage(this.lang, UI_LANGUAGES);
    if (wanted === this.wantedLanguage) return;
    this.wantedLanguage = wanted;
    if (wanted === 'en' || loadedLocales.has(wanted)) {
      this.shownLanguage = wanted;
      this.ready = Promise.resolve();
      return;
    }
    // Keep showing the current language until the new one arrives, then render again.
    this.ready = loadLocale(wanted).then(
      () => {
        if (this.wantedLanguage !== wanted) return;
        this.shownLanguage = wanted;
        this.host.requestUpdate();
      },
      () => {
        // Unavailable (offline, missing file): stay in the shown language rather than break; a later update asks again.
        if (this.wantedLanguage !== wanted) return;
        this.wantedLanguage = this.shownLanguage;
        this.asked = undefined;
      },
    );
  }
}
