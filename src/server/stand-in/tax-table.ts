/**
 * The stand-in's demo tax data: sales-tax rates by billing country, the local currency adaptive
 * pricing bills in, and business tax-ID formats with a small registry of test IDs. Round,
 * documented figures for the demo and the tests (standard rates as published for 2025), not
 * tax advice; the README's stand-in section cites this file.
 */

export interface CountryTax {
  /** Name the tax goes by, for the demo's notes and messages. */
  name: 'VAT' | 'GST' | 'JCT';
  /** Standard rate in basis points (2100 = 21 %). */
  rate: number;
  /** Whether a valid business tax ID of this country moves the tax to the buyer (reverse charge). */
  reverseCharge: boolean;
}

const vat = (rate: number): CountryTax => ({ name: 'VAT', rate, reverseCharge: true });

/** EU member states: the standard VAT rate; a valid business VAT ID of the billing country is reverse charged. */
export const EU_VAT_RATES: Readonly<Record<string, CountryTax>> = {
  AT: vat(2000), BE: vat(2100), BG: vat(2000), CY: vat(1900), CZ: vat(2100), DE: vat(1900), DK: vat(2500),
  EE: vat(2400), ES: vat(2100), FI: vat(2550), FR: vat(2000), GR: vat(2400), HR: vat(2500), HU: vat(2700),
  IE: vat(2300), IT: vat(2200), LT: vat(2100), LU: vat(1700), LV: vat(2100), MT: vat(1800), NL: vat(2100),
  PL: vat(2300), PT: vat(2300), RO: vat(2100), SE: vat(2500), SI: vat(2200), SK: vat(2300),
};

/**
 * Every country the stand-in taxes. Missing countries, the United States among them (state sales
 * tax is not modelled), are quoted without tax.
 */
export const TAX_BY_COUNTRY: Readonly<Record<string, CountryTax>> = {
  ...EU_VAT_RATES,
  GB: vat(2000),
  NO: { name: 'VAT', rate: 2500, reverseCharge: false },
  CH: { name: 'VAT', rate: 810, reverseCharge: false },
  AU: { name: 'GST', rate: 1000, reverseCharge: false },
  NZ: { name: 'GST', rate: 1500, reverseCharge: false },
  SG: { name: 'GST', rate: 900, reverseCharge: false },
  IN: { name: 'GST', rate: 1800, reverseCharge: false },
  // Canada: federal GST only; provincial HST/PST/QST are not modelled.
  CA: { name: 'GST', rate: 500, reverseCharge: false },
  JP: { name: 'JCT', rate: 1000, reverseCharge: false },
};

const EUROZONE = ['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK'];

/**
 * The currency adaptive pricing bills a country in. Only currencies with a demo rate
 * (stand-in-catalogue.ts) are listed; every other country is billed in the product's USD.
 */
export const LOCAL_CURRENCY: Readonly<Record<string, string>> = {
  ...Object.fromEntries(EUROZONE.map((country) => [country, 'EUR'])),
  GB: 'GBP',
  SE: 'SEK',
  JP: 'JPY',
  IN: 'INR',
  BR: 'BRL',
  KW: 'KWD',
  CA: 'CAD',
  AU: 'AUD',
  US: 'USD',
};

export interface TaxIdFormat {
  /** The notation's name, as the API reports it in `tax_id_format_name`. */
  name: string;
  /** The whole normalised ID (upper case, no spaces, dots or dashes). */
  pattern: RegExp;
  /** An extra check-digit rule, where the notation has one. */
  checksum?: (id: string) => boolean;
}

