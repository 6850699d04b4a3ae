import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, type APIRequestContext } from '@playwright/test';
import { procedure as catalogued, type CataloguedProcedure, type DocumentedStep } from '../../flows/catalog.ts';
import { isStoppedBeforeCommit } from '../../flows/replay.ts';
import { PortalControl } from '../../fixtures/control.ts';
import { Baseline } from './baseline.ts';
import { isCodeSourceTimeout } from './codes.ts';
import { readPlan } from './plan.ts';
import { loadProfile } from './profile.ts';
import { DriftRecorder } from './recorder.ts';
import { prepareWorld, replayProcedure, type ReplayContext } from './replay-procedure.ts';
import type { ProcedureOutcome, ProcedureResult, StepResult } from './results.ts';

/**
 * `npm run drift`'s replay: one test per procedure of the plan, each driving the very flow the procedure tests run,
 * with a DriftRecorder on its page. Each writes its result to <outDir>/results/<id>.json, which scripts/drift.ts
 * turns into reports/drift.json and drift.html. A procedure that drifted or could not finish fails its test, so
 * Playwright keeps its trace.
 */
const plan = readPlan();
const resolved = loadProfile(plan.profileFile);
const FATAL = path.join(plan.outDir, 'fatal.txt');

const test = base.extend<{ control: PortalControl | undefined }, { baseline: Baseline }>({
  baseline: [
    async ({ browser, playwright }, use) => {
      const requests: APIRequestContext[] = [];
      const baseline = new Baseline(browser, async () => {
        const request = await playwright.request.newContext();
        requests.push(request);
        return request;
      });
      await use(baseline);
      await baseline.close();
      for (const r of requests) await r.dispose();
    },
    { scope: 'worker' },
  ],
  control: async ({ playwright }, use) => {
    if (!resolved.profile.mock) return use(undefined);
    const tokenEnv = resolved.profile.mock.adminTokenEnv;
    const token = tokenEnv ? process.env[tokenEnv] : undefined;
    const request = await playwright.request.newContext(token ? { extraHTTPHeaders: { authorization: `Bearer ${token}` } } : {});
    await use(new PortalControl(request, plan.target));
    await request.dispose();
  },
});

