/** Reading the API documents: a missing folder or file is one clear line, not a bare ENOENT. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ApiDocumentsMissingError,
  DOCUMENTS,
  SNAPSHOT_HEADER,
  apiDocumentsDir,
  readApiEnums,
  sharedApiDocumentsDir,
  snapshotDir,
} from '../../../scripts/api-documents.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'dodo-api-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('API documents', () => {
  it('names the folder where the documents are expected when it is missing', () => {
    const missing = join(scratch, 'no-such-folder');
    expect(() => readApiEnums(missing)).toThrow(ApiDocumentsMissingError);
    expect(() => readApiEnums(missing)).toThrow(
      `Dodo API documents not found: expected create-payment-openapi.md and create-payment-page.txt in ${missing} (the shared/api folder beside this repository; set DODO_API_DOCS to read them from elsewhere).`,
    );
  });

  it('names the one document missing from an existing folder', () => {
    const partial = join(scratch, 'partial');
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    copyFileSync(join(apiDocumentsDir, 'create-payment-openapi.md'), join(partial, 'create-payment-openapi.md'));
    expect(() => readApiEnums(partial)).toThrow(/expected create-payment-page\.txt in .*partial/);
  });

  it('makes the generator exit 1 with that one line and no stack', () => {
    const missing = join(scratch, 'gone');
    const run = spawnSync(process.execPath, ['scripts/generate-api-enums.mjs'], { env: { ...process.env, DODO_API_DOCS: missing }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(`in ${missing} (the shared/api folder`)]);
    expect(run.stderr).not.toMatch(/ENOENT|\n\s+at /);
  });

  it('keeps a copy for a checkout that stands alone, which reads to the same enums', () => {
    expect(readApiEnums(snapshotDir)).toEqual(readApiEnums(apiDocumentsDir));
  });

  it.skipIf(!DOCUMENTS.every((name) => existsSync(join(sharedApiDocumentsDir, name))))(
    'the copy is the documents beside the repository, verbatim under its header (node scripts/sync-api-documents.mjs refreshes it)',
    () => {
      for (const name of DOCUMENTS) {
        const copy = readFileSync(join(snapshotDir, name), 'utf8');
        expect(copy.startsWith(SNAPSHOT_HEADER[name as keyof typeof SNAPSHOT_HEADER]), name).toBe(true);
        expect(copy.slice(SNAPSHOT_HEADER[name as keyof typeof SNAPSHOT_HEADER].length), name).toBe(readFileSync(join(sharedApiDocumentsDir, name), 'utf8'));
      }
    },
  );
});
