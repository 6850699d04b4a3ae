/**
 * suite: `npm test`'s own figures, read from its last runs (reports/test-report/runs.json, kept by
 * scripts/reporters/timing-reporter.ts): the wall time of the last whole run with 2 workers against the
 * 3-minute goal, and its speed-up over the last whole run with 1 worker. Nothing is run here: the suite takes
 * minutes (`CI=true npm test` for 2 workers; `CI=true npx playwright test --workers=1` for 1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { suiteRunsFile, type SuiteRun } from '../reporters/timing-reporter.ts';
import { figure, type Figure, type Section } from './figures.ts';

export const suite: Section = async ({ log }) => {
  const file = suiteRunsFile();
  if (!existsSync(file)) {
    log(`no run of the suite recorded yet (${file}): run CI=true npm test first`);
    return [];
  }
  const runs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, SuiteRun>;
  const two = runs['2 workers'];
  const one = runs['1 workers'];
  const describe = (run: SuiteRun) => `${run.tests} tests, ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped, finished ${run.finishedAt}`;
  const figures: Figure[] = [];
  if (two) {
    log(`2 workers: ${describe(two)}; slowest: ${two.slowest.slice(0, 5).map((t) => `${t.title} ${t.seconds.toFixed(1)} s`).join('; ')}`);
    log(`time per folder (2 workers, summed): ${Object.entries(two.byFolder).slice(0, 8).map(([f, s]) => `${f} ${s.toFixed(0)} s`).join(', ')}`);
    figures.push(figure({ section: 'suite', name: `Playwright tests, 2 workers (${two.tests} tests, ${two.failed} failed)`, value: two.wallSeconds, unit: 's', goal: { max: 180, text: '< 3 min' }, repeats: 1, note: describe(two) }));
  } else log('no whole run with 2 workers recorded: CI=true npm test');
  if (one) log(`1 worker: ${describe(one)}`);
  if (one && two) {
    figures.push(figure({ section: 'suite', name: 'speed-up of 2 workers over 1', value: one.wallSeconds / two.wallSeconds, unit: '×', goal: { min: 1.6, text: '≥ 1.6×' }, repeats: 1, note: `1 worker ${one.wallSeconds.toFixed(0)} s` }));
  } else log('no whole run with 1 worker recorded: CI=true npx playwright test --workers=1');
  return figures;
};
