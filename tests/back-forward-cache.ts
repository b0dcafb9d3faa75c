/**
 * Playwright launches Chromium with the back/forward cache off (`--disable-back-forward-cache`);
 * a spec that proves a restore from it turns it back on with
 * `test.use({ launchOptions: backForwardCacheOn })`. Firefox keeps the cache on.
 */
import type { LaunchOptions, PlaywrightWorkerArgs, PlaywrightWorkerOptions } from '@playwright/test';

type Fixture = (args: PlaywrightWorkerArgs & PlaywrightWorkerOptions & { launchOptions: LaunchOptions }, use: (options: LaunchOptions) => Promise<void>) => Promise<void>;

export const backForwardCacheOn: [Fixture, { scope: 'worker' }] = [
  async ({ launchOptions, browserName }, use) => use(browserName === 'chromium' ? { ...launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] } : launchOptions),
  { scope: 'worker' },
];
