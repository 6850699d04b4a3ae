/**
 * suite: `npm test`'s own figures, read from its last runs (reports/suite-runs.json, kept by
 * scripts/reporters/timing-reporter.ts): the wall time of the last whole run with 2 workers against the
 * 3-minute goal, and its speed-up over the last whole run with 1 worker. The suite itself is not run here: it takes
 * minutes (`CI=true npm test` for 2 workers; `CI=true npx playwright test --workers=1` for 1).
 *
 * Beside them, the floors of this suite on this machine: its tests' own time summed, shared by the workers (what
 * perfect sharing would take); its tests' page loads times Chromium's time per navigation on tiny static pages
 * (measured now), shared by the workers; and the most 2 workers can gain over 1 when the run with 1 worker already
 * kept more than one processor busy (its browser, portal and runner run beside the test).
 */
import { existsSync, readFileSync } from 'node:fs';
import { suiteRunsFile, type SuiteRun } from '../reporters/timing-reporter.ts';
import { figure, median, type Figure, type Section } from './figures.ts';
import { browserFloor } from './replay.ts';

export const suite: Section = async ({ repeats, log }) => {
  const file = suiteRunsFile();
  if (!existsSync(file)) {
    log(`no run of the suite recorded yet (${file}): run CI=true npm test first`);
    return [];
  }
  const runs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, SuiteRun>;
  const two = runs['2 workers'];
  const one = runs['1 workers'];
  const describe = (run: SuiteRun) => `${run.tests} tests, ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped, finished ${run.finishedAt}`;
  const busy = (run: SuiteRun) => (run.busyCores === undefined ? '' : `; ${run.busyCores.toFixed(2)} of ${run.cores} processors busy on average`);
  const figures: Figure[] = [];
  if (two) {
    log(`2 workers: ${describe(two)}${busy(two)}; slowest: ${two.slowest.slice(0, 5).map((t) => `${t.title} ${t.seconds.toFixed(1)} s`).join('; ')}`);
    log(`time per folder (2 workers, summed): ${Object.entries(two.byFolder).slice(0, 8).map(([f, s]) => `${f} ${s.toFixed(0)} s`).join(', ')}`);
    figures.push(figure({ section: 'suite', name: `Playwright tests, 2 workers (${two.tests} tests, ${two.failed} failed)`, value: two.wallSeconds, unit: 's', goal: { max: 180, text: '< 3 min' }, repeats: 1, note: describe(two) }));
    const testSeconds = Object.values(two.byFolder).reduce((sum, seconds) => sum + seconds, 0);
    figures.push(figure({
      section: 'suite', name: `the same run against its tests' own time (${testSeconds.toFixed(0)} s summed ÷ ${two.workers} workers)`, value: two.wallSeconds, unit: 's',
      floor: { name: `${two.tests} tests' time shared by ${two.workers} workers`, value: testSeconds / two.workers }, repeats: 1,
      note: testSeconds / two.workers > 180 ? `the tests alone take ${(testSeconds / two.workers / 60).toFixed(1)} min with ${two.workers} workers: above the 3-minute goal` : 'the tests alone fit in the 3-minute goal',
    }));
    if (two.navigations) {
      const perNavigation = await browserFloor(repeats);
      const floorMs = median(perNavigation);
      log(`browser floor for the suite: ${perNavigation.map((m) => m.toFixed(0)).join(', ')} ms per navigation`);
      const floorSeconds = (two.navigations * floorMs) / 1000 / two.workers;
      figures.push(figure({
        section: 'suite', name: `the same run against its page loads (${two.navigations} × the browser floor ÷ ${two.workers} workers)`, value: two.wallSeconds, unit: 's',
        floor: { name: `${floorMs.toFixed(0)} ms × ${two.navigations} ÷ ${two.workers}`, value: floorSeconds }, repeats,
        note: floorSeconds > 180 ? `the page loads alone take ${(floorSeconds / 60).toFixed(1)} min with ${two.workers} workers: above the 3-minute goal` : 'the page loads alone fit in the 3-minute goal',
      }));
    } else log('the last run with 2 workers counted no page loads (recorded since issue 14\'s sixth stop): run CI=true npm test again');
  } else log('no whole run with 2 workers recorded: CI=true npm test');
  if (one) log(`1 worker: ${describe(one)}${busy(one)}`);
  if (one && two) {
    figures.push(figure({ section: 'suite', name: 'speed-up of 2 workers over 1', value: one.wallSeconds / two.wallSeconds, unit: '×', goal: { min: 1.6, text: '≥ 1.6×' }, repeats: 1, note: `1 worker ${one.wallSeconds.toFixed(0)} s` }));
  } else if (!one) log('no whole run with 1 worker recorded: CI=true npx playwright test --workers=1');
  if (one?.busyCores) {
    // With 1 worker the run already used busyCores processors; 2 workers cannot use more than the machine has.
    const ceiling = Math.min(2, one.cores / one.busyCores);
    figures.push(figure({
      section: 'suite', name: 'most 2 workers can gain over 1 on this machine (processors ÷ processors busy with 1 worker)', value: ceiling, unit: '×', repeats: 1,
      note: `1 worker kept ${one.busyCores.toFixed(2)} of ${one.cores} processors busy`,
    }));
  }
  return figures;
};
