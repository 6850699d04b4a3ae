import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DriftReport, NameResult, ProcedureResult } from '../../scripts/drift/results.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface DriftRun {
  code: number;
  stdout: string;
  stderr: string;
  /** reports/drift.json, when the run wrote one. */
  report?: DriftReport;
  reportsDir: string;
}

/** Runs `npm run drift -- ARGS` as a user would (scripts/drift.ts in its own process), its reports in `reportsDir`. */
export async function runDrift(args: string[], reportsDir: string, env: NodeJS.ProcessEnv = {}): Promise<DriftRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'drift.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, CBP_REPORTS_DIR: reportsDir, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(); // nobody at the terminal
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  const file = path.join(reportsDir, 'drift.json');
  const report = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DriftReport) : undefined;
  return { code, stdout, stderr, reportsDir, ...(report ? { report } : {}) };
}

export function procedureOf(run: DriftRun, id: string): ProcedureResult {
  const found = run.report?.procedures.find((p) => p.id === id);
  if (!found) throw new Error(`drift.json has no procedure ${id}:\n${run.stdout}\n${run.stderr}`);
  return found;
}

/** What the report says of one documented name at one step. */
export function nameAt(run: DriftRun, id: string, step: number, role: string, name: string): NameResult {
  const result = procedureOf(run, id).steps.find((s) => s.number === step)?.expected.find((n) => n.role === role && n.name === name);
  if (!result) throw new Error(`drift.json lists no ${role} "${name}" at ${id} step ${step}`);
  return result;
}
