// `npm test`: installs the browsers, redis-server and fonts the tests need when missing, then
// type-check, build, unit and server tests (Vitest), the manifest and README drift checks, then
// component and end-to-end tests in Chromium and Firefox, mouse and touch (Playwright). Ends with
// one summary line.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';

const results = 'test-results';
mkdirSync(results, { recursive: true });

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};
const onPath = (name) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && isExecutable(join(dir, name)));
const anyExists = (...paths) => paths.some((path) => path && existsSync(path));

/** Whether fontconfig knows a font for `lang` (any package that covers the script will do). */
const hasFontFor = (lang) => onPath('fc-list') && spawnSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' }).stdout?.trim() !== '';

// What the tests need from the machine, as Debian packages: the lookups match tests/chromium.ts,
// tests/firefox.ts, the REDIS_SERVER_BIN / PATH lookup of tests/server/redis-server.ts, and the
// scripts whose glyphs tests/browser/languages.spec.ts checks (CJK, Thai, Devanagari).
const systemPackages = [
  { name: 'chromium', present: () => anyExists(process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser') },
  { name: 'firefox-esr', present: () => anyExists(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox') },
  { name: 'redis-server', present: () => anyExists(process.env.REDIS_SERVER_BIN) || onPath('redis-server') },
  { name: 'fonts-wqy-microhei', present: () => anyExists('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc') || ['zh-cn', 'zh-tw', 'ja', 'ko'].every(hasFontFor) },
  { name: 'fonts-tlwg-loma-otf', present: () => anyExists('/usr/share/fonts/opentype/tlwg/Loma.otf') || hasFontFor('th') },
  { name: 'fonts-lohit-deva', present: () => anyExists('/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf') || hasFontFor('hi') },
];

function installMissingSystemPackages() {
  const missing = systemPackages.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (missing.length === 0) return;
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    console.log(`\n▶ installing ${missing.join(', ')} from Debian (apt-get)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
    if (run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', ...missing])) return;
  }
  const still = systemPackages.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (still.length) console.error(`Missing ${still.join(', ')}: install with \`sudo apt-get install -y ${still.join(' ')}\` (or set CHROMIUM_PATH, FIREFOX_PATH, REDIS_SERVER_BIN); the tests that need them will fail.`);
}

installMissingSystemPackages();

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
/** The failed tests and steps by name, repeated under the summary so the end of a long log says what failed. */
const failures = [];
const vitestJson = `${results}/vitest.json`;

let ok = true;
for (const [title, command, args, env] of steps) {
  if (title === 'size budget' && !existsSync('scripts/size.mjs')) continue;
  if (!step(title, command, args, env)) {
    ok = false;
    failures.push(`step: ${title}`);
    if (title === 'type-check' || title === 'build') break;
  }
  // Read now: Playwright empties test-results/ when it starts.
  if (title === 'unit and server tests' && existsSync(vitestJson)) {
    const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    for (const file of report.testResults) {
      const name = relative(process.cwd(), file.name);
      const tests = file.assertionResults.filter((test) => test.status === 'failed');
      for (const test of tests) failures.push(`vitest: ${name} › ${test.fullName}`);
      if (file.status === 'failed' && tests.length === 0) failures.push(`vitest: ${name}: ${file.message.split('\n')[0]}`);
    }
  }
}

/** "chromium 150 passed, 2 skipped; firefox …" from Playwright's JSON report. */
function playwrightCountsByProject(report) {
  const counts = new Map();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const count = counts.get(test.projectName) ?? { passed: 0, failed: 0, skipped: 0 };
        if (test.status === 'expected' || test.status === 'flaky') count.passed++;
        else if (test.status === 'skipped') count.skipped++;
        else {
          count.failed++;
          failures.push(`playwright: [${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}`);
        }
        counts.set(test.projectName, count);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites) visit(suite);
  return [...counts].map(([project, c]) => `${project} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`).join('; ');
}

const playwrightJson = `${results}/playwright.json`;
if (existsSync(playwrightJson)) {
  const report = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  const { stats } = report;
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
  console.log(`\nbrowser tests by project: ${playwrightCountsByProject(report)}`);
}
if (!ok && failed === 0) failed = 1;
if (failures.length) console.log(`\nfailed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
