import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { suiteRunsFile, type SuiteRun } from '../../scripts/reporters/timing-reporter.ts';
import { reportsDir } from '../../scripts/reports/paths.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');

/**
 * `npm test` keeps its last whole run per number of workers for the benchmark's suite figures (issue 14): the speed-up
 * of 2 workers over 1 compares two runs, so the record of one must survive the other, HTML report and all.
 */
test('a run with 1 worker keeps the record of the run with 2 beside its own', async ({}, info) => {
  info.setTimeout(60_000); // two runs of Playwright
  // Inside the repository (.tmp/ is ignored), so the little project's spec finds @playwright/test wherever the reports go.
  const dir = path.join(ROOT, '.tmp', `suite-runs-${info.testId}`);
  const reports = path.join(dir, 'reports');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'one.spec.ts'), "import { test } from '@playwright/test';\nfor (const n of [1, 2, 3]) test(`test ${n}`, () => {});\n");
  // The reporters as playwright.config.ts lists them: the HTML report empties its folder at every run.
  writeFileSync(path.join(dir, 'playwright.config.ts'), `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: '.',
  reporter: [['html', { outputFolder: ${JSON.stringify(path.join(reports, 'test-report'))}, open: 'never' }], [${JSON.stringify(path.join(ROOT, 'scripts', 'reporters', 'timing-reporter.ts'))}]],
});
`);
  const run = (workers: number) => spawnSync(process.execPath, [CLI, 'test', '--config', path.join(dir, 'playwright.config.ts'), `--workers=${workers}`], {
    cwd: dir, env: { ...process.env, CBP_REPORTS_DIR: reports, CI: '' }, encoding: 'utf8',
  });
  for (const workers of [2, 1]) {
    const result = run(workers);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }
  // Where the reporter keeps them, below the little project's reports folder.
  const kept = path.join(reports, path.relative(reportsDir(), suiteRunsFile()));
  const runs = JSON.parse(readFileSync(kept, 'utf8')) as Record<string, SuiteRun>;
  rmSync(dir, { recursive: true, force: true });
  expect(Object.keys(runs).sort()).toEqual(['1 workers', '2 workers']);
  expect(runs['2 workers']).toMatchObject({ workers: 2, tests: 3, passed: 3, failed: 0 });
  expect(runs['1 workers']).toMatchObject({ workers: 1, tests: 3, passed: 3, failed: 0 });
});
