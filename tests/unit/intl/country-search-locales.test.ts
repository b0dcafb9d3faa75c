/**
 * The country search over the real names and aliases of each UI language, as the checkout builds
 * its list (LocalizeController.countries()): what shoppers type in their own language.
 */
import { describe, expect, it, vi } from 'vitest';
import { searchCountries } from '../../../src/components/country-search.js';
import { loadEnglishCountries } from '../../../src/intl/data-loader.js';
import { LocalizeController, type CountryEntry, type LocalizeHost } from '../../../src/intl/localize-controller.js';
import { UI_LANGUAGES, type UiLanguage } from '../../../src/intl/ui-languages.js';

async function countriesIn(language: UiLanguage): Promise<CountryEntry[]> {
  const host = { locale: language, addController: vi.fn(), requestUpdate: vi.fn(), closest: () => null, getRootNode: () => host };
  const localize = new LocalizeController(host as unknown as LocalizeHost);
  localize.hostConnected();
  // The element asks for the English names once its form is painted.
  localize.loadNames();
  await loadEnglishCountries();
  await localize.ready;
  localize.hostDisconnected();
  return localize.countries();
}

/** Hand-picked everyday names in the languages that have them in scripts/country-aliases.mjs. */
const TYPED: Partial<Record<UiLanguage, Array<[query: string, code: string]>>> = {
  en: [['usa', 'US'], ['america', 'US'], ['uk', 'GB'], ['england', 'GB'], ['holland', 'NL'], ['uae', 'AE'], ['south korea', 'KR']],
  de: [['osterreich', 'AT'], ['usa', 'US'], ['amerika', 'US'], ['england', 'GB'], ['grossbritannien', 'GB'], ['holland', 'NL'], ['vae', 'AE'], ['emirate', 'AE'], ['sudkorea', 'KR'], ['schweiz', 'CH']],
  sv: [['usa', 'US'], ['amerika', 'US'], ['england', 'GB'], ['storbritannien', 'GB'], ['holland', 'NL'], ['emiraten', 'AE'], ['sydkorea', 'KR'], ['tyskland', 'DE']],
  fr: [['usa', 'US'], ['amerique', 'US'], ['angleterre', 'GB'], ['grande bretagne', 'GB'], ['hollande', 'NL'], ['eau', 'AE'], ['emirats', 'AE'], ['coree du sud', 'KR'], ['allemagne', 'DE']],
  es: [['eeuu', 'US'], ['ee uu', 'US'], ['usa', 'US'], ['inglaterra', 'GB'], ['gran bretana', 'GB'], ['holanda', 'NL'], ['emiratos', 'AE'], ['corea del sur', 'KR'], ['alemania', 'DE']],
  it: [['usa', 'US'], ['inghilterra', 'GB'], ['olanda', 'NL'], ['emirati', 'AE'], ['corea del sud', 'KR'], ['germania', 'DE']],
  pl: [['usa', 'US'], ['anglia', 'GB'], ['holandia', 'NL'], ['zea', 'AE'], ['korea poludniowa', 'KR'], ['czechy', 'CZ'], ['niemcy', 'DE']],
  ru: [['сша', 'US'], ['англия', 'GB'], ['голландия', 'NL'], ['оаэ', 'AE'], ['южная корея', 'KR'], ['германия', 'DE']],
  uk: [['сша', 'US'], ['англія', 'GB'], ['голландія', 'NL'], ['оае', 'AE'], ['південна корея', 'KR'], ['німеччина', 'DE']],
  tr: [['abd', 'US'], ['ingiltere', 'GB'], ['hollanda', 'NL'], ['bae', 'AE'], ['guney kore', 'KR'], ['almanya', 'DE']],
  ko: [['미국', 'US'], ['영국', 'GB'], ['네덜란드', 'NL'], ['두바이', 'AE'], ['한국', 'KR'], ['독일', 'DE']],
  'zh-Hans': [['美国', 'US'], ['英国', 'GB'], ['荷兰', 'NL'], ['阿联酋', 'AE'], ['韩国', 'KR'], ['德国', 'DE']],
  'zh-Hant': [['美國', 'US'], ['英國', 'GB'], ['荷蘭', 'NL'], ['阿聯酋', 'AE'], ['韓國', 'KR'], ['德國', 'DE']],
  he: [['ארצות הברית', 'US'], ['אנגליה', 'GB'], ['הולנד', 'NL'], ['דובאי', 'AE'], ['קוריאה הדרומית', 'KR'], ['גרמניה', 'DE']],
  'pt-BR': [['eua', 'US'], ['estados unidos', 'US'], ['inglaterra', 'GB'], ['holanda', 'NL'], ['emirados', 'AE'], ['ira', 'IR'], ['quenia', 'KE']],
  pt: [['eua', 'US'], ['estados unidos', 'US'], ['inglaterra', 'GB'], ['gra bretanha', 'GB'], ['holanda', 'NL'], ['emirados', 'AE'], ['coreia do sul', 'KR'], ['alemanha', 'DE']],
  nl: [['vs', 'US'], ['amerika', 'US'], ['engeland', 'GB'], ['groot brittannie', 'GB'], ['holland', 'NL'], ['vae', 'AE'], ['emiraten', 'AE'], ['zuid korea', 'KR'], ['duitsland', 'DE']],
  ja: [['ドイツ', 'DE'], ['アメリカ', 'US'], ['米国', 'US'], ['イギリス', 'GB'], ['英国', 'GB'], ['オランダ', 'NL'], ['韓国', 'KR'], ['ドバイ', 'AE'], ['uae', 'AE']],
  ar: [['المانيا', 'DE'], ['امريكا', 'US'], ['أمريكا', 'US'], ['الولايات المتحدة', 'US'], ['بريطانيا', 'GB'], ['انجلترا', 'GB'], ['هولندا', 'NL'], ['الإمارات', 'AE'], ['كوريا الجنوبية', 'KR']],
};

describe.each(Object.keys(TYPED) as UiLanguage[])('country search in %s', (language) => {
  it.each(TYPED[language]!)('“%s” finds %s first', async (query, code) => {
    const countries = await countriesIn(language);
    expect(countries.length).toBeGreaterThan(200);
    expect(searchCountries(countries, query)[0]?.code).toBe(code);
  });
});

describe.each(UI_LANGUAGES)('country names in %s', (language) => {
  it('are searchable by their shown name and by the English one', async () => {
    const countries = await countriesIn(language);
    expect(countries).toHaveLength(249);
    for (const code of ['DE', 'US', 'JP', 'BR', 'IN', 'EG']) {
      const entry = countries.find((country) => country.code === code)!;
      expect(searchCountries(countries, entry.name)[0]?.code, `${language} ${entry.name}`).toBe(code);
    }
    expect(searchCountries(countries, 'Germany')[0]?.code).toBe('DE');
  });
});