/** VAT numbers of the EU, by billing country; Greece writes its prefix `EL`. */
const EU_VAT_PATTERNS: Readonly<Record<string, RegExp>> = {
  AT: /^ATU\d{8}$/, BE: /^BE[01]\d{9}$/, BG: /^BG\d{9,10}$/, CY: /^CY\d{8}[A-Z]$/, CZ: /^CZ\d{8,10}$/,
  DE: /^DE\d{9}$/, DK: /^DK\d{8}$/, EE: /^EE\d{9}$/, ES: /^ES[\dA-Z]\d{7}[\dA-Z]$/, FI: /^FI\d{8}$/,
  FR: /^FR[\dA-Z]{2}\d{9}$/, GR: /^EL\d{9}$/, HR: /^HR\d{11}$/, HU: /^HU\d{8}$/,
  IE: /^IE(?:\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/, IT: /^IT\d{11}$/, LT: /^LT(?:\d{9}|\d{12})$/,
  LU: /^LU\d{8}$/, LV: /^LV\d{11}$/, MT: /^MT\d{8}$/, NL: /^NL\d{9}B\d{2}$/, PL: /^PL\d{10}$/,
  PT: /^PT\d{9}$/, RO: /^RO\d{2,10}$/, SE: /^SE\d{12}$/, SI: /^SI\d{8}$/, SK: /^SK\d{10}$/,
};

/** The Australian Business Number's modulus-89 check (ATO). */
function isValidAbn(id: string): boolean {
  const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  const digits = [...id].map(Number);
  digits[0] = digits[0]! - 1;
  return digits.reduce((sum, digit, index) => sum + digit * weights[index]!, 0) % 89 === 0;
}

export const TAX_ID_FORMATS: Readonly<Record<string, TaxIdFormat>> = {
  ...Object.fromEntries(Object.entries(EU_VAT_PATTERNS).map(([country, pattern]) => [country, { name: 'VAT Number', pattern }])),
  GB: { name: 'VAT Number', pattern: /^GB(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/ },
  AU: { name: 'ABN', pattern: /^\d{11}$/, checksum: isValidAbn },
  IN: { name: 'GSTIN', pattern: /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[\dA-Z]$/ },
};

/** Countries whose registry the API consults (EU, GB, AU): a well-formed ID missing from it is refused. */
const REGISTRY_COUNTRIES = new Set([...Object.keys(EU_VAT_PATTERNS), 'GB', 'AU']);

/**
 * The stand-in's registry: test IDs and the business each is registered to. Any other
 * well-formed ID of a registry country is "not registered".
 */
export const REGISTERED_TAX_IDS: Readonly<Record<string, string>> = {
  NL123456789B01: 'Koffiebranderij Voorbeeld B.V.',
  DE123456789: 'Beispiel Kaffeerösterei GmbH',
  FR12345678901: 'Exemple Torréfaction SAS',
  SE123456789701: 'Exempel Rosteri AB',
  GB123456789: 'Example Roasters Ltd',
  '51824753556': 'Example Roasters Pty Ltd',
};

export type TaxIdCheck =
  | { valid: true; formatName: string; businessName: string | null; reverseCharge: boolean }
  | { valid: false; message: string };

/** Upper case without spaces, dots and dashes, as IDs are written in many ways. */
export function normaliseTaxId(id: string): string {
  return id.toUpperCase().replace(/[\s.\-]/g, '');
}

/** Validates a business tax ID for the billing country: format, check digits, then the registry. */
export function checkTaxId(rawId: string, country: string): TaxIdCheck {
  const id = normaliseTaxId(rawId);
  const format = TAX_ID_FORMATS[country];
  if (!format) return { valid: false, message: `Business tax IDs from ${country} cannot be validated.` };
  if (!format.pattern.test(id) || (format.checksum && !format.checksum(id))) {
    return { valid: false, message: `This is not a valid ${format.name} for ${country}.` };
  }
  const businessName = REGISTERED_TAX_IDS[id] ?? null;
  if (REGISTRY_COUNTRIES.has(country) && businessName === null) {
    return { valid: false, message: `This ${format.name} is not registered to an active business.` };
  }
  return { valid: true, formatName: format.name, businessName, reverseCharge: TAX_BY_COUNTRY[country]?.reverseCharge ?? false };
}
