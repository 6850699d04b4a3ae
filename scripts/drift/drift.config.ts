import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutablePath, REDUCED_MOTION } from '../chromium.ts';
import { OWN_EXT } from '../node-script.ts';
import { readPlan } from './plan.ts';

const plan = readPlan();
const executablePath = chromiumExecutablePath();
const launchOptions = executablePath ? { executablePath } : {};

/**
 * The Playwright run behind `npm run drift` (scripts/drift.ts): one test per procedure (replay.drift.ts), one at a
 * time, because the procedures share the target's accounts and, on this mock, its clock and world.
 */
export default defineConfig({
  testDir: '.',
  testMatch: `replay.drift${OWN_EXT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Room for the procedure, the procedures it is replayed after and, when a name drifted, its baseline.
  timeout: plan.procedureTimeoutMs * 3,
  expect: { timeout: plan.actionTimeoutMs },
  outputDir: path.join(plan.outDir, 'test-results'),
  reporter: [[`./progress-reporter${OWN_EXT}`]],
  // No Playwright trace: the drift report pictures what matters, and tracing the control API's request contexts
  // across procedures trips over its own files.
  use: { baseURL: plan.target, actionTimeout: plan.actionTimeoutMs, trace: 'off', reducedMotion: REDUCED_MOTION, launchOptions },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
});
