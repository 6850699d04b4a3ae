import type { NamedRole, ProcedureId } from '../../flows/catalog.ts';
import type { Fingerprint } from './fingerprint.ts';

/** What a replay says of one documented name (contract.md, reports/drift.json). */
export type NameStatus = 'found' | 'renamed' | 'missing' | 'not-reached';

export interface NameResult {
  role: NamedRole;
  name: string;
  status: NameStatus;
  /** The control commits; "not pressed" when a replay without --commit stopped at it. */
  commits?: boolean;
  pressed?: boolean;
  /** Why a name was not reached, in a reader's words. */
  note?: string;
  /** How the target showed it (found), for the report and as a baseline. */
  seen?: Fingerprint;
  /** The likely renamed element (renamed), or the closest one (missing). */
  candidate?: { role: NamedRole; name: string; score: number; reason: string };
  /** The replay went on with the candidate (--heal). */
  healed?: boolean;
  /** The target page when the name was not found, the candidate outlined (relative to the reports folder). */
  picture?: string;
  /** The baseline fingerprint recorded on this mock, when one was needed. */
  baseline?: Fingerprint;
}

export interface StepResult {
  number: number;
  text: string;
  /** passed | failed | stopped (before its committing control) | undefined: never reached. */
  outcome?: 'passed' | 'failed' | 'stopped';
  healed?: boolean;
  error?: string;
  expected: NameResult[];
}

/**
 * passed: the whole procedure, every name found · stopped: a replay without --commit reached the committing step,
 * every name on the way found · drifted: a name was renamed or missing · failed: the procedure could not finish for
 * another reason · skipped: not replayed (it needs --commit to start, or a code source failed earlier).
 */
export type ProcedureOutcome = 'passed' | 'stopped' | 'drifted' | 'failed' | 'skipped';

export interface ProcedureResult {
  id: ProcedureId;
  title: string;
  portal: string;
  seed: string;
  outcome: ProcedureOutcome;
  /** For a stopped replay: the step whose committing control was checked and not pressed. */
  stoppedBeforeStep?: number;
  healed: boolean;
  error?: string;
  note?: string;
  durationMs: number;
  /** The target could not be used from here on (a code source timed out): drift exits 2. */
  fatal?: string;
  steps: StepResult[];
}

export interface DriftReport {
  target: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  profile: string;
  commit: boolean;
  heal: boolean;
  summary: { found: number; renamed: number; missing: number; notReached: number; procedures: number; healed: number; failed: number; skipped: number };
  procedures: ProcedureResult[];
}
