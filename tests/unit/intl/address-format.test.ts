import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../src/api/enums.js';
import {
  findSubdivision,
  getAddressFormat,
  isValidPostalCode,
  normalizePostalCode,
  subdivisionDisplayName,
  type PostalCodeRules,
} from '../../../src/intl/address-format.js';
import { loadPostalCodes, loadSubdivisions } from '../../../src/intl/data-loader.js';
import { SUBDIVISION_LOADERS } from '../../../src/intl/data/subdivisions/index.js';

// Postal code rules load after the form (postal-codes.test.ts checks the states before and after).
let rules: PostalCodeRules;
beforeAll(async () => {
  rules = await loadPostalCodes();
});

describe('address forms of real addresses', () => {
  it('US: 1600 Amphitheatre Pkwy, Mountain View, CA 94043', () => {
    const format = getAddressFormat('US', undefined, rules);
    expect(format).toMatchObject({ fields: ['street', 'city', 'state', 'zipcode'], required: ['street', 'city', 'state', 'zipcode'], stateLabel: 'state', zipLabel: 'zip', hasSubdivisions: true });
    expect(isValidPostalCode('US', '94043', rules)).toBe(true);
    expect(isValidPostalCode('US', ' 94043-1351 ', rules)).toBe(true);
    expect(isValidPostalCode('US', '9404', rules)).toBe(false);
    expect(isValidPostalCode('US', 'ABCDE', rules)).toBe(false);
    expect(normalizePostalCode('US', '940431351', rules)).toBe('94043-1351');
  });

  it('CA: 24 Sussex Drive, Ottawa ON K1M 1M4; provinces by default label', () => {
    const format = getAddressFormat('CA', undefined, rules);
    expect(format.stateLabel).toBe('province');
    expect(format.zipLabel).toBe('postal');
    expect(isValidPostalCode('CA', 'K1M 1M4', rules)).toBe(true);
    expect(isValidPostalCode('CA', 'k1m1m4', rules)).toBe(true);
    expect(normalizePostalCode('CA', 'k1m1m4', rules)).toBe('K1M 1M4');
    expect(isValidPostalCode('CA', 'D1M 1M4', rules)).toBe(false); // D never starts a Canadian code
  });

  it('GB: 10 Downing Street, London SW1A 2AA; no state, post town', () => {
    const format = getAddressFormat('GB', undefined, rules);
    expect(format.fields).toEqual(['street', 'city', 'zipcode']);
    expect(format.required).toEqual(['street', 'city', 'zipcode']);
    expect(format.cityLabel).toBe('post_town');
    expect(format.zipLabel).toBe('postcode');
    expect(format.hasSubdivisions).toBe(false);
    expect(isValidPostalCode('GB', 'SW1A 2AA', rules)).toBe(true);
    expect(normalizePostalCode('GB', 'sw1a2aa', rules)).toBe('SW1A 2AA');
    expect(normalizePostalCode('GB', 'm344ab', rules)).toBe('M34 4AB');
    expect(normalizePostalCode('GB', 'b65ba', rules)).toBe('B6 5BA');
    expect(isValidPostalCode('GB', 'SW1A 2A', rules)).toBe(false);
    expect(isValidPostalCode('GB', 'QQ1 1AA', rules)).toBe(false);
  });

  it('IE: Eircodes checked strictly; county; street and city required by default', () => {
    const format = getAddressFormat('IE', undefined, rules);
    expect(format).toMatchObject({ stateLabel: 'county', zipLabel: 'eircode', zipExample: 'A65 F4E2', required: ['street', 'city'] });
    expect(isValidPostalCode('IE', 'D02 X285', rules)).toBe(true);
    expect(isValidPostalCode('IE', 'd02x285', rules)).toBe(true);
    expect(isValidPostalCode('IE', 'D6W 1234', rules)).toBe(true);
    expect(isValidPostalCode('IE', 'D02X28', rules)).toBe(false);
    expect(isValidPostalCode('IE', 'B65 F4E2', rules)).toBe(false); // B is no routing key letter
    expect(isValidPostalCode('IE', 'D02 X2B5', rules)).toBe(false); // B is not in the identifier alphabet
    expect(normalizePostalCode('IE', 'd02x285', rules)).toBe('D02 X285');
  });

  it('NL: Dam 1, 1012 JS Amsterdam', () => {
    expect(getAddressFormat('NL', undefined, rules).fields).toEqual(['street', 'zipcode', 'city']);
    expect(isValidPostalCode('NL', '1012 JS', rules)).toBe(true);
    expect(isValidPostalCode('NL', '1012js', rules)).toBe(true);
    expect(normalizePostalCode('NL', '1012js', rules)).toBe('1012 JS');
    expect(isValidPostalCode('NL', '0123 AB', rules)).toBe(false);
    expect(isValidPostalCode('NL', '1012 SA', rules)).toBe(false); // SA, SD, SS are not issued
  });

  it('DE: Platz der Republik 1, 11011 Berlin', () => {
    expect(getAddressFormat('DE', undefined, rules)).toMatchObject({ fields: ['street', 'zipcode', 'city'], required: ['street', 'city', 'zipcode'], hasSubdivisions: false });
    expect(isValidPostalCode('DE', '11011', rules)).toBe(true);
    expect(isValidPostalCode('DE', '1101', rules)).toBe(false);
  });

  it('SE: Drottninggatan 1, 111 51 Stockholm, with or without the SE- prefix', () => {
    expect(getAddressFormat('SE', undefined, rules)).toMatchObject({ fields: ['street', 'zipcode', 'city'], cityLabel: 'post_town' });
    expect(isValidPostalCode('SE', '111 51', rules)).toBe(true);
    expect(isValidPostalCode('SE', 'SE-111 51', rules)).toBe(true);
    expect(normalizePostalCode('SE', 'se-11151', rules)).toBe('11151');
    expect(isValidPostalCode('SE', '1115', rules)).toBe(false);
  });

  it('JP: 〒100-0001 東京都千代田区千代田1-1; local order in Japanese, Latin order otherwise', () => {
    expect(getAddressFormat('JP', 'ja').fields).toEqual(['zipcode', 'state', 'street']);
    expect(getAddressFormat('JP', 'en-US').fields).toEqual(['street', 'state', 'zipcode']);
    expect(getAddressFormat('JP', undefined, rules)).toMatchObject({ stateLabel: 'prefecture', hasSubdivisions: true, required: ['street', 'state', 'zipcode'] });
    expect(isValidPostalCode('JP', '100-0001', rules)).toBe(true);
    expect(normalizePostalCode('JP', '1000001', rules)).toBe('100-0001');
    expect(isValidPostalCode('JP', '100-001', rules)).toBe(false);
  });

  it('BR: Av. Paulista 1578, São Paulo - SP, 01310-200', () => {
    expect(getAddressFormat('BR', undefined, rules)).toMatchObject({ fields: ['street', 'city', 'state', 'zipcode'], stateLabel: 'state', hasSubdivisions: true });
    expect(isValidPostalCode('BR', '01310-200', rules)).toBe(true);
    expect(normalizePostalCode('BR', '01310200', rules)).toBe('01310-200');
    expect(isValidPostalCode('BR', '0131-0200', rules)).toBe(false);
  });

  it('IN: Rashtrapati Bhavan, New Delhi 110004; PIN code', () => {
    expect(getAddressFormat('IN', undefined, rules)).toMatchObject({ fields: ['street', 'city', 'zipcode', 'state'], stateLabel: 'state', zipLabel: 'pin' });
    expect(isValidPostalCode('IN', '110004', rules)).toBe(true);
    expect(isValidPostalCode('IN', '11004', rules)).toBe(false);
  });

  it('AE: no postal code; emirates by code', async () => {
    const format = getAddressFormat('AE', undefined, rules);
    expect(format).toMatchObject({ fields: ['street', 'state'], required: ['street', 'state'], stateLabel: 'emirate' });
    expect(format.zipExample).toBeUndefined();
    const emirates = await loadSubdivisions('AE');
    expect(emirates).toContainEqual({ code: 'DU', name: 'دبي', latinName: 'Dubai' });
    const dubai = emirates.find((emirate) => emirate.code === 'DU')!;
    expect(subdivisionDisplayName('AE', dubai, 'en')).toBe('Dubai');
    expect(subdivisionDisplayName('AE', dubai, 'ar-AE')).toBe('دبي');
  });

  it('CN: 100080 北京市海淀区; Latin order for non-Chinese readers', () => {
    expect(getAddressFormat('CN', 'zh').fields).toEqual(['zipcode', 'state', 'city', 'street']);
    expect(getAddressFormat('CN', 'en').fields).toEqual(['street', 'city', 'state', 'zipcode']);
    expect(isValidPostalCode('CN', '100080', rules)).toBe(true);
    expect(isValidPostalCode('CN', '10008', rules)).toBe(false);
  });

  it('unknown codes give no format rather than a wrong one', () => {
    expect(getAddressFormat('XX', undefined, rules)).toBeUndefined();
    expect(getAddressFormat('us', undefined, rules)).toBeUndefined();
  });
});

