import { describe, expect, it } from 'vitest';
import { readApiEnums, readSdkEnums } from '../../../scripts/api-documents.mjs';
import { COUNTRY_CODES, CURRENCY_CODES, PAYMENT_METHOD_TYPES } from '../../../src/api/enums.js';

const docs = readApiEnums();
const sdk = readSdkEnums();

function expectSameSet(code: readonly string[], ...sources: string[][]) {
  const expected = new Set(sources.flat());
  const missing = [...expected].filter((value) => !code.includes(value));
  const unknown = code.filter((value) => !expected.has(value));
  expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
  expect(new Set(code).size).toBe(code.length);
}

describe('API enums match the API documents (../shared/api, else their copy in scripts/api-documents) and the SDK', () => {
  it('has all 249 billing countries of the OpenAPI document', () => {
    expect(docs.countries).toHaveLength(249);
    expectSameSet(COUNTRY_CODES, docs.countries, sdk.countries);
  });

  it('has every billing currency of both documents', () => {
    expectSameSet(CURRENCY_CODES, docs.currencies.openapi, docs.currencies.page, sdk.currencies);
  });

  it('has every payment method type of the reference page, the OpenAPI document and the SDK', () => {
    expect(docs.paymentMethods.page.length).toBeGreaterThan(100);
    expectSameSet(PAYMENT_METHOD_TYPES, docs.paymentMethods.page, docs.paymentMethods.openapi, sdk.paymentMethods);
  });
});
