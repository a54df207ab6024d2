import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { getFreePort } from './scripts/lib/net';

// Browser journeys against the real server on an embedded database of its own.
// The web must already be built: the test script runs `vite build` (dist/web) before Playwright,
// and the server serves dist/web. Chromium is Debian's (/usr/bin/chromium); no browser is downloaded.

// A free port unless JINLIN_E2E_PORT names one, so a busy 3100 (or a second run) is no failure. The config
// is evaluated again in each worker: the first evaluation passes the port on through the environment.
if (!process.env.JINLIN_E2E_PORT) process.env.JINLIN_E2E_PORT = String(await getFreePort());
const PORT = Number(process.env.JINLIN_E2E_PORT);
const baseURL = `http://127.0.0.1:${PORT}`;

// A fresh data folder per run. The config is evaluated again in each worker, so the first
// evaluation passes the folder on through the environment.
if (!process.env.JINLIN_E2E_DATA_DIR) {
  // Folders of earlier runs (untouched for an hour, so no live server holds them) are removed.
  const tmp = path.resolve('.tmp');
  const stale = Date.now() - 60 * 60 * 1000;
  for (const name of fs.existsSync(tmp) ? fs.readdirSync(tmp) : []) {
    const folder = path.join(tmp, name);
    if (name.startsWith('e2e-data-') && fs.statSync(folder).mtimeMs < stale) {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }
  process.env.JINLIN_E2E_DATA_DIR = path.join(tmp, `e2e-data-${Date.now()}`);
}
const dataDir = process.env.JINLIN_E2E_DATA_DIR;
fs.mkdirSync(dataDir, { recursive: true });

const chromium = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  // The journeys run beside the database suites on a small machine: a screen can take a while to answer.
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 768 },
        launchOptions: chromium,
      },
    },
  ],
  webServer: {
    command: 'npx tsx src/server/main.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // The first start loads the demo world; in `npm test` the database suites run beside it, so the
    // machine is busy and the load may take minutes.
    timeout: 360_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      // The journeys run under the production limits: a station's check-in must fit inside them.
      JINLIN_RATE_LIMITS: 'on',
    },
  },
});
