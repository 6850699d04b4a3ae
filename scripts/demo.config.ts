import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutablePath } from './chromium.ts';
import { OWN_EXT } from './node-script.ts';
import { reportsDir } from './reports/paths.ts';
import { ACTION_TIMEOUT_MS } from '../flows/names.ts';

const executablePath = chromiumExecutablePath();
const headed = process.env.CBP_DEMO_HEADED === '1';
const pausing = process.env.CBP_DEMO_PAUSE === '1';
const slowMo = Number(process.env.CBP_DEMO_SLOWMO ?? 300);
const launchOptions = { ...(executablePath ? { executablePath } : {}), slowMo };

/**
 * `npm run demo` (scripts/demo.ts): one procedure test, slowly, in one worker; in a visible browser when there is
 * a display, else headless with a video of the page (reports/videos/). CBP_DEMO=1 makes the step helper caption
 * each step on the page (flows/demo-caption.ts).
 */
export default defineConfig({
  testDir: '..',
  testMatch: `${process.env.CBP_PROCEDURE_DIR ?? 'tests/procedures'}/**/*.spec${OWN_EXT}`,
  grep: /@procedure/,
  workers: 1,
  retries: 0,
  timeout: pausing ? 0 : 300_000,
  expect: { timeout: 15_000 },
  outputDir: path.join(reportsDir(), 'demo-results'),
  reporter: [[`./reporters/progress-reporter${OWN_EXT}`], [`./reporters/count-reporter${OWN_EXT}`]],
  use: {
    actionTimeout: ACTION_TIMEOUT_MS,
    headless: !headed,
    viewport: { width: 1280, height: 720 },
    video: headed ? 'off' : { mode: 'on', size: { width: 1280, height: 720 } },
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 }, launchOptions } }],
});
