import { PROCEDURES, type CataloguedProcedure, type PortalName, type ProcedureId } from '../../flows/catalog.ts';
import { alternativeGroups } from '../../fixtures/step-coverage.ts';
import type { NotRunTest, RunData, TestRecord, TestStatus } from './run-data.ts';

/**
 * The traceability matrix: every documented step of every catalogued procedure → the flow step that performed
 * it → the tests that ran it, with their result.
 *
 * A step's state: `performed` (a test took it), `failed` (a test reached it and it failed), `not-reached` (no
 * test got that far because one failed earlier), `alternative` (a role alternative — "For an AO" / "For a
 * BAO/EU" — whose other branch was taken), `gap` (the flow never takes it), `no-flow` (the procedure has none),
 * `not-run` (it has a flow, but this run — a --grep, one project, one shard — did not replay it).
 */
export type StepState = 'performed' | 'failed' | 'not-reached' | 'alternative' | 'gap' | 'no-flow' | 'not-run';

export interface TestRef {
  title: string;
  file: string;
  line: number;
  status: TestStatus;
  ok: boolean;
}

export interface MatrixStep {
  number: number;
  text: string;
  state: StepState;
  /** Flow lines that ran it, e.g. "flows/idm/sign-in.ts:31". */
  flowSteps: string[];
  /** Tests that took the step, with their result (and, for a failed step, why it failed). */
  tests: (TestRef & { stepStatus: 'passed' | 'failed'; error?: string })[];
}

export interface MatrixProcedure {
  id: ProcedureId;
  title: string;
  seed: string;
  portal: PortalName;
  hasFlow: boolean;
  /** This run replayed at least one of its tests. */
  ranThisTime: boolean;
  /** Every documented step is performed (or a taken alternative). */
  complete: boolean;
  tests: TestRef[];
  /** Its tests this run left out, with their result in the last run that replayed them. */
  notRun: NotRunTest[];
  steps: MatrixStep[];
}

export interface Matrix {
  generatedAt: string;
  /** `notRun`: procedures with a flow that this run did not replay. */
  summary: { procedures: number; withFlow: number; complete: number; steps: number; performed: number; gaps: number; notRun: number };
  procedures: MatrixProcedure[];
}

export function buildMatrix(run: RunData, procedures: readonly CataloguedProcedure[] = PROCEDURES): Matrix {
  const rows = procedures.map((p) => procedureRow(p, run.tests.filter((t) => t.procedureId === p.id), (run.notRun ?? []).filter((t) => t.procedureId === p.id)));
  const steps = rows.flatMap((r) => r.steps);
  return {
    generatedAt: new Date().toISOString(),
    summary: {
      procedures: rows.length,
      withFlow: rows.filter((r) => r.hasFlow).length,
      complete: rows.filter((r) => r.complete).length,
      steps: steps.length,
      performed: steps.filter((s) => s.state === 'performed').length,
      gaps: steps.filter((s) => s.state === 'gap').length,
      notRun: rows.filter((r) => r.hasFlow && !r.ranThisTime).length,
    },
    procedures: rows,
  };
}

function ref(t: TestRecord): TestRef {
  return { title: t.title, file: t.file, line: t.line, status: t.status, ok: t.ok };
}

function procedureRow(procedure: CataloguedProcedure, tests: TestRecord[], notRun: NotRunTest[]): MatrixProcedure {
  const ranThisTime = tests.length > 0;
  const hasFlow = ranThisTime || notRun.length > 0;
  const groups = alternativeGroups(procedure);
  const performedBy = (n: number) => tests.filter((t) => t.performed.includes(n));
  const steps: MatrixStep[] = procedure.steps.map((step) => {
    const ran = tests.flatMap((t) => t.steps.filter((s) => s.number === step.number).map((s) => ({ test: t, step: s })));
    const flowSteps = [...new Set(ran.flatMap((r) => (r.step.location ? [r.step.location] : [])))];
    const base = { number: step.number, text: step.text, flowSteps, tests: ran.map((r) => ({ ...ref(r.test), stepStatus: r.step.status, ...(r.step.error ? { error: r.step.error } : {}) })) };
    if (!hasFlow) return { ...base, state: 'no-flow' };
    if (!ranThisTime) return { ...base, state: 'not-run' };
    if (performedBy(step.number).length > 0) return { ...base, state: 'performed' };
    if (ran.some((r) => r.step.status === 'failed')) return { ...base, state: 'failed' };
    const group = groups.find((g) => g.includes(step.number));
    if (group?.some((n) => performedBy(n).length > 0)) return { ...base, state: 'alternative' };
    // Only a run that went to its end without a failed step shows that the flow leaves this step out.
    const wholeRun = tests.some((t) => t.status === 'passed' && !t.steps.some((s) => s.status === 'failed'));
    return { ...base, state: wholeRun ? 'gap' : 'not-reached' };
  });
  return {
    id: procedure.id,
    title: procedure.title,
    seed: procedure.seed,
    portal: procedure.portal,
    hasFlow,
    ranThisTime,
    complete: ranThisTime && steps.every((s) => s.state === 'performed' || s.state === 'alternative'),
    tests: tests.map(ref),
    notRun,
    steps,
  };
}
