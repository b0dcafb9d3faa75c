/**
 * Finds the Firefox the browser tests drive over WebDriver BiDi: FIREFOX_PATH, then Debian's
 * firefox-esr. Playwright's own Firefox build needs a download `npm ci` never performs.
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string {
  for (const path of CANDIDATES) if (path && existsSync(path)) return path;
  console.error(
    'No Firefox found: the Firefox projects will fail. Install one (Debian: `apt-get install -y firefox-esr`) or set FIREFOX_PATH to its executable.',
  );
  return CANDIDATES[1]!;
}

/**
 * Firefox refuses to start when HOME belongs to another user (root in a user's session, or a CI
 * container's HOME owned by someone else); such runs get a private HOME of their own.
 */
export function firefoxEnv(): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const home = env.HOME;
  const ownHome = home !== undefined && existsSync(home) && statSync(home).uid === process.getuid?.();
  if (!ownHome) env.HOME = mkdtempSync(join(tmpdir(), 'dodo-checkout-firefox-home-'));
  return env;
}

/** A phone's touch screen as Firefox sees it: touch events exposed, the primary pointer coarse. */
export const FIREFOX_TOUCH_PREFS: Record<string, number | boolean> = {
  'dom.w3c_touch_events.enabled': 1,
  // `ontouchstart` on window, which pages test for touch.
  'dom.w3c_touch_events.legacy_apis.enabled': true,
  // Pointer capability bits (1 coarse, 2 fine, 4 hover): a finger, which cannot hover.
  'ui.primaryPointerCapabilities': 1,
  'ui.allPointerCapabilities': 1,
};

/** Why tests that emulate prefers-color-scheme or prefers-reduced-motion do not run in Firefox. */
export const NO_MEDIA_EMULATION_IN_FIREFOX =
  'Playwright cannot emulate prefers-color-scheme or prefers-reduced-motion in firefox-esr 153: ESR 153 lacks emulation.setMediaFeaturesOverride, which Playwright needs for it over WebDriver BiDi';

/** Why tests of a retry after a failed module load do not run (or count requests) in Firefox. */
export const FAILED_MODULES_STAY_FAILED_IN_FIREFOX =
  "Firefox keeps a failed module in the page's module map: import() of the same URL fails again without a new request";
