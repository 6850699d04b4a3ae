// Runs `npm run flows` and `npm run reports:merge` as a user does, in a process of their own, each writing into the
// reports folder it is given: for the pipeline's own tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from '../../scripts/reports/paths.ts';

export interface Finished {
  code: number;
  output: string;
}

export interface Started {
  child: ChildProcess;
  /** What it printed so far (stdout and stderr). */
  output(): string;
  done: Promise<Finished>;
}

/** The environment of a run started from a test: without the test runner's own variables. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TEST_') && !(k.startsWith('PW_') && k !== 'PW_CHROMIUM_PATH')));
  return { ...env, FORCE_COLOR: '0', ...extra };
}

export function startScript(script: string, args: readonly string[], env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: cleanEnv(env) });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const done = new Promise<Finished>((resolve) => child.on('exit', (c) => resolve({ code: c ?? 1, output })));
  return { child, output: () => output, done };
}

/** `npm run flows -- ARGS` on the procedure tests `tests` (a glob), writing into `reports`. */
export function startFlows(reports: string, tests: string, args: readonly string[] = [], env: Record<string, string> = {}): Started {
  return startScript('scripts/run-flows.ts', ['--workers=1', ...args], { CBP_FLOWS_TESTS: tests, CBP_REPORTS_DIR: reports, ...env });
}

export function runFlows(reports: string, tests: string, args: readonly string[] = [], env: Record<string, string> = {}): Promise<Finished> {
  return startFlows(reports, tests, args, env).done;
}

/** `npm run reports:merge -- BLOBS` into `reports`, the suite being `tests` as in the shards' runs. */
export function runMerge(reports: string, tests: string, blobs: string): Promise<Finished> {
  return startScript('scripts/merge-reports.ts', [blobs], { CBP_FLOWS_TESTS: tests, CBP_REPORTS_DIR: reports }).done;
}
