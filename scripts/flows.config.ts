import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutablePath, REDUCED_MOTION } from './chromium.ts';
import { OWN_EXT } from './node-script.ts';
import { flowReporters } from './reporters/flow-reporters.ts';
import { reportsDir } from './reports/paths.ts';
import { FAILURE_TRACE } from './failure-trace.ts';
import { ACTION_TIMEOUT_MS } from '../flows/names.ts';

const executablePath = chromiumExecutablePath();
const launchOptions = executablePath ? { executablePath } : {};
const reports = reportsDir();
/** One shard of a run (`--shard=i/n`) also writes a blob report, for `npm run reports:merge`. */
const sharded = process.argv.some((a) => a === '--shard' || a.startsWith('--shard='));

/**
 * `npm run flows` (scripts/run-flows.ts): every @procedure test in tests/procedures/, each worker with a fresh
 * mock portal of its own (fixtures/test.ts), writing everything into reports/ ($CBP_REPORTS_DIR): nothing of a
 * run lands outside its reports folder. No webServer: nothing else is needed. CBP_FLOWS_TESTS points it at other
 * procedure tests (the pipeline's own tests do).
 */
export default defineConfig({
  testDir: '..',
  testMatch: process.env.CBP_FLOWS_TESTS ?? `tests/procedures/**/*.spec${OWN_EXT}`,
  grep: /@procedure/,
  fullyParallel: true,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: path.join(reports, 'flow-results'),
  reporter: flowReporters(reports, { progress: true, blob: sharded }),
  use: { actionTimeout: ACTION_TIMEOUT_MS, trace: FAILURE_TRACE, screenshot: 'only-on-failure', reducedMotion: REDUCED_MOTION, launchOptions },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
});
