import { test, type Locator, type Page } from '@playwright/test';
import { procedure, type CataloguedProcedure, type DocumentedStep, type NamedRole, type ProcedureId } from './catalog.ts';
import { demoMode, pointAt, showCaption } from './demo-caption.ts';
import { explainFailure, lookUp } from './names.ts';
import { isStoppedBeforeCommit, replayOf, type ReplayHooks, type Scope } from './replay.ts';
import { StepPictures, pictureOfScreen, stepPicturesWanted } from './step-picture.ts';

/** The annotation type a flow step leaves on its test, read by the traceability matrix. */
export const STEP_ANNOTATION = 'procedure-step';
/** Left by a step whose picture outlines no element. */
export const UNMARKED_ANNOTATION = 'procedure-step-unmarked';

export interface StepContext {
  /**
   * Marks the element(s) this step acts on: a picture zoomed on them, outlined, is attached to the step (for the
   * reports and the trainers' guides; flows/step-picture.ts). Call it just before acting; a step that names two
   * actions on one screen passes both (or calls it again: marks on the same screen share one picture).
   */
  target(locator: Locator, ...more: Locator[]): Promise<void>;
  /**
   * The element this step names (listed for it in the catalog) that the flow is about to act on, by role and
   * accessible name (a `field` by its label), within `scope` (the page when left out). Waits up to the action
   * time-out; a name that is not there fails the step with what was looked for.
   */
  find(role: NamedRole, name: string, scope?: Scope): Promise<Locator>;
  /** Like `find`, for a name the step only checks is there (a window that appears, a list it reads). */
  see(role: NamedRole, name: string, scope?: Scope): Promise<Locator>;
}

/**
 * One replay of a documented procedure. Each documented step runs as a `test.step` titled with its number and
 * text from the catalog, so the report reads like the seed document.
 */
export class ProcedureRun {
  readonly procedure: CataloguedProcedure;
  private readonly done = new Set<number>();
  /** The documented step whose body threw, if any: the run stopped there (a refusal variant may expect that). */
  stoppedAt: number | undefined;

  private readonly replay: ReplayHooks | undefined;

  constructor(
    readonly page: Page,
    procedureId: ProcedureId,
  ) {
    this.procedure = procedure(procedureId);
    this.replay = replayOf(page);
    const testId = currentTestId();
    if (testId) runsByTest.set(testId, [...(runsByTest.get(testId) ?? []), this]);
  }

  /** The runs started in test `testId` (read once by the completeness check in fixtures/, then forgotten). */
  static takeRunsOf(testId: string): ProcedureRun[] {
    const runs = runsByTest.get(testId) ?? [];
    runsByTest.delete(testId);
    return runs;
  }

  documented(number: number): DocumentedStep {
    const step = this.procedure.steps.find((s) => s.number === number);
    if (!step) throw new Error(`${this.procedure.id} has no step ${number}; it has ${this.procedure.steps.length}.`);
    return step;
  }

  static title(step: DocumentedStep): string {
    return `${step.number}. ${step.text}`;
  }

  /** Runs documented step `number`; `body` does what the step says and checks what the step says appears. */
  async step<T>(number: number, body: (ctx: StepContext) => Promise<T>): Promise<T> {
    const documented = this.documented(number);
    const { page, procedure: proc, replay } = this;
    const key = `${proc.id}#${number}`;
    const quiet = replay?.quiet === true;
    let pictured = false;
    const pictures = new StepPictures(page, `${key} step ${number}`, stepPicturesWanted());
    const ctx: StepContext = {
      target: async (...locators) => {
        pictured = true;
        if (quiet) return;
        await pictures.mark(...locators);
        if (demoMode()) for (const locator of locators) await pointAt(locator);
      },
      find: (role, name, scope) => lookUp(page, proc, documented, role, name, scope, 'act'),
      see: (role, name, scope) => lookUp(page, proc, documented, role, name, scope, 'see'),
    };
    replay?.stepStarted?.(proc, documented);
    // A replay without --commit stops at the committing control: the step itself passed, the procedure ends there.
    let stop: unknown;
    const perform = async (): Promise<T | undefined> => {
      try {
        return await body(ctx);
      } catch (error) {
        if (isStoppedBeforeCommit(error)) {
          stop = error;
          return undefined;
        }
        throw explainFailure(error, documented, page);
      }
    };
    const result = await (quiet ? perform() : this.reportedStep(documented, perform, pictures, () => pictured)).catch((error: unknown) => {
      this.stoppedAt = number;
      replay?.stepEnded?.(proc, documented, 'failed', error instanceof Error ? error.message : String(error));
      throw error;
    });
    if (stop) {
      this.stoppedAt = number;
      replay?.stepEnded?.(proc, documented, 'stopped');
      throw stop;
    }
    this.done.add(number);
    replay?.stepEnded?.(proc, documented, 'passed');
    if (!quiet) test.info().annotations.push({ type: STEP_ANNOTATION, description: key });
    return result as T;
  }

  /** The step as a `test.step` titled with its number and text, with its picture for the reports and guides. */
  private async reportedStep<T>(documented: DocumentedStep, perform: () => Promise<T>, pictures: StepPictures, pictured: () => boolean): Promise<T> {
    const info = test.info();
    const key = `${this.procedure.id}#${documented.number}`;
    const location = callerLocation();
    return test.step(ProcedureRun.title(documented), async () => {
      if (demoMode()) await showCaption(this.page, this.procedure.title, ProcedureRun.title(documented));
      try {
        const value = await perform();
        // The last step's picture is taken before its final click: the guides also show the screen it leads to.
        if (documented.number === this.procedure.steps.at(-1)?.number && stepPicturesWanted()) await pictureOfScreen(this.page, `${this.procedure.id}#outcome`);
        // Nothing outlined in this picture (a step that only checks, or a role alternative that does not apply):
        // the guides prefer another replay's outlined picture of the same step when there is one.
        if (!pictured() && (await pictures.plain())) info.annotations.push({ type: UNMARKED_ANNOTATION, description: key });
        return value;
      } finally {
        await pictures.flush();
      }
    }, { box: true, ...(location ? { location } : {}) });
  }

  /** The documented steps this run has not taken (empty once the flow has followed the whole procedure). */
  missingSteps(): number[] {
    return this.procedure.steps.map((s) => s.number).filter((n) => !this.done.has(n));
  }
}

const runsByTest = new Map<string, ProcedureRun[]>();

function currentTestId(): string | undefined {
  try {
    return test.info().testId;
  } catch {
    return undefined; // outside a test, e.g. a script driving a flow
  }
}

/**
 * Where the flow called `run.step`, so the report and the traceability matrix point at the flow's line
 * (flows/idm/sign-in.ts:31) rather than at this helper.
 */
function callerLocation(): { file: string; line: number; column: number } | undefined {
  const frame = new Error().stack?.split('\n')[4] ?? '';
  const match = /\(?(?:file:\/\/)?(\/[^():]+):(\d+):(\d+)\)?\s*$/.exec(frame);
  if (!match?.[1]) return undefined;
  return { file: match[1], line: Number(match[2]), column: Number(match[3]) };
}
