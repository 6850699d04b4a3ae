import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { procedure as catalogued, type ProcedureId } from '../../flows/catalog.ts';
import type { DriftReport, ProcedureResult } from './results.ts';

export interface ReportRun {
  target: string;
  profile: string;
  commit: boolean;
  heal: boolean;
  startedAt: Date;
  procedures: ProcedureId[];
  /** <outDir>/results/<id>.json, written by the replay. */
  resultsDir: string;
}

/** reports/drift.json: every planned procedure's result, in the catalog's order, and the counts of the names. */
export function buildReport(run: ReportRun): DriftReport {
  const procedures = run.procedures.map((id) => readResult(run.resultsDir, id));
  const names = procedures.flatMap((p) => p.steps.flatMap((s) => s.expected));
  const count = (status: string) => names.filter((n) => n.status === status).length;
  const finished = new Date();
  return {
    target: run.target,
    startedAt: run.startedAt.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - run.startedAt.getTime(),
    profile: run.profile,
    commit: run.commit,
    heal: run.heal,
    summary: {
      found: count('found'),
      renamed: count('renamed'),
      missing: count('missing'),
      notReached: count('not-reached'),
      procedures: procedures.length,
      healed: procedures.filter((p) => p.healed).length,
      failed: procedures.filter((p) => p.outcome === 'failed').length,
      skipped: procedures.filter((p) => p.outcome === 'skipped').length,
    },
    procedures,
  };
}

/** A procedure's result, or, when the replay left none (it was cut short), a failure saying so. */
function readResult(dir: string, id: ProcedureId): ProcedureResult {
  const file = path.join(dir, `${id}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ProcedureResult;
  const p = catalogued(id);
  const note = 'no result: the replay of this procedure was cut short (see the errors above)';
  return {
    id, title: p.title, portal: p.portal, seed: p.seed, outcome: 'failed', healed: false, durationMs: 0, error: note,
    steps: p.steps.map((s) => ({ number: s.number, text: s.text, expected: s.names.map((n) => ({ role: n.role, name: n.name, status: 'not-reached' as const, note })) })),
  };
}

/** The exit status contract.md promises: 0 every name found (and nothing failed), 1 otherwise; 2 is decided before. */
export function exitStatusOf(report: DriftReport): 0 | 1 | 2 {
  if (report.procedures.some((p) => p.fatal)) return 2;
  const { renamed, missing, failed, healed } = report.summary;
  return renamed + missing + failed + healed > 0 ? 1 : 0;
}

/** The closing line: how many documented names were found, renamed and missing. */
export function closingLine(report: DriftReport, html: string): string {
  const s = report.summary;
  const skipped = s.skipped ? `, ${s.skipped} procedure${s.skipped === 1 ? '' : 's'} not replayed` : '';
  const failed = s.failed ? `, ${s.failed} could not finish` : '';
  const healed = s.healed ? `, ${s.healed} healed (a healed run never passes)` : '';
  return `Documented names: ${s.found} found, ${s.renamed} renamed, ${s.missing} missing, ${s.notReached} not reached (${s.procedures} procedures${failed}${skipped}${healed}). Report: ${html}`;
}
