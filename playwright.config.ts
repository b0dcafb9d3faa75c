import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/chromium.js';

const port = Number(process.env.TEST_PORT ?? 5179);

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
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `node --import tsx demo/server.ts`,
    env: { PORT: String(port), DEMO_QUIET: '1', DODO_PAYMENTS_API_KEY: '', DEMO_WEBHOOK_DUPLICATE_RATE: '1' },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
