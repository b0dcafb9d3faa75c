// Builds everything `npm publish` ships into dist/: the npm entry (ES + types), the CDN bundle
// with its lazily fetched data, its stylesheet and SRI hashes, the server entry, the server
// renderer (which pins the CDN script and stylesheet), and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

// `--cdn`: the CDN bundle alone (dist/cdn), which the demo server builds when a fresh clone lacks it.
const cdnOnly = process.argv.includes('--cdn');

// The CDN chunks come before the CDN script, which carries their SRI hashes (vite.config.ts).
rmSync('dist/cdn', { recursive: true, force: true });
const modes = cdnOnly
  ? ['cdn-chunks', 'cdn-submit-chunk', 'cdn-quote-chunk', 'cdn-verify-chunk', 'cdn-hydrate-chunk', 'cdn', 'cdn-status']
  : ['npm', 'cdn-chunks', 'cdn-submit-chunk', 'cdn-quote-chunk', 'cdn-verify-chunk', 'cdn-hydrate-chunk', 'cdn', 'cdn-status', 'server'];
for (const mode of modes) run(bin('vite'), ['build', '--mode', mode, '--logLevel', 'warn']);
if (existsSync('scripts/write-cdn-data.ts')) run(bin('tsx'), ['scripts/write-cdn-data.ts', 'dist/cdn/data']);
run(bin('tsx'), ['scripts/write-cdn-status-messages.ts', 'dist/cdn/data/status']);
run(bin('tsx'), ['scripts/write-checkout-css.ts', 'dist/cdn/dodo-checkout.css']);
if (!cdnOnly) {
  run(bin('vite'), ['build', '--mode', 'ssr', '--logLevel', 'warn']);
  run(bin('tsc'), ['-p', 'tsconfig.build.json']);
  run('node', ['scripts/generate-manifest.mjs']);
}
run('node', ['scripts/write-sri.mjs']);
