import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutablePath } from './scripts/chromium.ts';
import { ACTION_TIMEOUT_MS } from './flows/names.ts';

const executablePath = chromiumExecutablePath();
/** The shared portal's port: 4010 as contract.md says; CBP_WEB_PORT lets a second run go beside a running one. */
const webPort = Number(process.env.CBP_WEB_PORT ?? 4010);

/**
 * One config for every test: unit and HTTP tests (no browser needed) and browser tests in Chromium.
 * Browser tests run against a mock portal of their worker's own (fixtures/test.ts); the `webServer` below is
 * the shared portal of `npm start`, which the newcomer smoke test and `npm run flows` use.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['tests/**/*.spec.ts', 'flows/**/*.spec.ts', 'mock-portal/**/*.spec.ts'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  failOnFlakyTests: true,
  workers: process.env.CI ? 2 : undefined,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  reporter: [
    ['list'],
    ['html', { outputFolder: 'reports/test-report', open: 'never' }],
    ['junit', { outputFile: 'reports/test-report/junit.xml' }],
    ['./scripts/reporters/count-reporter.ts'],
  ],
  use: {
    actionTimeout: ACTION_TIMEOUT_MS,
    baseURL: `http://localhost:${webPort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: executablePath ? { executablePath } : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: executablePath ? { executablePath } : {} } }],
  webServer: {
    command: `node --max-semi-space-size=1 --import tsx mock-portal/cli.ts --port ${webPort} --quiet`,
    url: `http://localhost:${webPort}/__admin/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
