// Generates custom-elements.json from the element's JSDoc (`--check` fails when it is stale).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const check = process.argv.includes('--check');
// The analyzer resolves --outdir against the working directory, so the check writes inside it.
const outdir = check ? 'node_modules/.cache/cem-check' : '.';
if (check) mkdirSync(outdir, { recursive: true });
execFileSync('node_modules/.bin/cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (check) {
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `node scripts/generate-manifest.mjs` and commit it.');
    process.exit(1);
  }
}
