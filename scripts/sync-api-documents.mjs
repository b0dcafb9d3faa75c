// Copies the Dodo Payments API documents of `POST /payments` from ../shared/api (the folder beside
// this repository) into scripts/api-documents/, behind a header naming their source, so the enum
// drift test has them in a checkout that stands alone. Run after the documents change:
//   node scripts/sync-api-documents.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS, SNAPSHOT_HEADER, sharedApiDocumentsDir, snapshotDir } from './api-documents.mjs';

for (const name of DOCUMENTS) {
  const text = readFileSync(join(sharedApiDocumentsDir, name), 'utf8');
  writeFileSync(join(snapshotDir, name), SNAPSHOT_HEADER[name] + text);
}
console.log(`Copied ${DOCUMENTS.join(' and ')} from ${sharedApiDocumentsDir} to ${snapshotDir}.`);