describe('postal codes typed in other digits', () => {
  it('are read and written in ASCII digits: Arabic-Indic, Persian, Devanagari, Thai and full-width', () => {
    expect(isValidPostalCode('EG', '١٢٤١١', rules)).toBe(true);
    expect(normalizePostalCode('EG', '١٢٤١١', rules)).toBe('12411');
    expect(normalizePostalCode('IR', '۱۱۹۳۶۱۲۳۴۵', rules)).toBe('11936-12345');
    expect(normalizePostalCode('IN', '११०००४', rules)).toBe('110004');
    expect(normalizePostalCode('TH', '๑๐๒๐๐', rules)).toBe('10200');
    // What a Japanese input method writes by default: full-width digits and hyphen.
    expect(normalizePostalCode('JP', '１００－０００１', rules)).toBe('100-0001');
    expect(isValidPostalCode('JP', '１００－０００１', rules)).toBe(true);
    // In hiragana mode the same key writes the prolonged sound mark; other dashes come from pasting.
    expect(normalizePostalCode('JP', '１００ー０００１', rules)).toBe('100-0001');
    expect(normalizePostalCode('JP', '100‐0001', rules)).toBe('100-0001');
    expect(normalizePostalCode('BR', '01310−200', rules)).toBe('01310-200');
  });

  it('are still refused when they are not the country\'s code', () => {
    expect(isValidPostalCode('EG', '١٢٤١', rules)).toBe(false);
    expect(isValidPostalCode('JP', '１００－００１', rules)).toBe(false);
  });
});

