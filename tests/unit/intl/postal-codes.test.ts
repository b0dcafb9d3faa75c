import { describe, expect, it } from 'vitest';
import { getAddressFormat, hasPostalCodes, installPostalCodes, isValidPostalCode, normalizePostalCode } from '../../../src/intl/address-format.js';
import { loadPostalCodes } from '../../../src/intl/data-loader.js';

describe('postal code rules load after the form', () => {
  it('before they are installed the form has no example and any non-empty code passes', () => {
    expect(hasPostalCodes()).toBe(false);
    expect(getAddressFormat('US').zipExample).toBeUndefined();
    expect(isValidPostalCode('US', 'ABCDE')).toBe(true);
    expect(isValidPostalCode('US', '  ')).toBe(false);
    expect(normalizePostalCode('GB', 'sw1a1aa')).toBe('SW1A1AA');
  });

  it('the loader installs them once', async () => {
    await loadPostalCodes();
    expect(hasPostalCodes()).toBe(true);
    expect(getAddressFormat('US').zipExample).toBe('95014');
    expect(isValidPostalCode('US', 'ABCDE')).toBe(false);
    expect(normalizePostalCode('GB', 'sw1a1aa')).toBe('SW1A 1AA');
  });

  it('a reinstalled table replaces the rules decoded from the previous one', async () => {
    const { POSTAL_CODES } = await import('../../../src/intl/data/postal-codes.js');
    installPostalCodes({ ...POSTAL_CODES, US: '\\d{3}~123' });
    expect(isValidPostalCode('US', '123')).toBe(true);
    installPostalCodes(POSTAL_CODES);
    expect(isValidPostalCode('US', '123')).toBe(false);
  });
});