for (const id of plan.procedures) {
  const procedure = catalogued(id);
  test(`${id}: ${procedure.title}`, async ({ page, browser, control, baseline }) => {
    const started = Date.now();
    const entry = resolved.profile.procedures[id];
    const skipped = existsSync(FATAL)
      ? 'not replayed: the code source failed in an earlier procedure'
      : !plan.commit && entry?.startsAfter?.length
        ? `not replayed: it starts after ${entry.startsAfter.join(', ')}, which must be committed first (replay with --commit)`
        : undefined;
    if (skipped) {
      log(`  – ${skipped}`);
      return writeResult(resultOf(procedure, 'skipped', notReached(procedure, skipped), started, { note: skipped }));
    }

    const pictures = { dir: path.join(plan.outDir, 'pictures'), relative: path.relative(plan.reportsDir, path.join(plan.outDir, 'pictures')).split(path.sep).join('/') };
    const recorder = new DriftRecorder(page, procedure, {
      commit: plan.commit,
      heal: plan.heal,
      threshold: plan.threshold,
      pictures,
      baselineOf: (step, expected) => baseline.fingerprint(id, step, expected),
      log,
    });
    const extra: { close: () => Promise<void> }[] = [];
    const context: ReplayContext = {
      resolved,
      commit: plan.commit,
      ...(control ? { control } : {}),
      ...(plan.desk ? { desk: plan.desk } : {}),
      newPage: async () => {
        const browserContext = await browser.newContext({ baseURL: plan.target });
        const handle = { page: await browserContext.newPage(), close: () => browserContext.close() };
        extra.push(handle);
        return handle;
      },
    };
    let outcome: ProcedureOutcome = 'passed';
    let stoppedBeforeStep: number | undefined;
    let error: string | undefined;
    let fatal: string | undefined;
    let restore: (() => Promise<void>) | undefined;
    try {
      restore = await prepareWorld(context, id);
      await replayProcedure(context, id, page, recorder);
    } catch (thrown) {
      if (isStoppedBeforeCommit(thrown)) {
        outcome = 'stopped';
        stoppedBeforeStep = thrown.step;
      } else if (isCodeSourceTimeout(thrown)) {
        outcome = 'failed';
        fatal = (thrown as { reason: string }).reason;
        writeFileSync(FATAL, fatal);
      } else {
        outcome = 'failed';
        error = (thrown instanceof Error ? thrown.message : String(thrown)).split('\n')[0];
      }
    } finally {
      await restore?.().catch(() => undefined);
      for (const e of extra) await e.close().catch(() => undefined);
    }
    const steps = recorder.steps((step) => whyNotReached(procedure, step, recorder, stoppedBeforeStep));
    const names = steps.flatMap((s) => s.expected);
    if (names.some((n) => n.status === 'renamed' || n.status === 'missing')) outcome = 'drifted';
    const result = resultOf(procedure, outcome, steps, started, {
      ...(stoppedBeforeStep !== undefined ? { stoppedBeforeStep } : {}),
      ...(error ? { error } : {}),
      ...(fatal ? { fatal } : {}),
    });
    writeResult(result);
    const count = (status: string) => names.filter((n) => n.status === status).length;
    const line = `${count('found')} found, ${count('renamed')} renamed, ${count('missing')} missing, ${count('not-reached')} not reached`;
    if (outcome === 'stopped') {
      const commitName = procedure.steps.find((s) => s.number === stoppedBeforeStep)?.names.find((n) => n.commits);
      log(`  → stopped before step ${stoppedBeforeStep}'s ${commitName?.role ?? 'control'} "${commitName?.name ?? ''}" (found, not pressed: no --commit); ${line}`);
    } else log(`  → ${outcome}${result.healed ? ' (healed)' : ''}: ${line}${error ? `\n    ${error}` : ''}${fatal ? `\n    ${fatal}` : ''}`);
    if (outcome === 'drifted' || outcome === 'failed') throw new Error(`${id} ${outcome}: ${line}${error ? `. ${error}` : ''}${fatal ? `. ${fatal}` : ''}`);
  });
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

function resultOf(procedure: CataloguedProcedure, outcome: ProcedureOutcome, steps: StepResult[], started: number, extra: Partial<ProcedureResult>): ProcedureResult {
  return {
    id: procedure.id,
    title: procedure.title,
    portal: procedure.portal,
    seed: procedure.seed,
    outcome,
    healed: steps.some((s) => s.healed),
    durationMs: Date.now() - started,
    steps,
    ...extra,
  };
}

function writeResult(result: ProcedureResult): void {
  const dir = path.join(plan.outDir, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${result.id}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

/** Every step and name of a procedure that was not replayed at all. */
function notReached(procedure: CataloguedProcedure, note: string): StepResult[] {
  return procedure.steps.map((step) => ({
    number: step.number,
    text: step.text,
    expected: step.names.map((n) => ({ role: n.role, name: n.name, status: 'not-reached' as const, ...(n.commits ? { commits: true } : {}), note })),
  }));
}

/** Why the replay never looked up the names of `step` (or some of them), in a reader's words. */
function whyNotReached(procedure: CataloguedProcedure, step: DocumentedStep, recorder: DriftRecorder, stoppedBeforeStep: number | undefined): string {
  const outcome = recorder.outcomeOf(step.number);
  if (stoppedBeforeStep !== undefined && step.number === stoppedBeforeStep) return 'after the committing control, which a replay without --commit does not press';
  if (stoppedBeforeStep !== undefined && step.number > stoppedBeforeStep) return 'after the committing step: replay with --commit to check it';
  if (step.alternative && !outcome) {
    const taken = procedure.steps.find((s) => s.alternative?.group === step.alternative?.group && s.number !== step.number && recorder.outcomeOf(s.number));
    if (taken) return `the alternative for ${step.alternative.forRoles.join('/')}: this replay's account took step ${taken.number}`;
  }
  if (outcome === 'passed') return 'not asked of this account in this replay';
  if (outcome === 'failed') return 'after the failure in this step';
  const failedAt = procedure.steps.find((s) => recorder.outcomeOf(s.number) === 'failed');
  return failedAt ? `the replay stopped at step ${failedAt.number}` : 'the replay did not get this far';
}

