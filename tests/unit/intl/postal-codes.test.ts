import { describe, expect, it } from 'vitest';
import { getAddressFormat, isValidPostalCode, normalizePostalCode, postalCodeRules } from '../../../src/intl/address-format.js';
import { loadPostalCodes } from '../../../src/intl/data-loader.js';

describe('postal code rules load after the form and are passed in', () => {
  it('without them the form has no example and any non-empty code passes', () => {
    expect(getAddressFormat('US').zipExample).toBeUndefined();
    expect(isValidPostalCode('US', 'ABCDE')).toBe(true);
    expect(isValidPostalCode('US', '  ')).toBe(false);
    expect(normalizePostalCode('GB', 'sw1a1aa')).toBe('SW1A1AA');
  });

  it('the loader gives them once, as a value', async () => {
    const rules = await loadPostalCodes();
    expect(await loadPostalCodes()).toBe(rules);
    expect(getAddressFormat('US', 'en', rules).zipExample).toBe('95014');
    expect(isValidPostalCode('US', 'ABCDE', rules)).toBe(false);
    expect(normalizePostalCode('GB', 'sw1a1aa', rules)).toBe('SW1A 1AA');
    // Loading changed nothing for callers without them.
    expect(isValidPostalCode('US', 'ABCDE')).toBe(true);
  });

  it('two tables give two independent sets of rules', async () => {
    const { POSTAL_CODES } = await import('../../../src/intl/data/postal-codes.js');
    const changed = postalCodeRules({ ...POSTAL_CODES, US: '\\d{3}~123' });
    const real = postalCodeRules(POSTAL_CODES);
    expect(isValidPostalCode('US', '123', changed)).toBe(true);
    expect(isValidPostalCode('US', '123', real)).toBe(false);
  });
});
