// `npm test`: type-check, build, unit and server tests (Vitest), the manifest and README drift checks, then
// component and end-to-end tests in Chromium (Playwright). Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return status === 0;
}

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['build', 'node', ['scripts/build.mjs']],
  ['size budget', 'node', ['scripts/size.mjs', '--check']],
  ['custom-elements.json is current', 'node', ['scripts/generate-manifest.mjs', '--check']],
  ['README reference is current', 'node', ['scripts/generate-readme-reference.mjs', '--check']],
  ['unit and server tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${results}/vitest.json`]],
  ['browser and end-to-end tests', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/playwright.json` }],
];

let passed = 0;
let failed = 0;
let skipped = 0;
const vitestJson = `${results}/vitest.json`;

let ok = true;
for (const [title, command, args, env] of steps) {
  if (title === 'size budget' && !existsSync('scripts/size.mjs')) continue;
  if (!step(title, command, args, env)) {
    ok = false;
    if (title === 'type-check' || title === 'build') break;
  }
  // Read now: Playwright empties test-results/ when it starts.
  if (title === 'unit and server tests' && existsSync(vitestJson)) {
    const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
}

const playwrightJson = `${results}/playwright.json`;
if (existsSync(playwrightJson)) {
  const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
}
if (!ok && failed === 0) failed = 1;
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
