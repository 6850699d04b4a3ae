import { defineConfig } from '@playwright/test';
import { flowReporters } from './reporters/flow-reporters.ts';
import { reportsDir } from './reports/paths.ts';

/**
 * `npm run reports:merge -- FOLDER` (scripts/merge-reports.ts): Playwright's merge-reports replays the shards'
 * blob reports through the same reporters as one run, so reports/ comes out as if it had run on one machine.
 * Same root as scripts/flows.config.ts, so the tests' files are named as a run names them.
 */
export default defineConfig({
  testDir: '..',
  reporter: flowReporters(reportsDir(), { progress: false, blob: false }),
});
