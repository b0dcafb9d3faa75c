/**
 * The form's vocabulary against the code that uses it: each field's request path is where the
 * request builder puts its value, and the schema's complaints come back to the field that shows them.
 */
import { describe, expect, it } from 'vitest';
import { buildPaymentRequest } from '../../../src/checkout/build-payment-request.js';
import { parseCheckoutConfig } from '../../../src/config/parse-config.js';
import { EMPTY_FORM_VALUES, FORM_FIELDS, fieldForRequestPath, fieldLabel, problemMessage, REQUEST_PATHS, type FormField } from '../../../src/form/form-model.js';
import { validateForm } from '../../../src/form/validate-form.js';
import { getAddressFormat } from '../../../src/intl/address-format.js';
import de from '../../../src/intl/messages/de.js';
import en from '../../../src/intl/messages/en.js';
import { formatMessage } from '../../../src/intl/messages/message-format.js';

const parsed = parseCheckoutConfig({ endpoint: '/pay', cart: [{ product_id: 'p', quantity: 1 }], collectPhone: true, collectTaxId: true }, 'https://shop.example/');
if (!parsed.ok) throw new Error(parsed.problems.join(' '));
const config = parsed.config;

const at = (body: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], body);
const translator = (messages: typeof en, lang: string) => ((key: keyof typeof en, ...args: unknown[]) => formatMessage(messages[key], args, lang)) as Parameters<typeof fieldLabel>[2];

describe('the form model', () => {
  it('names, for every field, the place in the request its value goes', () => {
    const values = Object.fromEntries(FORM_FIELDS.map((field) => [field, `value-of-${field}`])) as Record<FormField, string>;
    values.country = 'US';
    const request = buildPaymentRequest({ config, values, addressFields: ['street', 'city', 'state', 'zipcode'] });
    for (const field of FORM_FIELDS) expect(at(request, REQUEST_PATHS[field]), field).toBe(values[field]);
  });

  it('maps a request path back to its field, nested paths included', () => {
    for (const field of FORM_FIELDS) expect(fieldForRequestPath(REQUEST_PATHS[field].split('.'))).toBe(field);
    expect(fieldForRequestPath(['billing', 'zipcode', 0])).toBe('zipcode');
    expect(fieldForRequestPath(['product_cart', 0])).toBe('email');
  });

  it('keeps problems as codes and writes them in the language asked for', () => {
    const format = getAddressFormat('US', 'en');
    const found = validateForm({ ...EMPTY_FORM_VALUES, email: 'nope', country: 'US' }, {
      contact: true, collectPhone: false, addressFields: format.fields, requiredAddressFields: format.required, isValidPostalCode: () => true,
    });
    expect(found.map(({ field, problem }) => [field, problem.code])).toEqual([
      ['email', 'invalidEmail'], ['name', 'required'], ['street', 'required'], ['city', 'required'], ['state', 'required'], ['zipcode', 'required'],
    ]);
    const zip = found.find(({ field }) => field === 'zipcode')!;
    expect(problemMessage('zipcode', zip.problem, EMPTY_FORM_VALUES, format, translator(en, 'en'))).toBe('ZIP code is required.');
    expect(problemMessage('zipcode', zip.problem, EMPTY_FORM_VALUES, format, translator(de, 'de'))).toBe(formatMessage(de.required, [de.zip_zip], 'de'));
    expect(problemMessage('discountCode', { code: 'refused', message: 'Code expired' }, EMPTY_FORM_VALUES, format, translator(de, 'de'))).toBe('Code expired');
  });
});
