/**
 * Finds the Chromium the browser tests drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
 * then Playwright's own download. Exits with one line saying how to get one when none exists.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here; fall through to the message.
  }
  console.error(
    'No Chromium found: install one (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}

/**
 * Debian's `chromium-headless-shell`: the same Chromium build without the browser's own UI. The
 * benchmarks prefer it (see `findBenchChromium`); the tests drive the full browser.
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The Chromium the benchmarks and startup probes measure with: BENCH_CHROMIUM_PATH, then the
 * headless shell, then the tests' Chromium. On a 2-core machine the full browser's own work in
 * each fresh context (its window, the omnibox's WebUI renderer) takes the cores the page starts on
 * (`scripts/browser-contention.ts`), so the figures would time the harness as much as the page.
 */
export function findBenchChromium(): { path: string; shell: boolean } {
  const chosen = process.env.BENCH_CHROMIUM_PATH;
  if (chosen && existsSync(chosen)) return { path: chosen, shell: chosen.includes('headless-shell') };
  if (existsSync(HEADLESS_SHELL)) return { path: HEADLESS_SHELL, shell: true };
  return { path: findChromium(), shell: false };
}

/** Flags for a headless Chromium on a machine with no GPU and a closed network. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Every test server is on loopback; a page on 127.0.0.1 loading a script from localhost (the
  // cross-origin CDN test) would otherwise meet Chromium's local network access prompt.
  '--disable-features=LocalNetworkAccessChecks',
];
