import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';
import { chromiumExecutablePath, REDUCED_MOTION } from './scripts/chromium.ts';
import { reportsDir } from './scripts/reports/paths.ts';
import { FAILURE_TRACE } from './scripts/failure-trace.ts';
import { ACTION_TIMEOUT_MS } from './flows/names.ts';

const executablePath = chromiumExecutablePath();
// Step pictures only in @procedure tests, whose pictures make the guides and are checked (flows/step-picture.ts):
// the workers read it from their environment. `CBP_PICTURES=on npm test` pictures every step, `off` none.
process.env.CBP_PICTURES ??= 'procedures';
/** The shared portal's port: 4010 as contract.md says; CBP_WEB_PORT lets a second run go beside a running one. */
const webPort = Number(process.env.CBP_WEB_PORT ?? 4010);
/** Everything a run writes goes below its reports folder ($CBP_REPORTS_DIR), so a second run beside it, with
 * another port and another folder, touches none of its files. */
const reports = reportsDir();

/**
 * One config for every test: unit and HTTP tests (no browser needed) and browser tests in Chromium.
 * Browser tests run against a mock portal of their worker's own (fixtures/test.ts); the `webServer` below is
 * the shared portal of `npm start`, which the newcomer smoke test and `npm run flows` use.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['tests/**/*.spec.ts', 'flows/**/*.spec.ts', 'mock-portal/**/*.spec.ts'],
  // examples/consumer is a QA team's own project: its specs import the installed package and run only there.
  testIgnore: ['examples/**', '**/node_modules/**'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  failOnFlakyTests: true,
  workers: process.env.CI ? 2 : undefined,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: path.join(reports, 'test-results'),
  reporter: [
    ['list'],
    ['html', { outputFolder: path.join(reports, 'test-report'), open: 'never' }],
    ['junit', { outputFile: path.join(reports, 'test-report', 'junit.xml') }],
    ['./scripts/reporters/count-reporter.ts'],
    ['./scripts/reporters/timing-reporter.ts'],
  ],
  use: {
    actionTimeout: ACTION_TIMEOUT_MS,
    baseURL: `http://localhost:${webPort}`,
    trace: FAILURE_TRACE,
    screenshot: 'only-on-failure',
    reducedMotion: REDUCED_MOTION,
    launchOptions: executablePath ? { executablePath } : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: executablePath ? { executablePath } : {} } }],
  webServer: {
    command: `node --max-semi-space-size=8 --import tsx mock-portal/cli.ts --port ${webPort} --quiet`,
    url: `http://localhost:${webPort}/__admin/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
