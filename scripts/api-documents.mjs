// Reads the enums of `POST /payments` from the API documents and from the official SDK's type
// declarations. Used by generate-api-enums.mjs and by the drift test. The documents are read from
// DODO_API_DOCS, else ../shared/api beside this repository, else the copy in
// scripts/api-documents/ (written by sync-api-documents.mjs), for a checkout that stands alone.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DOCUMENTS = ['create-payment-openapi.md', 'create-payment-page.txt'];
export const sharedApiDocumentsDir = join(root, '..', 'shared', 'api');
export const snapshotDir = join(root, 'scripts', 'api-documents');
const SOURCE = 'Dodo Payments API reference, POST /payments (docs.dodopayments.com), (c) Dodo Payments; copied verbatim below this line from ../shared/api by scripts/sync-api-documents.mjs';
/** The line each copy starts with; the document follows unchanged. */
export const SNAPSHOT_HEADER = {
  'create-payment-openapi.md': `<!-- ${SOURCE} -->\n`,
  'create-payment-page.txt': `# ${SOURCE}\n`,
};
export const apiDocumentsDir =
  process.env.DODO_API_DOCS ?? (DOCUMENTS.every((name) => existsSync(join(sharedApiDocumentsDir, name))) ? sharedApiDocumentsDir : snapshotDir);

/** The API documents are not where they are expected; the message is one line saying where. */
export class ApiDocumentsMissingError extends Error {
  name = 'ApiDocumentsMissingError';
}

function readDocument(dir, name) {
  const file = join(dir, name);
  if (!existsSync(file)) {
    const missing = existsSync(dir) ? name : DOCUMENTS.join(' and ');
    throw new ApiDocumentsMissingError(
      `Dodo API documents not found: expected ${missing} in ${dir} (the shared/api folder beside this repository; set DODO_API_DOCS to read them from elsewhere).`,
    );
  }
  return readFileSync(file, 'utf8');
}

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

export function readApiEnums(dir = apiDocumentsDir) {
  const openapi = readDocument(dir, 'create-payment-openapi.md');
  const page = readDocument(dir, 'create-payment-page.txt');
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
