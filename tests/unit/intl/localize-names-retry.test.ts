/**
 * The English country names (every language's fallback) failing to load: the controller lists the
 * countries by code or in the language that loaded, asks again a bounded number of times per
 * connect, and asks again after a reconnect.
 */
import { describe, expect, it, vi } from 'vitest';
import type { LocalizeHost } from '../../../src/intl/localize-controller.js';

const names = vi.hoisted(() => ({ failures: 0, requests: 0 }));

vi.mock('../../../src/intl/data-loader.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/intl/data-loader.js')>();
  return {
    ...original,
    loadEnglishCountries: () => {
      names.requests += 1;
      return names.failures-- > 0 ? Promise.reject(new Error('offline')) : original.loadEnglishCountries();
    },
  };
});

const { LocalizeController } = await import('../../../src/intl/localize-controller.js');

function fakeHost(locale: string) {
  const host = { locale, addController: vi.fn(), requestUpdate: vi.fn(), closest: () => null, getRootNode: () => host };
  return host as typeof host & LocalizeHost;
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('English country names that fail to load', () => {
  it('lists the countries in the language that loaded, asks at most three times per connect, and again after a reconnect', async () => {
    names.failures = Infinity;
    const host = fakeHost('de');
    const localize = new LocalizeController(host);
    localize.hostConnected();
    await localize.loaded();
    expect(names.requests).toBe(1);
    expect(localize.countryName('DE')).toBe('Deutschland');
    expect(localize.countries().find((country) => country.code === 'US')?.name).toBe('Vereinigte Staaten');

    for (let i = 0; i < 5; i++) {
      localize.loadNames();
      await settle();
    }
    expect(names.requests).toBe(3);

    localize.hostDisconnected();
    names.failures = 0;
    host.requestUpdate.mockClear();
    localize.hostConnected();
    await vi.waitFor(() => expect(host.requestUpdate).toHaveBeenCalled());
    expect(names.requests).toBe(4);
    // The German list now takes the English names as aliases.
    expect(localize.countries().find((country) => country.code === 'DE')?.aliases).toContain('Germany');
    localize.hostDisconnected();
  });
});
