/**
 * The language sources are read at every update (`hostUpdate`); the same sources keep the language
 * without asking again, a changed one switches it, and a language that failed to load is asked
 * for again at a later update.
 */
import { describe, expect, it, vi } from 'vitest';
import type { LocalizeHost } from '../../../src/intl/localize-controller.js';

const locales = vi.hoisted(() => ({ failures: 0, requests: [] as string[] }));

vi.mock('../../../src/intl/data-loader.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/intl/data-loader.js')>();
  return {
    ...original,
    loadLocaleData: (language: Parameters<typeof original.loadLocaleData>[0]) => {
      locales.requests.push(language);
      return locales.failures-- > 0 ? Promise.reject(new Error('offline')) : original.loadLocaleData(language);
    },
  };
});

const { LocalizeController } = await import('../../../src/intl/localize-controller.js');

function fakeHost(locale: string) {
  const host = { locale, addController: vi.fn(), requestUpdate: vi.fn(), closest: () => null, getRootNode: () => host };
  return host as typeof host & LocalizeHost;
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('the language at each update', () => {
  it('asks again for a language that failed to load, and follows a changed locale at once', async () => {
    locales.failures = 1;
    const host = fakeHost('fr');
    const localize = new LocalizeController(host);
    localize.hostConnected();
    await settle();
    expect(locales.requests).toEqual(['fr']);
    expect(localize.language, 'English while French could not load').toBe('en');

    localize.hostUpdate();
    await vi.waitFor(() => expect(localize.language).toBe('fr'));
    expect(locales.requests, 'the next update asked again').toEqual(['fr', 'fr']);
    expect(localize.t('email')).toBe('E-mail');

    // Loaded: further updates with the same sources neither load nor negotiate again.
    const canonicalize = vi.spyOn(Intl, 'getCanonicalLocales');
    localize.hostUpdate();
    localize.hostUpdate();
    await settle();
    expect(locales.requests).toEqual(['fr', 'fr']);
    expect(canonicalize, 'the same sources give the same language without resolving it again').not.toHaveBeenCalled();
    canonicalize.mockRestore();

    host.locale = 'en-GB';
    localize.hostUpdate();
    expect(localize.language).toBe('en');
    expect(localize.lang).toBe('en-GB');
    localize.hostDisconnected();
  });
});
