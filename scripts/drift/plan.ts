import type { ProcedureId } from '../../flows/catalog.ts';

/**
 * What `npm run drift` (scripts/drift.ts) hands the Playwright run that replays the procedures: passed in the
 * CBP_DRIFT_PLAN environment variable. Secrets are not in it: the workers read the profile themselves.
 */
export interface DriftPlan {
  target: string;
  profileFile: string;
  commit: boolean;
  heal: boolean;
  threshold: number;
  procedures: ProcedureId[];
  /** Where each procedure's result and pictures go (under the reports folder). */
  outDir: string;
  reportsDir: string;
  actionTimeoutMs: number;
  procedureTimeoutMs: number;
  /** The terminal's code desk (codes: "prompt"). */
  desk?: string;
}

export const PLAN_VARIABLE = 'CBP_DRIFT_PLAN';

export function readPlan(): DriftPlan {
  const text = process.env[PLAN_VARIABLE];
  if (!text) throw new Error(`${PLAN_VARIABLE} is not set: this Playwright config is run by \`npm run drift\` (scripts/drift.ts).`);
  return JSON.parse(text) as DriftPlan;
}
