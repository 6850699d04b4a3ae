import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OWN_EXT, PLAYWRIGHT_CLI } from './node-script.ts';
import { ROOT, reportsDir } from './reports/paths.ts';
import { ReportsBusyError, lockReports } from './reports/reports-lock.ts';
import { readRunDataIfAny } from './reports/run-data.ts';
import { SUITE_ENV, listSuite, writeSuite } from './reports/suite.ts';
import type { Matrix } from './reports/traceability.ts';

export const FLOWS_CONFIG = fileURLToPath(new URL(`./flows.config${OWN_EXT}`, import.meta.url));
export const MERGE_CONFIG = fileURLToPath(new URL(`./merge.config${OWN_EXT}`, import.meta.url));

/** `npm run flows` and `npm run reports:merge` end with one of these. */
export const EXIT = { passed: 0, failed: 1, couldNotRun: 2 } as const;

/**
 * What `npm run flows` and `npm run reports:merge` share: takes the reports folder (a second run into it is refused),
 * tells the procedure reporter the whole suite (so a partial run can say what it left out), runs Playwright with
 * `playwrightArgs`, and exits 0 when every procedure test passed and no flow left a documented step out, 1 when one
 * failed or left one out, 2 when nothing could run.
 */
export async function runIntoReports(command: string, playwrightArgs: readonly string[]): Promise<never> {
  const reports = reportsDir();
  let lock: { release(): void };
  try {
    lock = lockReports(reports, command);
  } catch (error) {
    if (!(error instanceof ReportsBusyError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(EXIT.couldNotRun);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'cbp-flows-'));
  const suiteFile = path.join(work, 'suite.json');
  const suite = await listSuite(FLOWS_CONFIG);
  if (suite) writeSuite(suiteFile, suite);
  const matrixFile = path.join(reports, 'traceability.json');
  rmSync(matrixFile, { force: true }); // a stale one must not pass for this run's

  const child = spawn(process.execPath, [PLAYWRIGHT_CLI, ...playwrightArgs], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CBP_REPORTS_DIR: reports, FORCE_COLOR: process.env.FORCE_COLOR ?? '0', ...(suite ? { [SUITE_ENV]: suiteFile } : {}) },
  });
  // Ctrl-C reaches Playwright too: it stops and writes its reports; wait for that. A SIGTERM is passed on.
  const ignore = () => undefined;
  const forward = () => child.kill('SIGTERM');
  process.on('SIGINT', ignore);
  process.on('SIGTERM', forward);
  const code: number = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  process.off('SIGINT', ignore);
  process.off('SIGTERM', forward);
  rmSync(work, { recursive: true, force: true });
  lock.release();
  process.exit(outcome(code, reports));
}

/** The reporters have printed the summary and the closing `N passed, N failed`; a gap fails the run too. */
function outcome(playwrightCode: number, reports: string): number {
  const matrixFile = path.join(reports, 'traceability.json');
  if (!existsSync(matrixFile)) {
    process.stdout.write('No reports were written (see the errors above).\n');
    return playwrightCode || EXIT.failed;
  }
  if (playwrightCode !== 0) return playwrightCode;
  const matrix = JSON.parse(readFileSync(matrixFile, 'utf8')) as Matrix;
  const run = readRunDataIfAny(path.join(reports, 'data', 'run.json'));
  // merge-reports itself ends with 0 whatever the tests did: their results decide.
  return matrix.summary.gaps > 0 || !run || run.tests.some((t) => !t.ok) ? EXIT.failed : EXIT.passed;
}
