// Writes the JSON the CDN bundle fetches next to itself (see src/intl/data-loader.cdn.ts):
//   <outDir>/locales/<lang>.json        messages, the live quote's included (functions as templates)
//   <outDir>/countries/<lang>.json      country names ("|"-joined) and aliases, English included
//   <outDir>/subdivisions/<CC>.json     [code, name, latinName?] rows
//   <outDir>/postal-codes.json          postal code rules, a string per country in code order (postal-code-json.ts)
//   <outDir>/payment-methods.json       where each payment method type can be used, and its name (method-table-json.ts)
// from the same typed modules the npm build imports. Run: npx tsx scripts/write-cdn-data.ts <outDir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as englishCountries from '../src/intl/data/countries/en.js';
import { PAYMENT_METHODS } from '../src/intl/data/payment-methods.js';
import { encodeMethodTable } from '../src/intl/method-table-json.js';
import { POSTAL_CODES } from '../src/intl/data/postal-codes.js';
import { encodePostalCodes } from '../src/intl/postal-code-json.js';
import { SUBDIVISION_LOADERS } from '../src/intl/data/subdivisions/index.js';
import type { CoreMessages } from '../src/intl/messages/en.js';
import type { QuoteMessages } from '../src/intl/messages/en-quote.js';
import { serializeMessages } from '../src/intl/messages/message-json.js';
import { UI_LANGUAGES } from '../src/intl/ui-languages.js';

const outDir = process.argv[2];
if (!outDir) {
  console.error('Usage: npx tsx scripts/write-cdn-data.ts <outDir>');
  process.exit(1);
}

mkdirSync(join(outDir, 'locales'), { recursive: true });
mkdirSync(join(outDir, 'subdivisions'), { recursive: true });
mkdirSync(join(outDir, 'countries'), { recursive: true });
writeFileSync(join(outDir, 'countries', 'en.json'), JSON.stringify({ names: englishCountries.names, aliases: englishCountries.aliases }));

// Messages and names in separate files: each stays within the per-file budget as either grows.
for (const lang of UI_LANGUAGES) {
  if (lang === 'en') continue; // English messages are built into the bundle; its names are written above.
  const messages: { default: CoreMessages } = await import(`../src/intl/messages/${lang}.js`);
  // The live quote's messages travel with the language: the quote module carries only English.
  const quote: { default: QuoteMessages } = await import(`../src/intl/messages/${lang}-quote.js`);
  const countries: { names: string; aliases: object } = await import(`../src/intl/data/countries/${lang}.js`);
  writeFileSync(join(outDir, 'locales', `${lang}.json`), JSON.stringify(serializeMessages({ ...messages.default, ...quote.default })));
  writeFileSync(join(outDir, 'countries', `${lang}.json`), JSON.stringify({ names: countries.names, aliases: countries.aliases }));
}

for (const [country, load] of Object.entries(SUBDIVISION_LOADERS)) {
  writeFileSync(join(outDir, 'subdivisions', `${country}.json`), JSON.stringify((await load!()).default));
}
writeFileSync(join(outDir, 'postal-codes.json'), JSON.stringify(encodePostalCodes(POSTAL_CODES)));
writeFileSync(join(outDir, 'payment-methods.json'), JSON.stringify(encodeMethodTable(PAYMENT_METHODS)));
console.log(`Wrote ${UI_LANGUAGES.length - 1} locales, ${Object.keys(SUBDIVISION_LOADERS).length} subdivision lists, the postal code rules and the payment method table to ${outDir}.`);
