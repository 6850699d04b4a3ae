import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { LOCK_NAME } from '../../scripts/reports/reports-lock.ts';
import type { RunData } from '../../scripts/reports/run-data.ts';
import { buildMatrix, type Matrix } from '../../scripts/reports/traceability.ts';
import { runFlows, startFlows, type Finished } from './flow-runs.ts';

const SAMPLES = 'tests/reports/samples/*.sample.ts';
const read = <T>(dir: string, file: string): T => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;
const guideFiles = (dir: string) => readdirSync(path.join(dir, 'guides')).sort();
const mtimes = (dir: string) => Object.fromEntries(guideFiles(dir).map((f) => [f, statSync(path.join(dir, 'guides', f)).mtimeMs]));

test.describe('a filtered run into a reports folder that holds a whole run', () => {
  test.describe.configure({ mode: 'serial', timeout: 60_000 });
  let reports = '';
  let before: Record<string, number> = {};
  let whole: Finished;
  let refused: Finished;
  let filtered: Finished;

  test.beforeAll(async ({}, info) => {
    info.setTimeout(420_000); // three runs of Playwright, one after the other
    reports = info.outputPath('reports');
    whole = await runFlows(reports, SAMPLES);
    expect(whole.code, whole.output).toBe(0);
    before = mtimes(reports);

    // The filtered run waits at its first step until `hold` exists: meanwhile a second run into the folder is refused.
    const hold = info.outputPath('hold');
    const held = startFlows(reports, SAMPLES, ['--grep', 'ep.update-email'], { CBP_SAMPLE_HOLD: hold });
    await expect.poll(() => held.output(), { timeout: 180_000 }).toContain('ep.update-email  step 1.');
    refused = await runFlows(reports, SAMPLES);
    writeFileSync(hold, '');
    filtered = await held.done;
  });

  test('a second run into the same folder while one is running is refused, saying why and what to do', () => {
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('is in use by another run (npm run flows, process');
    expect(refused.output).toContain('CBP_REPORTS_DIR=');
    expect(refused.output).not.toContain('passed,'); // it ran nothing
    expect(filtered.code, filtered.output).toBe(0); // and the run it met was not disturbed
    expect(existsSync(path.join(reports, LOCK_NAME)), 'the lock goes with the run').toBe(false);
  });

  test('only the guide and results of what it ran are replaced', () => {
    const after = mtimes(reports);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const file of Object.keys(before)) {
      if (file.startsWith('ep.update-email.')) expect(after[file], file).toBeGreaterThan(before[file] ?? 0);
      else expect(after[file], file).toBe(before[file]);
    }
    const run = read<RunData>(reports, 'data/run.json');
    expect(run.tests.map((t) => t.title)).toEqual(['ep.update-email: a sample replay']);
    expect(run.notRun?.map((t) => [t.title, t.lastRun?.status, t.lastRun?.ok])).toEqual([
      ['ep.remove-role: a sample replay', 'passed', true],
      ['ep.remove-role: a second sample replay', 'passed', true],
      ['idm.remove-role: a sample replay', 'passed', true],
    ]);
    expect(filtered.output).toContain('Not run this time (a filtered run or one shard; guides of earlier runs are kept): ep.remove-role, idm.remove-role.');
  });

  test('the others are "not run this time" in the matrix and the index, never "No flow yet"', () => {
    const matrix = read<Matrix>(reports, 'traceability.json');
    expect(matrix.summary).toMatchObject({ withFlow: 3, notRun: 2, gaps: 0 });
    for (const id of ['ep.remove-role', 'idm.remove-role']) {
      const row = matrix.procedures.find((p) => p.id === id);
      expect(row).toMatchObject({ hasFlow: true, ranThisTime: false });
      expect(new Set(row?.steps.map((s) => s.state))).toEqual(new Set(['not-run']));
    }
    expect(readFileSync(path.join(reports, 'traceability.html'), 'utf8')).toContain('Not run this time');

    const index = readFileSync(path.join(reports, 'index.html'), 'utf8');
    expect(index).toContain('A partial run');
    expect(index.match(/not run this time<\/span>/g)).toHaveLength(2);
    const noFlow = /No flow yet, so no guide:<\/p><ul[^>]*>([\s\S]*?)<\/ul>/.exec(index)?.[1] ?? '';
    for (const id of ['ep.remove-role', 'ep.update-email', 'idm.remove-role']) {
      const row = matrix.procedures.find((p) => p.id === id);
      expect(noFlow).not.toContain(`<li>${row?.title} <span>(${row?.portal})</span></li>`);
    }
    const links = [...index.matchAll(/href="([^"#]+)"/g)].map((m) => m[1] ?? '');
    for (const id of ['ep.remove-role', 'ep.update-email', 'idm.remove-role']) expect(links).toContain(`guides/${id}.html`);
    for (const link of links) expect(existsSync(path.join(reports, link)), link).toBe(true);
  });
});

test('a procedure whose every test was left out is "not run", not "no flow"; one without a test is "no flow"', () => {
  const matrix = buildMatrix({
    startedAt: new Date(0).toISOString(), durationMs: 1, status: 'passed', tests: [],
    notRun: [{ procedureId: 'idm.add-ptan', title: 'idm.add-ptan: a replay', file: 'tests/procedures/idm.add-ptan.spec.ts', line: 3 }],
  });
  expect(matrix.procedures.find((p) => p.id === 'idm.add-ptan')).toMatchObject({ hasFlow: true, ranThisTime: false, complete: false });
  expect(matrix.procedures.find((p) => p.id === 'idm.add-ptan')?.steps.every((s) => s.state === 'not-run')).toBe(true);
  expect(matrix.procedures.find((p) => p.id === 'idm.remove-role')?.steps.every((s) => s.state === 'no-flow')).toBe(true);
  expect(matrix.summary).toMatchObject({ withFlow: 1, notRun: 1, gaps: 0 });
});
