// Reads the enums of `POST /payments` from the API documents in ../shared/api and from the
// official SDK's type declarations. Used by generate-api-enums.mjs and by the drift test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const apiDocumentsDir = process.env.DODO_API_DOCS ?? join(root, '..', 'shared', 'api');

function openApiEnum(openapi, schemaName) {
  const block = openapi.match(new RegExp(`\\n    ${schemaName}:\\n(?:.*\\n)*?      enum:\\n((?:        - .*\\n)+)`));
  if (!block) throw new Error(`enum ${schemaName} not found in the OpenAPI document`);
  return block[1].split('\n').filter(Boolean).map((line) => line.trim().slice(2).replace(/^'|'$/g, ''));
}

function pageEnum(page, field, nextField) {
  const section = page.split(`\n${field}\n`)[1]?.split(`\n${nextField}\n`)[0];
  if (!section) throw new Error(`field ${field} not found in the reference page`);
  // The options follow the page's "available options" heading (localized) as a comma list.
  const list = section.slice(section.lastIndexOf(':\n') + 2);
  return list.split(',').map((v) => v.trim()).filter((v) => /^[A-Za-z0-9_]+$/.test(v));
}

function sdkUnion(typeName, file) {
  const require = createRequire(import.meta.url);
  const sdkRoot = dirname(require.resolve('dodopayments'));
  const text = readFileSync(join(sdkRoot, file), 'utf8');
  const m = text.match(new RegExp(`export type ${typeName} = ([^;]+);`));
  if (!m) throw new Error(`type ${typeName} not found in dodopayments/${file}`);
  return [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]);
}

export function readApiEnums() {
  const openapi = readFileSync(join(apiDocumentsDir, 'create-payment-openapi.md'), 'utf8');
  const page = readFileSync(join(apiDocumentsDir, 'create-payment-page.txt'), 'utf8');
  return {
    countries: openApiEnum(openapi, 'CountryCodeAlpha2'),
    currencies: { openapi: openApiEnum(openapi, 'Currency'), page: pageEnum(page, 'billing_currency', 'discount_code') },
    paymentMethods: {
      openapi: openApiEnum(openapi, 'PaymentMethodTypes'),
      page: pageEnum(page, 'allowed_payment_method_types', 'billing_currency'),
    },
  };
}

export function readSdkEnums() {
  return {
    countries: sdkUnion('CountryCode', 'resources/misc.d.ts'),
    currencies: sdkUnion('Currency', 'resources/misc.d.ts'),
    paymentMethods: sdkUnion('PaymentMethodTypes', 'resources/payments.d.ts'),
  };
}
