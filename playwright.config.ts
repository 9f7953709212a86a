// End-to-end tests in Debian's Chromium (never a downloaded browser) against the browser host.
import { defineConfig } from '@playwright/test';

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  timeout: 120_000,
  workers: 2,
  // CI runs each failing test once more and reports it as flaky (docs/contributing.md lists the
  // ones seen); locally a failure is a failure.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
});
