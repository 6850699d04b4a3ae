import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/reports/paths.ts';

interface Step { uses?: string; run?: string; if?: string; with?: Record<string, unknown> }
interface Job { needs?: string | string[]; if?: string; steps: Step[]; strategy?: { matrix?: Record<string, unknown[]>; 'fail-fast'?: boolean } }

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const workflow = parse(read('.github/workflows/flows.yml')) as { jobs: Record<string, Job> };
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
const jobs = workflow.jobs;

/** The shell commands of a run: block or of a script, one by one ("a && b" is two). */
const commandsOf = (text: string) => text.split('\n').flatMap((l) => l.split('&&')).map((c) => c.trim()).filter((c) => c && !c.startsWith('#'));
const ciRun = commandsOf(read('.ci/run')).filter((c) => c.startsWith('npm'));
const runsOf = (job: Job) => job.steps.flatMap((s) => (s.run ? commandsOf(s.run) : []));
const stepUsing = (job: Job, action: string) => job.steps.find((s) => s.uses?.startsWith(`${action}@`));

test('every npm command of the workflow and of .ci/run is a script of package.json', () => {
  const all = [...Object.values(jobs).flatMap(runsOf), ...ciRun];
  expect(all.length).toBeGreaterThan(0);
  for (const command of all) {
    const [npm, verb, name] = command.split(/\s+/);
    expect(npm, `${command}: the workflow runs npm commands only`).toBe('npm');
    const script = verb === 'run' ? name : verb;
    expect(Object.keys(scripts), `${command}: no such script in package.json`).toContain(script);
  }
});

test('the test job is .ci/run, step for step, after the checkout and Node', () => {
  expect(ciRun).toEqual(['npm run setup', 'npm test']);
  expect(runsOf(jobs.test!)).toEqual(ciRun);
});

test('every job installs with the README\'s command, npm run setup, before anything else it runs', () => {
  const quickStart = /## Quick start([\s\S]*?)\n## /.exec(read('README.md'))?.[1] ?? '';
  expect(quickStart).toContain('npm run setup');
  for (const [name, job] of Object.entries(jobs)) expect(runsOf(job)[0], name).toBe('npm run setup');
});

test('the flows run as a matrix of shards that covers the whole suite, each uploading its blob report', () => {
  const flows = jobs.flows!;
  const { shardIndex, shardTotal } = flows.strategy?.matrix as { shardIndex: number[]; shardTotal: number[] };
  expect(shardTotal).toHaveLength(1);
  expect(shardIndex).toEqual(Array.from({ length: shardTotal[0] ?? 0 }, (_, i) => i + 1));
  expect(flows.strategy?.['fail-fast']).toBe(false); // one failing shard does not hide what the others found
  expect(runsOf(flows)).toContain('npm run flows -- --shard=${{ matrix.shardIndex }}/${{ matrix.shardTotal }}');
  const upload = stepUsing(flows, 'actions/upload-artifact');
  expect(upload?.with).toMatchObject({ name: 'blob-report-${{ matrix.shardIndex }}', path: 'reports/blob' }); // scripts/reporters/flow-reporters.ts
  expect(upload?.if).toBe('${{ !cancelled() }}');
});

test('the merge collects every shard\'s blob, builds reports/, publishes it and the JUnit, and fails with a failing procedure', () => {
  const merge = jobs.reports!;
  expect(merge.needs).toBe('flows');
  expect(merge.if).toBe('${{ !cancelled() }}'); // also when a shard failed: its report is what people need
  const download = stepUsing(merge, 'actions/download-artifact');
  expect(download?.with).toMatchObject({ pattern: 'blob-report-*', 'merge-multiple': true });
  expect(runsOf(merge)).toContain(`npm run reports:merge -- ${String(download?.with?.path)}`);
  const steps = merge.steps.map((s) => s.uses ?? s.run);
  const mergeAt = steps.indexOf(`npm run reports:merge -- ${String(download?.with?.path)}`);
  const publish = merge.steps.slice(mergeAt + 1);
  // After the merge (which exits 1 on a failing procedure), still published: both run unless the run was cancelled.
  expect(publish.find((s) => s.uses?.startsWith('actions/upload-artifact@'))).toMatchObject({ if: '${{ !cancelled() }}', with: { path: 'reports' } });
  expect(publish.find((s) => s.uses?.startsWith('mikepenz/action-junit-report@'))).toMatchObject({ if: '${{ !cancelled() }}', with: { report_paths: 'reports/junit.xml' } });
});
