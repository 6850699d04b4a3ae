import { readFileSync, writeFileSync } from 'node:fs';
import type { ProcedureId } from '../../flows/catalog.ts';
import type { PictureRecord } from './step-pictures.ts';

/**
 * What one `npm run flows` saw, written by scripts/reporters/procedure-reporter.ts to reports/data/run.json and
 * read by the guide, matrix and index generators. Picture paths are relative to the reports directory.
 */
/** The annotation with the portal's time on the mock clock when a test ended (fixtures/test.ts). */
export const PORTAL_CLOCK_ANNOTATION = 'portal-clock';

export type TestStatus = 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';

export interface StepRecord {
  /** The documented step's number. */
  number: number;
  /** "5. Click the Manage My Roles button …", as the report shows it. */
  title: string;
  status: 'passed' | 'failed';
  durationMs: number;
  /** The flow line that ran it, e.g. "flows/idm/sign-in.ts:31". */
  location?: string;
  error?: string;
  picture?: string;
  /** Every picture of the step in order, zoomed on what it acts on (flows/step-picture.ts). */
  pictures?: PictureRecord[];
  /** The picture outlines the element acted on (false: a step that only checks, or does not apply to this role). */
  marked?: boolean;
}

export interface TestRecord {
  procedureId: ProcedureId;
  /** The test's own title, e.g. "idm.add-ptan: an AO adds a second PTAN". */
  title: string;
  file: string;
  line: number;
  status: TestStatus;
  /** The outcome was the expected one. */
  ok: boolean;
  durationMs: number;
  error?: string;
  /** The documented steps the flow took (the `procedure-step` annotations). */
  performed: number[];
  steps: StepRecord[];
  /** Playwright's screenshot at the failure, when the test failed. */
  failurePicture?: string;
  /** The screen after the last documented step: the documented outcome. */
  outcomePicture?: string;
  /** The portal's time on the mock clock when the test ended (ISO-8601). */
  portalClock?: string;
}

/** A procedure test of the suite that this run did not replay (a --grep, one project, one shard). */
export interface NotRunTest {
  procedureId: string;
  title: string;
  file: string;
  line: number;
  /** Its result in the last run into the same reports folder that did replay it. */
  lastRun?: { startedAt: string; status: TestStatus; ok: boolean };
}

export interface RunData {
  startedAt: string;
  durationMs: number;
  status: string;
  tests: TestRecord[];
  /** The suite's procedure tests this run left out; empty or absent when it replayed them all. */
  notRun?: NotRunTest[];
}

export function readRunData(file: string): RunData {
  return JSON.parse(readFileSync(file, 'utf8')) as RunData;
}

/** The run data in `file`, or undefined when there is none (a first run) or it cannot be read. */
export function readRunDataIfAny(file: string): RunData | undefined {
  try {
    return readRunData(file);
  } catch {
    return undefined;
  }
}

export function writeRunData(file: string, data: RunData): void {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
