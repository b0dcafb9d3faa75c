// Writes the texts of <dodo-payment-status> that its CDN script fetches next to itself (see
// src/status/load-status-messages.cdn.ts): <outDir>/<lang>.json, from the modules the npm build imports.
// Run: npx tsx scripts/write-cdn-status-messages.ts <outDir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATUS_MESSAGE_LOADERS } from '../src/status/status-message-loaders.js';

const outDir = process.argv[2];
if (!outDir) {
  console.error('Usage: npx tsx scripts/write-cdn-status-messages.ts <outDir>');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
for (const [language, load] of Object.entries(STATUS_MESSAGE_LOADERS)) {
  writeFileSync(join(outDir, `${language}.json`), JSON.stringify((await load()).default));
}
