import { COUNTRY_CODES } from '../../../src/api/enums.js';
import { describe, expect, it, vi } from 'vitest';
import { loadEnglishCountries } from '../../../src/intl/data-loader.js';
import { LocalizeController, negotiateLanguage, regionOf, resolveLocale, type LocalizeHost } from '../../../src/intl/localize-controller.js';
import { isRtlLanguage, UI_LANGUAGES } from '../../../src/intl/ui-languages.js';

describe('locale negotiation', () => {
  it.each([
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt-PT', 'pt'],
    ['pt-AO', 'pt'],
    ['pt', 'pt'],
    ['es-PE', 'es'],
    ['es-419', 'es'],
    ['en-GB', 'en'],
    ['AR', 'ar'],
    ['ja-JP-u-ca-japanese', 'ja'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['tl', 'fil'],
    ['fil-PH', 'fil'],
    ['iw', 'he'], // the deprecated code, through CLDR's likely subtags
    ['sr-Latn-RS', 'sr'],
    ['he-IL', 'he'],
    ['fa-IR', 'fa'],
    ['xx', 'en'],
    ['not a tag!', 'en'],
  ])('%s → %s', (requested, expected) => {
    expect(negotiateLanguage(requested)).toBe(expected);
  });

  it('finds every UI language from its own tag and from its tag with a region', () => {
    for (const language of UI_LANGUAGES) {
      expect(negotiateLanguage(language)).toBe(language);
      // Plain "pt" is European Portuguese: its likely region (Brazil) has a language of its own.
      const region = language === 'pt' ? 'PT' : (regionOf(language) ?? 'US');
      expect(negotiateLanguage(`${language}-${region}`)).toBe(language);
    }
  });

  it('writes right to left exactly in Arabic, Hebrew and Persian', () => {
    expect(UI_LANGUAGES.filter((language) => isRtlLanguage(language)).sort()).toEqual(['ar', 'fa', 'he']);
  });

  it('takes the first well-formed source, canonicalized', () => {
    expect(resolveLocale([undefined, '', '  ', 'pt_br', 'de'])).toBe('pt-BR');
    expect(resolveLocale(['not a tag!', 'sv-se'])).toBe('sv-SE');
    expect(resolveLocale([null, undefined])).toBe('en');
  });

  it('finds the region to default the billing country', () => {
    expect(regionOf('pt-BR')).toBe('BR');
    expect(regionOf('sv')).toBe('SE');
    expect(regionOf('ja')).toBe('JP');
    expect(regionOf('sv', { guess: false })).toBeUndefined();
    expect(regionOf('es-419')).toBeUndefined();
    expect(regionOf('garbage!')).toBeUndefined();
  });

  it('knows the likely region of every UI language without a region as CLDR does, without asking Intl', () => {
    const withoutRegion = UI_LANGUAGES.filter((language) => !new Intl.Locale(language).region);
    const maximize = vi.spyOn(Intl.Locale.prototype, 'maximize');
    const regions = withoutRegion.map((language) => [language, regionOf(language)]);
    expect(maximize).not.toHaveBeenCalled();
    maximize.mockRestore();
    expect(regions).toEqual(regions.map(([language]) => [language, new Intl.Locale(language!).maximize().region]));
    // Other tags still ask: Swahili, and a script the table does not hold.
    expect(regionOf('sw')).toBe('TZ');
    expect(regionOf('sr-Latn')).toBe('RS');
  });
});

/** The parts of a Lit host the controller uses; `closest` finds no `lang` (no DOM in node). */
function fakeHost(locale: string) {
  const host = {
    locale,
    addController: vi.fn(),
    requestUpdate: vi.fn(),
    closest: () => null,
    getRootNode() {
      return this;
    },
  };
  return host as typeof host & LocalizeHost;
}

describe('LocalizeController', () => {
  it('has English messages at once, and country names once they load', async () => {
    const host = fakeHost('en-US');
    const localize = new LocalizeController(host);
    localize.hostConnected();
    // The element asks for the English names once its form is painted.
    localize.loadNames();
    expect(host.addController).toHaveBeenCalledWith(localize);
    expect(localize.t('pay', '$39.00')).toBe('Pay $39.00');
    expect(localize.dir).toBe('ltr');
    // Until the names arrive, the countries go by their codes, in code order, one list across
    // renders; the first render makes it without the name sort's Unicode normalization.
    const normalize = vi.spyOn(String.prototype, 'normalize');
    const byCode = localize.countries();
    expect(normalize).not.toHaveBeenCalled();
    normalize.mockRestore();
    expect(byCode).toHaveLength(249);
    expect(byCode.map((country) => country.code)).toEqual([...byCode.map((country) => country.code)].sort());
    expect(byCode.find((country) => country.code === 'DE')).toEqual({ code: 'DE', name: 'DE' });
    expect(localize.countries()).toBe(byCode);
    expect(localize.countryName('DE')).toBe('DE');
    await loadEnglishCountries();
    await Promise.resolve();
    expect(host.requestUpdate).toHaveBeenCalled();
    expect(localize.countryName('DE')).toBe('Germany');
    expect(localize.countries()).toHaveLength(249);
    expect(localize.countries().find((country) => country.code === 'DE')?.name).toBe('Germany');
    localize.hostDisconnected();
  });

  it('sorts the English names as Intl.Collator("en") does, without making one', async () => {
    await loadEnglishCountries();
    const original = Intl.Collator;
    let made = 0;
    Intl.Collator = new Proxy(original, { construct: (target, args) => (made += 1, Reflect.construct(target, args)) });
    let names: string[];
    let generatedOrder: string[];
    try {
      const localize = new LocalizeController(fakeHost('en-GB'));
      localize.hostConnected();
      localize.hostUpdate();
      await localize.loaded();
      names = localize.countries().map((country) => country.name);
      generatedOrder = COUNTRY_CODES.map((code) => localize.countryName(code));
      localize.hostDisconnected();
    } finally {
      Intl.Collator = original;
    }
    expect(made).toBe(0);
    expect(names).toHaveLength(249);
    // The data's order (the API's codes) is not the sorted one: the order comes from the sort.
    expect(generatedOrder).not.toEqual(names);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
  });

  it('loads Brazilian Portuguese for pt-BR and re-renders the host', async () => {
    const host = fakeHost('pt-BR');
    const localize = new LocalizeController(host);
    localize.hostConnected();
    localize.hostUpdate();
    expect(localize.lang).toBe('pt-BR');
    expect(localize.t('payNoTotal')).toBe('Pay'); // English until Portuguese arrives
    await localize.ready;
    expect(host.requestUpdate).toHaveBeenCalled();
    expect(localize.language).toBe('pt-BR');
    expect(localize.t('pay', 'R$ 39,00')).toBe('Pagar R$ 39,00');
    expect(localize.t('formHasErrors', 2)).toBe('2 campos precisam de atenção.');
    expect(localize.countryName('DE')).toBe('Alemanha');
    const countries = localize.countries();
    expect(countries).toHaveLength(249);
    expect(countries).toBe(localize.countries()); // same identity for the search's memo
    expect(countries.find((country) => country.code === 'DE')?.aliases).toContain('Germany');
    const names = countries.map((country) => country.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('pt').compare));
    localize.hostDisconnected();
  });

  it('loads European Portuguese for pt-PT and Traditional Chinese for zh-TW, with their own words', async () => {
    const portugal = fakeHost('pt-PT');
    const localizePortugal = new LocalizeController(portugal);
    localizePortugal.hostConnected();
    await localizePortugal.ready;
    expect(localizePortugal.language).toBe('pt');
    expect(localizePortugal.countryName('IR')).toBe('Irão');
    expect(localizePortugal.t('contact')).toBe('Contacto');
    localizePortugal.hostDisconnected();
    const taiwan = fakeHost('zh-TW');
    const localizeTaiwan = new LocalizeController(taiwan);
    localizeTaiwan.hostConnected();
    await localizeTaiwan.ready;
    expect(localizeTaiwan.language).toBe('zh-Hant');
    expect(localizeTaiwan.countryName('US')).toBe('美國');
    localizeTaiwan.hostDisconnected();
  });

  it('writes counts in the digits of the requested locale', async () => {
    const host = fakeHost('ar-EG');
    const localize = new LocalizeController(host);
    localize.hostConnected();
    await localize.ready;
    expect(localize.t('formHasErrors', 12)).toContain(new Intl.NumberFormat('ar-EG').format(12));
    expect(localize.t('formHasErrors', 12)).toContain('١٢');
    expect(localize.textLocale).toBe('ar-EG');
    localize.hostDisconnected();
  });

  it('switches to right-to-left Arabic when the locale changes', async () => {
    const host = fakeHost('en');
    const localize = new LocalizeController(host);
    localize.hostConnected();
    host.locale = 'ar-EG';
    localize.hostUpdate();
    await localize.ready;
    expect(localize.dir).toBe('rtl');
    expect(localize.t('payNoTotal')).toBe('ادفع');
    expect(localize.countryName('EG')).toBe('مصر');
    localize.hostDisconnected();
  });

  it('falls back to English for a language it does not have', async () => {
    const host = fakeHost('sw-KE');
    const localize = new LocalizeController(host);
    localize.hostConnected();
    await localize.ready;
    expect(localize.lang).toBe('sw-KE');
    expect(localize.textLocale).toBe('en'); // the text is English, and says so
    expect(localize.language).toBe('en');
    expect(localize.t('total')).toBe('Total');
  });
});
