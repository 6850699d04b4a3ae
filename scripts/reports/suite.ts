import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { PLAYWRIGHT_CLI } from '../node-script.ts';
import { ROOT } from './paths.ts';
import { procedureIdOf } from './procedure-of.ts';
import type { NotRunTest, RunData, TestRecord } from './run-data.ts';

/**
 * One procedure test of the whole suite, as `--list` names it. A filtered run (--grep, one project, one shard) is
 * told the whole suite, so it can say which procedures were "not run this time" rather than "no flow yet".
 */
export interface SuiteTest {
  procedureId: string;
  title: string;
  /** Relative to the root, as the run data names it (tests/procedures/idm.add-ptan.spec.ts). */
  file: string;
  line: number;
}

/** The variable that hands the suite's file to the procedure reporter. */
export const SUITE_ENV = 'CBP_FLOWS_SUITE';

/** The same test in two runs: its file and title (its line may have moved). */
export const testKey = (t: { file: string; title: string }): string => `${t.file}\n${t.title}`;

/**
 * Every @procedure test `config` holds, listed by Playwright without running anything (a few seconds), or
 * undefined when it cannot be listed (the run itself then shows why).
 */
export async function listSuite(config: string): Promise<SuiteTest[] | undefined> {
  const child = spawn(process.execPath, [PLAYWRIGHT_CLI, 'test', '--config', config, '--list', '--reporter=json', '--pass-with-no-tests'], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) return undefined;
  interface Spec { title: string; file: string; line: number }
  interface Listed { specs?: Spec[]; suites?: Listed[] }
  const specs = (s: Listed): Spec[] => [...(s.specs ?? []), ...(s.suites ?? []).flatMap(specs)];
  try {
    return specs(JSON.parse(out) as Listed).flatMap((s) => {
      const procedureId = procedureIdOf(s.title, s.file, []);
      return procedureId ? [{ procedureId, title: s.title, file: s.file, line: s.line }] : [];
    });
  } catch {
    return undefined;
  }
}

export function writeSuite(file: string, tests: readonly SuiteTest[]): void {
  writeFileSync(file, `${JSON.stringify(tests)}\n`);
}

/** The suite the command that started this run listed, if it did. */
export function readSuite(): SuiteTest[] | undefined {
  const file = process.env[SUITE_ENV];
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SuiteTest[];
  } catch {
    return undefined;
  }
}

/**
 * The suite's tests that this run did not replay, each with its result in the last run (into the same reports
 * folder) that did. Without a listed suite nothing is known to be left out.
 */
export function notRunTests(suite: readonly SuiteTest[] | undefined, ran: readonly TestRecord[], previous: RunData | undefined): NotRunTest[] {
  if (!suite) return [];
  const ranKeys = new Set(ran.map(testKey));
  const before = new Map<string, NonNullable<NotRunTest['lastRun']>>();
  for (const t of previous?.notRun ?? []) if (t.lastRun) before.set(testKey(t), t.lastRun);
  for (const t of previous?.tests ?? []) before.set(testKey(t), { startedAt: previous?.startedAt ?? '', status: t.status, ok: t.ok });
  return suite
    .filter((t) => !ranKeys.has(testKey(t)))
    .map((t) => {
      const lastRun = before.get(testKey(t));
      return { procedureId: t.procedureId, title: t.title, file: t.file, line: t.line, ...(lastRun ? { lastRun } : {}) };
    });
}
