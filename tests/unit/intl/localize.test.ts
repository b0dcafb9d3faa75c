import { describe, expect, it, vi } from 'vitest';
import { loadEnglishCountries } from '../../../src/intl/data-loader.js';
import { LocalizeController, negotiateLanguage, regionOf, resolveLocale, type LocalizeHost } from '../../../src/intl/localize-controller.js';

describe('locale negotiation', () => {
  it.each([
    ['pt-BR', 'pt'],
    ['es-PE', 'es'],
    ['es-419', 'es'],
    ['en-GB', 'en'],
    ['AR', 'ar'],
    ['ja-JP-u-ca-japanese', 'ja'],
    ['zh-Hant-TW', 'en'],
    ['nb-NO', 'en'],
  ])('%s → %s', (requested, expected) => {
    expect(negotiateLanguage(requested)).toBe(expected);
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
    expect(host.addController).toHaveBeenCalledWith(localize);
    expect(localize.t('pay', '$39.00')).toBe('Pay $39.00');
    expect(localize.dir).toBe('ltr');
    expect(localize.countries()).toEqual([]);
    expect(localize.countryName('DE')).toBe('DE');
    await loadEnglishCountries();
    await Promise.resolve();
    expect(host.requestUpdate).toHaveBeenCalled();
    expect(localize.countryName('DE')).toBe('Germany');
    expect(localize.countries()).toHaveLength(249);
    localize.hostDisconnected();
  });

  it('loads Portuguese for pt-BR, keeps pt-BR for formatting, and re-renders the host', async () => {
    const host = fakeHost('pt-BR');
    const localize = new LocalizeController(host);
    localize.hostConnected();
    expect(localize.lang).toBe('pt-BR');
    expect(localize.t('payNoTotal')).toBe('Pay'); // English until Portuguese arrives
    await localize.ready;
    expect(host.requestUpdate).toHaveBeenCalled();
    expect(localize.language).toBe('pt');
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
    const host = fakeHost('fi-FI');
    const localize = new LocalizeController(host);
    localize.hostConnected();
    await localize.ready;
    expect(localize.lang).toBe('fi-FI');
    expect(localize.language).toBe('en');
    expect(localize.t('total')).toBe('Total');
  });
});
