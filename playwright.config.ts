import { defineConfig, devices, type PlaywrightTestOptions, type PlaywrightWorkerOptions } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/chromium.js';
import { FIREFOX_TOUCH_PREFS, findFirefox, firefoxEnv } from './tests/firefox.js';

const port = Number(process.env.TEST_PORT ?? 5179);

const chromium: Partial<PlaywrightTestOptions & PlaywrightWorkerOptions> = {
  browserName: 'chromium',
  launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
};
// Debian's firefox-esr driven over WebDriver BiDi (the `moz-firefox` channel).
const firefox = (prefs: Record<string, number | boolean> = {}): Partial<PlaywrightTestOptions & PlaywrightWorkerOptions> => ({
  browserName: 'firefox',
  launchOptions: { channel: 'moz-firefox', executablePath: findFirefox(), env: firefoxEnv(), firefoxUserPrefs: prefs },
});
// A phone: 412 × 915 CSS pixels, touch screen. `isMobile` (meta viewport, mobile user agent) is Chromium's only.
const phone = { viewport: devices['Pixel 7'].viewport, hasTouch: true } as const;
const TOUCH_TEST = 'e2e/touch.spec.ts';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['browser/**/*.spec.ts', 'e2e/**/*.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    { name: 'chromium', testIgnore: TOUCH_TEST, use: chromium },
    { name: 'firefox', testIgnore: TOUCH_TEST, use: firefox() },
    {
      name: 'touch-chromium',
      testMatch: TOUCH_TEST,
      use: { ...chromium, ...phone, isMobile: true, deviceScaleFactor: devices['Pixel 7'].deviceScaleFactor, userAgent: devices['Pixel 7'].userAgent },
    },
    { name: 'touch-firefox', testMatch: TOUCH_TEST, use: { ...firefox(FIREFOX_TOUCH_PREFS), ...phone } },
  ],
  webServer: {
    command: `node --import tsx demo/server.ts`,
    env: { PORT: String(port), DEMO_QUIET: '1', DODO_PAYMENTS_API_KEY: '', DEMO_WEBHOOK_DUPLICATE_RATE: '1' },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
