import { describe, expect, it } from 'vitest';
import { normalizeSearchText, searchCountries, type CountryOption } from '../../../src/components/country-search.js';

const OPTIONS: readonly CountryOption[] = [
  { code: 'AX', name: 'Åland Islands' },
  { code: 'AS', name: 'American Samoa' },
  { code: 'BO', name: 'Bolivia, Plurinational State of' },
  { code: 'MM', name: 'Myanmar' },
  { code: 'CI', name: "Côte d'Ivoire" },
  { code: 'CG', name: 'Republic of the Congo' },
  { code: 'CD', name: 'Democratic Republic of the Congo' },
  { code: 'CW', name: 'Curaçao' },
  { code: 'CZ', name: 'Czechia' },
  { code: 'DE', name: 'Germany', aliases: ['Deutschland'] },
  { code: 'DK', name: 'Denmark' },
  { code: 'SZ', name: 'Eswatini' },
  { code: 'GW', name: 'Guinea-Bissau' },
  { code: 'IN', name: 'India' },
  { code: 'ID', name: 'Indonesia' },
  { code: 'IR', name: 'Islamic Republic of Iran' },
  { code: 'KP', name: 'North Korea' },
  { code: 'KR', name: 'South Korea' },
  { code: 'MK', name: 'North Macedonia' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'RU', name: 'Russian Federation' },
  { code: 'SE', name: 'Sweden', aliases: ['Sverige'] },
  { code: 'CH', name: 'Switzerland' },
  { code: 'TR', name: 'Türkiye' },
  { code: 'UA', name: 'Ukraine' },
  { code: 'AE', name: 'United Arab Emirates' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'US', name: 'United States' },
  { code: 'VA', name: 'Holy See' },
  { code: 'VN', name: 'Viet Nam' },
];

const codes = (query: string, options: readonly CountryOption[] = OPTIONS) => searchCountries(options, query).map((option) => option.code);
const first = (query: string) => codes(query)[0];

describe('normalizeSearchText', () => {
  it('ignores case, diacritics and punctuation', () => {
    expect(normalizeSearchText('  Côte d’Ivoire ')).toBe('cote divoire');
    expect(normalizeSearchText('ÅLAND')).toBe('aland');
    expect(normalizeSearchText('Guinea-Bissau')).toBe('guinea bissau');
    expect(normalizeSearchText('U.S.A.')).toBe('usa');
    expect(normalizeSearchText('Straße Øresund')).toBe('strasse oresund');
  });

  it('keeps non-Latin scripts searchable', () => {
    expect(normalizeSearchText('السويد')).toBe('السويد');
    expect(normalizeSearchText('スウェーデン')).toBe('スウェーデン');
  });
});

describe('searchCountries', () => {
  it('returns every option, in the caller order, for an empty or blank query', () => {
    expect(searchCountries(OPTIONS, '')).toBe(OPTIONS);
    expect(searchCountries(OPTIONS, '   ')).toBe(OPTIONS);
  });

  it('ignores case and diacritics', () => {
    expect(first('aland')).toBe('AX');
    expect(first('cote')).toBe('CI');
    expect(first("cote d'iv")).toBe('CI');
    expect(first('curacao')).toBe('CW');
    expect(first('TURKIYE')).toBe('TR');
    expect(first('sweden')).toBe('SE');
  });

  it('matches ISO codes, exact code first', () => {
    expect(first('US')).toBe('US');
    expect(first('de')).toBe('DE');
    expect(first('se')).toBe('SE');
    expect(first('in')).toBe('IN');
    expect(codes('in').slice(0, 2)).toEqual(['IN', 'ID']);
  });

  it.each([
    ['UK', 'GB'], ['Great Britain', 'GB'], ['England', 'GB'], ['USA', 'US'], ['America', 'US'],
    ['Holland', 'NL'], ['Turkey', 'TR'], ['Czech Republic', 'CZ'], ['Ivory Coast', 'CI'], ['Burma', 'MM'],
    ['Swaziland', 'SZ'], ['Macedonia', 'MK'], ['South Korea', 'KR'], ['North Korea', 'KP'], ['Russia', 'RU'],
    ['Vietnam', 'VN'], ['Iran', 'IR'], ['Bolivia', 'BO'], ['Vatican', 'VA'], ['UAE', 'AE'], ['DRC', 'CD'],
    ['Congo', 'CG'],
  ])('finds the alias %s first as %s', (query, code) => {
    expect(first(query)).toBe(code);
  });

  it('matches caller-provided aliases', () => {
    expect(first('sverige')).toBe('SE');
    expect(first('deutsch')).toBe('DE');
  });

  it('ranks exact matches, then name prefixes, then word prefixes, then substrings', () => {
    // "uk": alias of GB (exact), "Ukraine" (prefix), nothing else.
    expect(codes('uk')).toEqual(['GB', 'UA']);
    // "korea": "North Korea" and "South Korea" match by word; the alias "Korea" makes KR exact.
    expect(codes('korea')).toEqual(['KR', 'KP']);
    // "united": three name prefixes, in caller order.
    expect(codes('united')).toEqual(['AE', 'GB', 'US']);
    // "land": a substring only: of Åland, Deutschland, Swaziland, Netherlands (and Holland),
    // Switzerland and England, in caller order.
    expect(codes('land')).toEqual(['AX', 'DE', 'SZ', 'NL', 'CH', 'GB']);
    // "ame": name prefix of American Samoa, then the alias "America" (word prefix).
    expect(codes('ame')).toEqual(['AS', 'US']);
    // "congo": alias of CG (exact), then word prefix of the DRC's name.
    expect(codes('congo')).toEqual(['CG', 'CD']);
  });

  it('puts each level before the next whatever the caller order', () => {
    const options: CountryOption[] = [
      { code: 'XA', name: 'Bermania' },
      { code: 'XB', name: 'North Man' },
      { code: 'XC', name: 'Manland' },
      { code: 'MA', name: 'Morocco' },
    ];
    expect(codes('ma', options)).toEqual(['MA', 'XC', 'XB', 'XA']);
  });

  it('matches words inside hyphenated names', () => {
    expect(first('bissau')).toBe('GW');
  });

  it('finds nothing for a query matching nothing', () => {
    expect(codes('atlantis')).toEqual([]);
  });

  it('reuses the index for the same options array and rebuilds it for a new one', () => {
    const options: CountryOption[] = [{ code: 'SE', name: 'Sweden' }];
    expect(codes('swe', options)).toEqual(['SE']);
    options[0] = { code: 'SE', name: 'Suecia' };
    // Same array identity: the memoized index still holds the first name.
    expect(codes('swe', options)).toEqual(['SE']);
    expect(codes('suecia', [...options])).toEqual(['SE']);
  });
});
