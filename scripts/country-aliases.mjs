// Colloquial and abbreviated country names shoppers type in each UI language, merged into the
// generated src/intl/data/countries/<lang>.ts by scripts/generate-country-names.mjs.
//
// Source: written by hand; no dataset of colloquial country names exists (i18n-iso-countries and
// CLDR hold official and short names only). Each entry is the everyday name or the abbreviation
// used in that language's press and by its style authorities (Spanish "EE. UU." as the RAE's
// Diccionario panhispánico de dudas writes it, Portuguese "EUA", Dutch "VS", German and Dutch
// "VAE", French "EAU"), for the countries most often looked for: the United States, the United
// Kingdom, the Netherlands, the United Arab Emirates, South Korea and a few others. Keep it small:
// the search already matches every official name, the English names and the ISO codes, ignoring
// case and diacritics (so "osterreich" finds Österreich and "المانيا" finds ألمانيا without an entry).

/** The same words in Portugal and Brazil. */
const PORTUGUESE = {
  US: ['EUA', 'USA', 'América'],
  GB: ['Inglaterra', 'Grã-Bretanha', 'Reino Unido'],
  NL: ['Holanda'],
  AE: ['EAU', 'Emirados', 'Dubai'],
  KR: ['Coreia do Sul', 'Coreia'],
};

/** @type {Record<string, Record<string, string[]>>} language → ISO 3166-1 code → aliases */
export const COUNTRY_ALIASES_BY_LANGUAGE = {
  en: {},
  de: {
    US: ['Amerika', 'Vereinigte Staaten von Amerika'],
    GB: ['England', 'Großbritannien', 'UK'],
    NL: ['Holland'],
    AE: ['VAE', 'Emirate', 'Dubai'],
    KR: ['Südkorea', 'Korea'],
    CZ: ['Tschechei'],
  },
  sv: {
    US: ['Amerika', 'Förenta staterna'],
    GB: ['England', 'Storbritannien'],
    NL: ['Holland'],
    AE: ['Emiraten', 'Förenade arabemiraten', 'Dubai'],
    KR: ['Sydkorea', 'Korea'],
  },
  fr: {
    US: ['Amérique', 'USA', 'É.-U.'],
    GB: ['Angleterre', 'Grande-Bretagne', 'Royaume-Uni'],
    NL: ['Hollande'],
    AE: ['EAU', 'Émirats', 'Dubaï'],
    KR: ['Corée du Sud', 'Corée'],
  },
  es: {
    US: ['EE. UU.', 'EEUU', 'EUA', 'USA', 'Estados Unidos de América', 'América'],
    GB: ['Inglaterra', 'Gran Bretaña', 'Reino Unido'],
    NL: ['Holanda'],
    AE: ['EAU', 'Emiratos', 'Dubái'],
    KR: ['Corea del Sur', 'Corea'],
  },
  pt: PORTUGUESE,
  'pt-BR': PORTUGUESE,
  it: {
    US: ['USA', 'America'],
    GB: ['Inghilterra', 'Gran Bretagna', 'UK'],
    NL: ['Olanda'],
    AE: ['Emirati', 'EAU', 'Dubai'],
    KR: ['Corea del Sud', 'Corea'],
  },
  pl: {
    US: ['USA', 'Ameryka', 'Stany'],
    GB: ['Anglia', 'Wielka Brytania', 'UK'],
    NL: ['Holandia'],
    AE: ['Emiraty', 'ZEA', 'Dubaj'],
    KR: ['Korea Południowa', 'Korea'],
    CZ: ['Czechy'],
  },
  ru: {
    US: ['США', 'Америка', 'Штаты'],
    GB: ['Англия', 'Великобритания', 'Британия'],
    NL: ['Голландия'],
    AE: ['ОАЭ', 'Эмираты', 'Дубай'],
    KR: ['Южная Корея', 'Корея'],
  },
  uk: {
    US: ['США', 'Америка', 'Штати'],
    GB: ['Англія', 'Велика Британія', 'Британія'],
    NL: ['Голландія'],
    AE: ['ОАЕ', 'Емірати', 'Дубай'],
    KR: ['Південна Корея', 'Корея'],
  },
  tr: {
    US: ['ABD', 'Amerika'],
    GB: ['İngiltere', 'Büyük Britanya'],
    NL: ['Hollanda'],
    AE: ['BAE', 'Emirlikler', 'Dubai'],
    KR: ['Güney Kore', 'Kore'],
  },
  ko: {
    US: ['미국', '미합중국'],
    GB: ['영국', '잉글랜드'],
    NL: ['네덜란드', '홀란드'],
    AE: ['아랍에미리트', 'UAE', '두바이'],
    KR: ['한국', '대한민국'],
  },
  'zh-Hans': {
    US: ['美国', '美利坚'],
    GB: ['英国', '英格兰'],
    NL: ['荷兰'],
    AE: ['阿联酋', '迪拜'],
    KR: ['韩国', '南韩'],
    TW: ['台湾'],
  },
  'zh-Hant': {
    US: ['美國'],
    GB: ['英國', '英格蘭'],
    NL: ['荷蘭'],
    AE: ['阿聯酋', '杜拜'],
    KR: ['韓國', '南韓'],
  },
  he: {
    US: ['ארצות הברית', 'ארה״ב', 'ארה"ב', 'אמריקה'],
    GB: ['אנגליה', 'בריטניה'],
    NL: ['הולנד'],
    AE: ['איחוד האמירויות', 'האמירויות', 'דובאי'],
    KR: ['קוריאה הדרומית', 'קוריאה'],
  },
  nl: {
    US: ['VS', 'Amerika', 'USA'],
    GB: ['Engeland', 'Groot-Brittannië', 'VK'],
    NL: ['Holland'],
    AE: ['VAE', 'Emiraten', 'Dubai'],
    KR: ['Zuid-Korea', 'Korea'],
  },
  ja: {
    US: ['アメリカ', '米国', 'アメリカ合衆国'],
    GB: ['イギリス', '英国'],
    NL: ['オランダ'],
    AE: ['アラブ首長国連邦', 'ドバイ'],
    KR: ['韓国'],
  },
  ar: {
    US: ['أمريكا', 'الولايات المتحدة'],
    GB: ['بريطانيا', 'إنجلترا', 'انجلترا'],
    NL: ['هولندا'],
    AE: ['الإمارات', 'دبي'],
    KR: ['كوريا الجنوبية', 'كوريا'],
  },
};