describe('every API country', () => {
  it('has a coherent format whose own example is a valid postal code', () => {
    for (const country of COUNTRY_CODES) {
      const format = getAddressFormat(country, undefined, rules);
      expect(format.fields.length, country).toBeGreaterThan(0);
      expect(new Set(format.fields).size, country).toBe(format.fields.length);
      for (const field of format.required) expect(format.fields, country).toContain(field);
      if (format.zipExample) expect(isValidPostalCode(country, format.zipExample, rules), `${country} ${format.zipExample}`).toBe(true);
      if (format.zipExample) expect(format.fields, country).toContain('zipcode');
      expect(format.hasSubdivisions, country).toBe(country in SUBDIVISION_LOADERS);
      if (format.hasSubdivisions) expect(format.fields, country).toContain('state');
    }
  });

  it('accepts anything non-empty where the country has no postal code pattern', () => {
    expect(isValidPostalCode('AE', 'whatever', rules)).toBe(true);
    expect(isValidPostalCode('AE', '  ', rules)).toBe(false);
  });
});

describe('subdivisions', () => {
  it('are state-level lists with unique codes, never city lists', async () => {
    for (const country of Object.keys(SUBDIVISION_LOADERS) as Array<keyof typeof SUBDIVISION_LOADERS>) {
      const list = await loadSubdivisions(country);
      expect(list.length, country).toBeGreaterThan(1);
      expect(new Set(list.map((item) => item.code)).size, country).toBe(list.length);
    }
    // China lists 34 provinces, not its ~3,000 counties; Brazil 27 states, not its cities.
    expect((await loadSubdivisions('CN')).length).toBe(34);
    expect((await loadSubdivisions('BR')).length).toBe(27);
  });

  it('carry the code the API gets, found from names too', async () => {
    const states = await loadSubdivisions('US');
    expect(findSubdivision(states, 'california')).toEqual({ code: 'CA', name: 'California' });
    expect(findSubdivision(states, 'CA')?.name).toBe('California');
    const prefectures = await loadSubdivisions('JP');
    expect(findSubdivision(prefectures, 'Tokyo')).toEqual({ code: '13', name: '東京都', latinName: 'Tokyo' });
    expect(findSubdivision(prefectures, 'Atlantis')).toBeUndefined();
  });

  it('match names without case, diacritics or extra spacing', async () => {
    const brazil = await loadSubdivisions('BR');
    expect(findSubdivision(brazil, 'sao paulo')?.code).toBe('SP');
    expect(findSubdivision(brazil, '  SÃO   PAULO ')?.code).toBe('SP');
    const canada = await loadSubdivisions('CA');
    expect(findSubdivision(canada, 'quebec')?.code).toBe('QC');
    const japan = await loadSubdivisions('JP');
    expect(findSubdivision(japan, '東京都')?.code).toBe('13');
    expect(findSubdivision(japan, 'tokyo')?.code).toBe('13');
  });

  it('is empty for countries without a list', async () => {
    expect(await loadSubdivisions('DE')).toEqual([]);
  });
});

describe('postal code label kinds', () => {
  it('say postcode where the post office does, and keep the others', () => {
    for (const country of ['GB', 'JE', 'AU', 'NZ'] as const) expect(getAddressFormat(country, undefined, rules).zipLabel, country).toBe('postcode');
    expect(getAddressFormat('IE', undefined, rules).zipLabel).toBe('eircode');
    expect(getAddressFormat('US', undefined, rules).zipLabel).toBe('zip');
    expect(getAddressFormat('IN', undefined, rules).zipLabel).toBe('pin');
    expect(getAddressFormat('CA', undefined, rules).zipLabel).toBe('postal');
    expect(getAddressFormat('NL', undefined, rules).zipLabel).toBe('postal');
  });
});
