import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutablePath } from './chromium.ts';
import { reportsDir } from './reports/paths.ts';
import { ACTION_TIMEOUT_MS } from '../flows/names.ts';

const executablePath = chromiumExecutablePath();
const launchOptions = executablePath ? { executablePath } : {};
const reports = reportsDir();

/**
 * `npm run flows` (scripts/run-flows.ts): every @procedure test in tests/procedures/, each worker with a fresh
 * mock portal of its own (fixtures/test.ts), writing the reports into reports/. No webServer: nothing else is
 * needed. CBP_FLOWS_TESTS points it at other procedure tests (the pipeline's own test does).
 */
export default defineConfig({
  testDir: '..',
  testMatch: process.env.CBP_FLOWS_TESTS ?? 'tests/procedures/**/*.spec.ts',
  grep: /@procedure/,
  fullyParallel: true,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: path.join(reports, 'test-results'),
  reporter: [
    ['./reporters/progress-reporter.ts'],
    ['html', { outputFolder: path.join(reports, 'html'), open: 'never' }],
    ['junit', { outputFile: path.join(reports, 'junit.xml') }],
    ['./reporters/procedure-reporter.ts'],
    ['./reporters/count-reporter.ts'],
  ],
  use: { actionTimeout: ACTION_TIMEOUT_MS, trace: 'retain-on-failure', screenshot: 'only-on-failure', launchOptions },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
});
