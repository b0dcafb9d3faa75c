import { afterEach, describe, expect, it, vi } from 'vitest';
import { COUNTRY_CODES } from '../../../src/api/enums.js';
import { getAddressFormat, isValidPostalCode, normalizePostalCode } from '../../../src/intl/address-format.js';
import { loadEnglishCountries, loadLocaleData, loadPostalCodes, loadSubdivisions, setDataBaseUrl } from '../../../src/intl/data-loader.cdn.js';
import { POSTAL_CODES } from '../../../src/intl/data/postal-codes.js';
import { encodePostalCodes } from '../../../src/intl/postal-code-json.js';
import { names as swedishNames, aliases as swedishAliases } from '../../../src/intl/data/countries/sv.js';
import sv from '../../../src/intl/messages/sv.js';
import svQuote from '../../../src/intl/messages/sv-quote.js';
import { formatMessage } from '../../../src/intl/messages/message-format.js';
import { serializeMessages } from '../../../src/intl/messages/message-json.js';

// What scripts/write-cdn-data.ts writes (a language's messages with its live quote's), served by a stub fetch.
const FILES: Record<string, unknown> = {
  'https://cdn.example/dodo/data/locales/sv.json': serializeMessages({ ...sv, ...svQuote }),
  'https://cdn.example/dodo/data/countries/sv.json': { names: swedishNames, aliases: swedishAliases },
  'https://cdn.example/dodo/data/subdivisions/US.json': [['CA', 'California'], ['NY', 'New York']],
};

afterEach(() => vi.unstubAllGlobals());

describe('CDN data loader', () => {
  it('fetches locales and subdivision lists as JSON under the data base URL', async () => {
    const fetchStub = vi.fn(async (url: URL) => {
      const body = FILES[url.href];
      return body ? new Response(JSON.stringify(body)) : new Response('missing', { status: 404 });
    });
    vi.stubGlobal('fetch', fetchStub);
    setDataBaseUrl('https://cdn.example/dodo/data');

    const swedish = await loadLocaleData('sv');
    expect(formatMessage(swedish.messages.pay!, ['100 kr'], 'sv')).toBe('Betala 100 kr');
    expect(formatMessage(swedish.messages.taxIncluded!, ['moms'], 'sv')).toBe(svQuote.taxIncluded('moms'));
    expect(swedish.countries.SE).toBe('Sverige');
    expect(await loadSubdivisions('US')).toEqual([{ code: 'CA', name: 'California' }, { code: 'NY', name: 'New York' }]);
    expect(await loadSubdivisions('DE')).toEqual([]); // no list: nothing fetched
    expect(fetchStub).toHaveBeenCalledTimes(3);
    await expect(loadLocaleData('ja')).rejects.toThrow('404');
  });

  it('refuses files of the wrong shape, and fetches the English names again after a failure', async () => {
    const files: Record<string, unknown> = {
      'https://cdn.example/dodo/data/countries/en.json': { names: ['not', 'joined'] },
      'https://cdn.example/dodo/data/subdivisions/CA.json': { AB: 'Alberta' },
    };
    vi.stubGlobal('fetch', async (url: URL) => new Response(JSON.stringify(files[url.href])));
    setDataBaseUrl('https://cdn.example/dodo/data');

    await expect(loadEnglishCountries()).rejects.toThrow('countries/en.json is malformed');
    await expect(loadSubdivisions('CA')).rejects.toThrow('subdivisions/CA.json is malformed');
    files['https://cdn.example/dodo/data/countries/en.json'] = { names: 'Andorra' };
    expect((await loadEnglishCountries()).names[COUNTRY_CODES[0]]).toBe('Andorra');
  });

  it('reads the postal code rules as a row per country in code order, and refuses a table keyed by code', async () => {
    let body: unknown = POSTAL_CODES; // the shape of an older build's file
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body)));
    setDataBaseUrl('https://cdn.example/dodo/data');
    await expect(loadPostalCodes()).rejects.toThrow('postal-codes.json is malformed');

    body = encodePostalCodes(POSTAL_CODES).slice(1); // a row short: another build's country list
    await expect(loadPostalCodes()).rejects.toThrow('postal-codes.json is malformed');

    body = encodePostalCodes(POSTAL_CODES);
    const rules = await loadPostalCodes();
    // Every country reads the rules the table gives it, not a neighbour's.
    for (const code of COUNTRY_CODES) {
      const [pattern = '', examples = '', prefix = ''] = (POSTAL_CODES[code] ?? '').split('~');
      expect([String(rules(code).pattern ?? ''), rules(code).examples.join(','), rules(code).prefix]).toEqual([
        pattern ? String(new RegExp(`^(?:${pattern})$`)) : '',
        examples,
        prefix,
      ]);
    }
    expect(getAddressFormat('US', 'en', rules).zipExample).toBe('95014');
    expect(isValidPostalCode('US', 'ABCDE', rules)).toBe(false);
    expect(normalizePostalCode('GB', 'sw1a1aa', rules)).toBe('SW1A 1AA');
  });
});
