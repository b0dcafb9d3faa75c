/**
 * Every API country named by its code, in code order: the country list before any names have
 * arrived, and where none can. Made once per page, without the name sorting's Unicode work.
 */
import { COUNTRY_CODES } from '../api/enums.js';
import type { CountryOption } from '../components/country-search.js';

let byCode: CountryOption[] | undefined;

export function countriesByCode(): CountryOption[] {
  return (byCode ??= [...COUNTRY_CODES].sort().map((code) => ({ code, name: code })));
}
