import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import type { RunData } from '../../scripts/reports/run-data.ts';
import type { Matrix } from '../../scripts/reports/traceability.ts';
import { runFlows, runMerge, type Finished } from './flow-runs.ts';

// Three stand-in procedures, four tests; idm.remove-role fails at its step 3 in every run, so results differ.
const SAMPLES = 'tests/reports/samples/*.sample.ts';
const FAIL = { CBP_SAMPLE_FAIL_AT: 'idm.remove-role#3' };

const read = <T>(dir: string, file: string): T => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;

/** What a run found, without what differs between any two runs (times, picture file names, durations). */
function results(dir: string) {
  const run = read<RunData>(dir, 'data/run.json');
  return run.tests
    .map((t) => ({
      procedureId: t.procedureId, title: t.title, file: t.file, line: t.line, status: t.status, ok: t.ok, error: t.error, performed: t.performed,
      steps: t.steps.map((s) => ({ number: s.number, title: s.title, status: s.status, location: s.location, error: s.error, pictured: s.picture !== undefined })),
      outcomePictured: t.outcomePicture !== undefined, failurePictured: t.failurePicture !== undefined,
    }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function matrixWithoutTime(dir: string): Omit<Matrix, 'generatedAt'> {
  const { generatedAt: _, ...rest } = read<Matrix>(dir, 'traceability.json');
  return rest;
}

/** The JUnit test cases as `file › title: passed|failed`. */
function junitCases(dir: string): string[] {
  const xml = readFileSync(path.join(dir, 'junit.xml'), 'utf8');
  return [...xml.matchAll(/<testcase name="([^"]*)" classname="([^"]*)"[^>]*>([\s\S]*?)<\/testcase>/g)]
    .map((m) => `${m[2]} › ${m[1]}: ${m[3]?.includes('<failure') ? 'failed' : 'passed'}`)
    .sort();
}

test.describe('npm run flows -- --shard=i/n, then npm run reports:merge', () => {
  test.describe.configure({ mode: 'serial', timeout: 420_000 });
  const dirs = { single: '', shard1: '', shard2: '', blobs: '', merged: '' };
  let runs: { single: Finished; shard1: Finished; shard2: Finished; merge: Finished };

  test.beforeAll(async ({}, info) => {
    info.setTimeout(420_000); // four runs of Playwright, three of them side by side
    for (const key of Object.keys(dirs) as (keyof typeof dirs)[]) dirs[key] = info.outputPath(key);
    // Side by side, each into its own reports folder: a single run and the two shards of the same suite.
    const [single, shard1, shard2] = await Promise.all([
      runFlows(dirs.single, SAMPLES, [], FAIL),
      runFlows(dirs.shard1, SAMPLES, ['--shard=1/2'], FAIL),
      runFlows(dirs.shard2, SAMPLES, ['--shard=2/2'], FAIL),
    ]);
    // What a CI job does: collect every shard's reports/blob/ into one folder, then merge.
    mkdirSync(dirs.blobs, { recursive: true });
    for (const shard of [dirs.shard1, dirs.shard2]) {
      for (const zip of readdirSync(path.join(shard, 'blob'))) copyFileSync(path.join(shard, 'blob', zip), path.join(dirs.blobs, zip));
    }
    const merge = await runMerge(dirs.merged, SAMPLES, dirs.blobs);
    runs = { single: single!, shard1: shard1!, shard2: shard2!, merge };
  });

  test('each shard replays its part, says what it left out, and writes a blob report', () => {
    expect(readdirSync(path.join(dirs.shard1, 'blob'))).toEqual(['report-1.zip']);
    expect(readdirSync(path.join(dirs.shard2, 'blob'))).toEqual(['report-2.zip']);
    expect(existsSync(path.join(dirs.single, 'blob')), 'an unsharded run writes no blob').toBe(false);
    const part1 = results(dirs.shard1).map((t) => t.title);
    const part2 = results(dirs.shard2).map((t) => t.title);
    expect(part1.length).toBeGreaterThan(0);
    expect(part2.length).toBeGreaterThan(0);
    expect([...part1, ...part2].sort()).toEqual(results(dirs.single).map((t) => t.title).sort());
    for (const shard of [dirs.shard1, dirs.shard2]) {
      const notRun = read<RunData>(shard, 'data/run.json').notRun ?? [];
      expect(notRun.length).toBe(4 - results(shard).length);
      const index = readFileSync(path.join(shard, 'index.html'), 'utf8');
      const listed = (heading: string) => /<ul[^>]*>([\s\S]*?)<\/ul>/.exec(index.split(heading)[1] ?? '')?.[1] ?? '';
      for (const t of notRun) {
        const row = matrixWithoutTime(shard).procedures.find((p) => p.id === t.procedureId);
        expect(row).toMatchObject({ hasFlow: true, ranThisTime: false });
        expect(listed('No flow yet, so no guide:'), t.procedureId).not.toContain(`<li>${row?.title} <span>(${row?.portal})</span></li>`);
      }
      expect(index).toContain('not run this time');
    }
  });

  test('the merge gives the single run\'s reports: same procedures, same steps, same results', () => {
    expect(results(dirs.merged)).toEqual(results(dirs.single));
    expect(matrixWithoutTime(dirs.merged)).toEqual(matrixWithoutTime(dirs.single));
    expect(junitCases(dirs.merged)).toEqual(junitCases(dirs.single));
    expect(junitCases(dirs.single)).toContain('tests/reports/samples/idm.remove-role.sample.ts › idm.remove-role: a sample replay: failed');
    expect(readdirSync(path.join(dirs.merged, 'guides')).sort()).toEqual(readdirSync(path.join(dirs.single, 'guides')).sort());
    expect(read<RunData>(dirs.merged, 'data/run.json').notRun ?? []).toEqual([]);
  });

  test('a failing procedure fails the shard that ran it, the merge and the single run; the others pass', () => {
    const failingShard = results(dirs.shard1).some((t) => t.procedureId === 'idm.remove-role') ? 'shard1' : 'shard2';
    const passingShard = failingShard === 'shard1' ? 'shard2' : 'shard1';
    expect(runs[failingShard].code, runs[failingShard].output).toBe(1);
    expect(runs[passingShard].code, runs[passingShard].output).toBe(0);
    expect(runs.single.code, runs.single.output).toBe(1);
    expect(runs.merge.code, runs.merge.output).toBe(1);
    expect(runs.merge.output.trimEnd().split('\n')).toContain('3 passed, 1 failed');
  });

  test('the merged index links the HTML report, the JUnit XML, the matrix and every guide, and each link resolves', () => {
    const index = readFileSync(path.join(dirs.merged, 'index.html'), 'utf8');
    const links = [...index.matchAll(/href="([^"#]+)"/g)].map((m) => m[1] ?? '');
    for (const id of ['ep.remove-role', 'ep.update-email', 'idm.remove-role']) expect(links).toContain(`guides/${id}.html`);
    for (const expected of ['html/index.html', 'junit.xml', 'traceability.html']) expect(links).toContain(expected);
    for (const link of links) expect(existsSync(path.join(dirs.merged, link)), link).toBe(true);
  });

  test('runs side by side keep to their own folders: each failure\'s screenshot and trace are in its own run\'s folder', () => {
    const failing = (dir: string) => results(dir).some((t) => !t.ok);
    for (const dir of [dirs.single, dirs.shard1, dirs.shard2]) {
      const artifacts = existsSync(path.join(dir, 'flow-results')) ? readdirSync(path.join(dir, 'flow-results'), { recursive: true, encoding: 'utf8' }) : [];
      if (failing(dir)) {
        expect(artifacts.some((f) => f.endsWith('trace.zip')), dir).toBe(true);
        expect(artifacts.filter((f) => f.endsWith('trace.zip')).every((f) => f.includes('samples-idm.')), dir).toBe(true); // the folder of idm.remove-role's test
      } else {
        expect(artifacts.filter((f) => f.endsWith('trace.zip')), dir).toEqual([]);
      }
    }
  });
});
