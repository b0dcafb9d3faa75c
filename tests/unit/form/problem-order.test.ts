/**
 * The order of a form's problems, which focus and the announcement follow: the order the fields
 * are shown in, with the address fields as the chosen country writes them.
 */
import { describe, expect, it } from 'vitest';
import { FormController } from '../../../src/form/form-controller.js';
import type { FormField } from '../../../src/form/form-model.js';
import { getAddressFormat } from '../../../src/intl/address-format.js';

const problem = { code: 'required' } as const;
const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };

function reported(address: readonly string[], fields: readonly FormField[]): FormField[] {
  const form = new FormController(host, () => address);
  form.report(fields.map((field) => ({ field, problem })));
  return [...form.problems.keys()];
}

describe('the order of problems', () => {
  it('follows the country: Germany writes the postal code before the city, Japan in Japanese starts with it', () => {
    const germany = getAddressFormat('DE', 'de')!.fields;
    expect(germany.indexOf('zipcode')).toBeLessThan(germany.indexOf('city'));
    expect(reported(germany, ['taxId', ...[...germany].reverse(), 'email'])).toEqual(['email', ...germany, 'taxId']);
    const japan = getAddressFormat('JP', 'ja')!.fields;
    expect(japan[0]).toBe('zipcode');
    expect(reported(japan, ['taxId', ...[...japan].reverse(), 'email'])).toEqual(['email', ...japan, 'taxId']);
  });

  it('is FORM_FIELDS order without an address format', () => {
    expect(reported([], ['discountCode', 'zipcode', 'street', 'name'])).toEqual(['name', 'street', 'zipcode', 'discountCode']);
  });
});
