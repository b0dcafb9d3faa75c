// Prints gzip sizes of the international data as shipped: the world address table and English
// (loaded with the form), each lazily loaded locale (messages + country names, as CDN JSON), and
// the subdivision lists. Figures, not assertions. Run: node scripts/report-intl-sizes.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

const gzip = (text) => gzipSync(text, { level: 9 }).length;
// Compiled and minified as a bundler would ship the module (types and comments gone).
const shipped = (path) => transformSync(readFileSync(path, 'utf8'), { loader: 'ts', minify: true, format: 'esm' }).code;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const row = (label, bytes) => console.log(`${label.padEnd(44)} ${kb(bytes).padStart(9)} gzip`);

row('world address table (data/address-formats)', gzip(shipped('src/intl/data/address-formats.ts')));
row('address-format.ts (runtime)', gzip(shipped('src/intl/address-format.ts')));
row('English messages', gzip(shipped('src/intl/messages/en.ts')));
row('English country names', gzip(shipped('src/intl/data/countries/en.ts')));
row('payment-methods.ts', gzip(shipped('src/intl/payment-methods.ts')));
row('money.ts', gzip(shipped('src/intl/money.ts')));
row('localize-controller.ts', gzip(shipped('src/intl/localize-controller.ts')));

const outDir = mkdtempSync(join(tmpdir(), 'dodo-cdn-data-'));
try {
  execFileSync('node_modules/.bin/tsx', ['scripts/write-cdn-data.ts', outDir], { stdio: 'ignore' });
  for (const file of readdirSync(join(outDir, 'locales')).sort()) {
    const npmChunks = gzip(shipped(`src/intl/messages/${file.replace('.json', '.ts')}`)) + gzip(shipped(`src/intl/data/countries/${file.replace('.json', '.ts')}`));
    row(`locale ${file.replace('.json', '')} (CDN JSON; npm chunks ${kb(npmChunks)})`, gzip(readFileSync(join(outDir, 'locales', file))));
  }
  const subdivisions = readdirSync(join(outDir, 'subdivisions')).map((file) => [file, gzip(readFileSync(join(outDir, 'subdivisions', file)))]);
  subdivisions.sort((a, b) => b[1] - a[1]);
  for (const [file, bytes] of subdivisions.slice(0, 3)) row(`subdivisions ${file.replace('.json', '')} (largest)`, bytes);
  row(`subdivisions: ${subdivisions.length} lists, median`, subdivisions[Math.floor(subdivisions.length / 2)][1]);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
