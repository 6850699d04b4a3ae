import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { CataloguedProcedure, DocumentedStep, ExpectedName } from '../../flows/catalog.ts';
import { describeName } from '../../flows/names.ts';
import type { Lookup, ReplayHooks } from '../../flows/replay.ts';
import { candidatesOf, fingerprintOf, locatorOfCandidate, type Candidate, type Fingerprint } from './fingerprint.ts';
import type { NameResult, StepResult } from './results.ts';
import { bestCandidate, RENAMED_FROM } from './similarity.ts';

export interface RecorderOptions {
  commit: boolean;
  heal: boolean;
  /** The score a candidate needs for --heal to go on with it. */
  threshold: number;
  /** Where pictures go, and their path relative to the reports folder. */
  pictures: { dir: string; relative: string };
  /** The baseline fingerprint of a documented name, recorded on this mock (undefined when there is none). */
  baselineOf: (step: number, expected: ExpectedName) => Promise<Fingerprint | undefined>;
  /** Prints a line of progress. */
  log: (line: string) => void;
}

type Looked = NameResult & { order: number };

const key = (step: number, e: Pick<ExpectedName, 'role' | 'name'>) => `${step}|${e.role}|${e.name}`;
const RANK: Record<NameResult['status'], number> = { 'not-reached': 0, found: 1, renamed: 2, missing: 3 };
const OUTLINE = 'data-cbp-drift-candidate';

/**
 * The drift replay's hooks on one page (flows/replay.ts): records what became of every documented name the flow
 * looked up, looks for a renamed element when one is missing, pictures the page, and with --heal lends the flow the
 * renamed element so the replay goes on.
 */
export class DriftRecorder implements ReplayHooks {
  readonly commit: boolean;
  private readonly looked = new Map<string, Looked>();
  private readonly outcomes = new Map<number, Pick<StepResult, 'outcome' | 'error' | 'healed'>>();
  private readonly renames = new Map<string, string>();
  private pictureCount = 0;

  constructor(private readonly page: Page, private readonly procedure: CataloguedProcedure, private readonly options: RecorderOptions) {
    this.commit = options.commit;
  }

  renamedTo(expected: ExpectedName): string | undefined {
    return this.renames.get(`${expected.role}|${expected.name}`);
  }

  async found(lookup: Lookup, locator: Locator): Promise<void> {
    const { step, expected } = lookup;
    const healedName = this.renamedTo(expected);
    const seen = await fingerprintOf(locator, expected.role, healedName ?? expected.name);
    if (healedName) return; // already reported as renamed where it was first missed
    const stopsHere = expected.commits && !this.commit;
    const picture = stopsHere ? await this.picture(locator, `${step.number}-commit`) : undefined;
    this.note(step, expected, {
      status: 'found',
      ...(seen ? { seen } : {}),
      ...(expected.commits ? { commits: true, pressed: this.commit } : {}),
      ...(stopsHere ? { note: 'found, not pressed: it commits, and the replay runs without --commit' } : {}),
      ...(picture ? { picture } : {}),
    });
  }

  async notFound(lookup: Lookup): Promise<Locator | undefined> {
    const { step, expected, scope } = lookup;
    const candidates = await candidatesOf(this.page, expected.role, scope);
    const baseline = await this.options.baselineOf(step.number, expected);
    const others = this.procedure.steps.flatMap((s) => s.names);
    const best = bestCandidate(expected, baseline, candidates, others);
    const renamed = best !== undefined && best.score >= RENAMED_FROM;
    const candidate = best ? { role: best.candidate.role, name: best.candidate.name, score: best.score, reason: best.reason } : undefined;
    const outlined = best ? locatorOfCandidate(this.page, best.candidate) : undefined;
    const picture = await this.picture(renamed ? outlined : undefined, `${step.number}-${renamed ? 'renamed' : 'missing'}`);
    const heal = renamed && this.options.heal && best.score >= this.options.threshold;
    this.note(step, expected, {
      status: renamed ? 'renamed' : 'missing',
      ...(candidate ? { candidate } : {}),
      ...(baseline ? { baseline } : {}),
      ...(picture ? { picture } : {}),
      ...(heal ? { healed: true } : {}),
      ...(expected.commits ? { commits: true } : {}),
    });
    this.options.log(`      ${renamed ? '≈' : '✗'} step ${step.number}: ${describeName(expected)} ${renamed ? `renamed → "${best.candidate.name}" (score ${best.score}, ${best.reason})` : `missing${candidate ? ` (closest: "${candidate.name}", score ${candidate.score})` : ''}`}${heal ? '; healed: the replay goes on with it' : ''}`);
    if (!heal || !outlined) return undefined;
    this.renames.set(`${expected.role}|${expected.name}`, best.candidate.name);
    this.outcomes.set(step.number, { ...this.outcomes.get(step.number), healed: true });
    return outlined;
  }

  stepEnded(_procedure: unknown, step: DocumentedStep, outcome: 'passed' | 'failed' | 'stopped', error?: string): void {
    const before = this.outcomes.get(step.number);
    this.outcomes.set(step.number, { ...before, outcome, ...(error ? { error: error.split('\n')[0] ?? error } : {}) });
  }

  /** Every documented step with every name it names, those the replay never looked up marked not reached. */
  steps(notReachedNote: (step: DocumentedStep) => string): StepResult[] {
    return this.procedure.steps.map((step) => {
      const outcome = this.outcomes.get(step.number);
      const expected = step.names.map((name): NameResult => {
        const looked = this.looked.get(key(step.number, name));
        if (looked) {
          const { order: _order, ...result } = looked;
          return result;
        }
        return { role: name.role, name: name.name, status: 'not-reached', ...(name.commits ? { commits: true } : {}), note: notReachedNote(step) };
      });
      return { number: step.number, text: step.text, ...(outcome ?? {}), expected };
    });
  }

  /** The step's outcome as recorded (undefined: never reached). */
  outcomeOf(number: number): StepResult['outcome'] {
    return this.outcomes.get(number)?.outcome;
  }

  private note(step: DocumentedStep, expected: ExpectedName, result: Omit<NameResult, 'role' | 'name'>): void {
    const k = key(step.number, expected);
    const before = this.looked.get(k);
    if (before && RANK[before.status] >= RANK[result.status]) return;
    this.looked.set(k, { role: expected.role, name: expected.name, ...result, order: before?.order ?? this.looked.size });
  }

  /** A picture of the target page, `outlined` marked; returns its path relative to the reports folder. */
  private async picture(outlined: Locator | undefined, label: string): Promise<string | undefined> {
    if (this.page.isClosed()) return undefined;
    const marked = outlined ? await outlined.evaluate((el, attr) => { el.setAttribute(attr, ''); el.scrollIntoView({ block: 'center' }); }, OUTLINE).then(() => true, () => false) : false;
    const body = await this.page
      .screenshot({ style: `[${OUTLINE}] { outline: 4px solid #e31c3d !important; outline-offset: 3px !important; box-shadow: 0 0 0 8px rgba(227,28,61,.25) !important; }` })
      .catch(() => undefined);
    if (marked) await outlined?.evaluate((el, attr) => el.removeAttribute(attr), OUTLINE).catch(() => undefined);
    if (!body) return undefined;
    this.pictureCount += 1;
    const file = `${this.procedure.id}-${label}-${this.pictureCount}.png`;
    mkdirSync(this.options.pictures.dir, { recursive: true });
    writeFileSync(path.join(this.options.pictures.dir, file), body);
    return `${this.options.pictures.relative}/${file}`;
  }
}

export type { Candidate };
