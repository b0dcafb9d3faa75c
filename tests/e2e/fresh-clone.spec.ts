/**
 * `npm run demo` on a fresh clone serves everything the demo links to: the plain-HTML example's
 * /cdn/dodo-checkout.js is built when the server starts. The demo server runs in a copy of the
 * project without dist/ (its packages resolved from this checkout's node_modules).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const NOT_IN_A_CLONE = new Set(['node_modules', 'dist', 'test-results', 'playwright-report', '.git']);

test('the plain-HTML example shows the form after a fresh `npm run demo`', async ({ page, browserName }, testInfo) => {
  test.skip(browserName !== 'chromium', "What is checked is the demo server's start on a fresh clone; one browser is enough.");
  test.setTimeout(240_000);
  const clone = testInfo.outputPath('clone');
  for (const name of readdirSync(root)) {
    if (!NOT_IN_A_CLONE.has(name)) cpSync(join(root, name), join(clone, name), { recursive: true, filter: (source) => !NOT_IN_A_CLONE.has(basename(source)) });
  }
  mkdirSync(join(clone, 'node_modules'));
  symlinkSync(join(root, 'node_modules', '.bin'), join(clone, 'node_modules', '.bin'));
  expect(existsSync(join(clone, 'dist'))).toBe(false);

  // PORT=0: a free port, read back from the server's first line.
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts'], {
    cwd: clone,
    env: { ...process.env, PORT: '0', DODO_PAYMENTS_API_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  try {
    await expect.poll(() => /dodo-checkout demo: (http:\S+)/.exec(output)?.[1], { timeout: 200_000 }).toBeTruthy();
    const url = /dodo-checkout demo: (http:\S+)/.exec(output)?.[1];
    expect(url, output).toBeTruthy();
    expect(existsSync(join(clone, 'dist/cdn/dodo-checkout.js'))).toBe(true);

    await page.goto(new URL('/demo/examples/plain-html.html', url!).href);
    await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  } finally {
    server.kill();
  }
});
