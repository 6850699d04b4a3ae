// The project's own Playwright config: nothing of cbp-harness is needed here but, where Playwright has not
// downloaded its own browser, the Chromium cbp-harness finds ($PW_CHROMIUM_PATH, Playwright's, /usr/bin/chromium).
import { defineConfig } from '@playwright/test';
import { chromiumExecutablePath, REDUCED_MOTION } from 'cbp-harness/fixtures';

const executablePath = chromiumExecutablePath();

export default defineConfig({
  testDir: 'tests',
  retries: 0,
  timeout: 60_000, // as cbp-harness's own flow runs: a procedure signs in and takes a dozen steps
  // As cbp-harness's own runs: pages scroll at once, so actions do not wait out the portal's smooth scrolling.
  use: { reducedMotion: REDUCED_MOTION, launchOptions: executablePath ? { executablePath } : {} },
});
