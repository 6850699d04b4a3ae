import { mkdirSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { firstLine } from '../reports/text.ts';
import { fromRoot, reportsDir, shown } from '../reports/paths.ts';
import { procedureIdOf } from '../reports/procedure-of.ts';
import { documentedNumber, stepOwner } from '../reports/step-owner.ts';
import { portalClockOf, stepPictures } from '../reports/step-pictures.ts';
import { readRunDataIfAny, writeRunData, type RunData, type StepRecord, type TestRecord } from '../reports/run-data.ts';
import { notRunTests, readSuite } from '../reports/suite.ts';
import { writeReports } from '../reports/write-reports.ts';

type Attachment = TestResult['attachments'][number];

const PICTURE_NAME = /^(.+)#(\d+) step \d+$/;

/**
 * Collects what each @procedure test did (steps, pictures, annotations, result) into reports/data/, then writes
 * the guides, the traceability matrix and the index (scripts/reports/write-reports.ts). The same on a run and on
 * `npm run reports:merge`, which replays the shards' blob reports through it. Told the whole suite (suite.ts), a
 * filtered run lists what it left out, with the result of the last run that replayed it.
 */
export default class ProcedureReporter implements Reporter {
  private readonly dir = reportsDir();
  private readonly pictures = path.join(this.dir, 'data', 'pictures');
  private readonly tests: TestRecord[] = [];
  private previous: RunData | undefined;

  onBegin(): void {
    this.previous = readRunDataIfAny(path.join(this.dir, 'data', 'run.json'));
    rmSync(path.join(this.dir, 'data'), { recursive: true, force: true });
    mkdirSync(this.pictures, { recursive: true });
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    const file = fromRoot(test.location.file);
    const annotations = result.annotations; // this run's, including those the flow steps pushed
    const procedureId = procedureIdOf(test.title, file, annotations);
    if (!procedureId) return;
    const key = `${this.tests.length + 1}`;
    const attachments = allAttachments(result);
    const unmarked = new Set(
      annotations.filter((a) => a.type === 'procedure-step-unmarked' && a.description?.startsWith(`${procedureId}#`)).map((a) => Number(a.description?.split('#')[1])),
    );
    const steps: StepRecord[] = stepsOf(result.steps)
      .filter((step) => stepOwner(step.title, attachmentsOf(step).map((a) => a.name), procedureId) === procedureId)
      .map((step, ordinal) => {
        const number = documentedNumber(step.title) ?? 0;
        const picture = attachmentsOf(step).find((a) => pictureNumber(a, procedureId) === number) ?? attachments.find((a) => pictureNumber(a, procedureId) === number);
        const pictures = stepPictures(picture && attachmentsOf(step).includes(picture) ? attachmentsOf(step) : attachments, procedureId, number, (a, name) => this.save(a, name), `${key}-${ordinal + 1}`);
        return {
          number,
          title: step.title,
          status: step.error ? 'failed' : 'passed',
          durationMs: step.duration,
          ...(step.location ? { location: `${fromRoot(step.location.file)}:${step.location.line}` } : {}),
          ...(step.error ? { error: firstLine(step.error.message) } : {}),
          ...(picture ? { picture: pictures[0]?.file ?? this.save(picture, `${key}-step-${number}.png`), marked: !unmarked.has(number) } : {}),
          ...(pictures.length ? { pictures } : {}),
        };
      });
    const outcomeShot = attachments.find((a) => a.name === `${procedureId}#outcome` && a.contentType === 'image/png');
    const failureShot = result.status !== 'passed' ? attachments.find((a) => a.name === 'screenshot' && a.contentType === 'image/png') : undefined;
    const record: TestRecord = {
      procedureId,
      title: test.title,
      file,
      line: test.location.line,
      status: result.status,
      ok: test.outcome() === 'expected',
      durationMs: result.duration,
      ...(result.error ? { error: firstLine(result.error.message ?? result.error.value ?? '') } : {}),
      performed: annotations
        .filter((a) => a.type === 'procedure-step' && a.description?.startsWith(`${procedureId}#`))
        .map((a) => Number(a.description?.split('#')[1])),
      steps,
      ...(failureShot ? { failurePicture: this.save(failureShot, `${key}-failure.png`) } : {}),
      ...(outcomeShot ? { outcomePicture: this.save(outcomeShot, `${key}-outcome.png`) } : {}),
      ...portalClockOf(annotations),
    };
    this.tests.push(record);
  }

  async onEnd(result: FullResult): Promise<void> {
    // In source order, not the order the workers finished in: the guides take the first passing replay.
    const tests = [...this.tests].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    const notRun = notRunTests(readSuite(), tests, this.previous);
    const data: RunData = { startedAt: result.startTime.toISOString(), durationMs: result.duration, status: result.status, tests, ...(notRun.length ? { notRun } : {}) };
    writeRunData(path.join(this.dir, 'data', 'run.json'), data);
    const { matrix, guides } = await writeReports(data, this.dir);
    const { withFlow, procedures, performed, steps } = matrix.summary;
    const gaps = matrix.procedures.flatMap((p) => p.steps.filter((s) => s.state === 'gap').map((s) => `${p.id} step ${s.number}`));
    const left = matrix.procedures.filter((p) => !p.ranThisTime && p.hasFlow).map((p) => p.id);
    const out = [
      '',
      `Procedures with a flow: ${withFlow} of ${procedures}; documented steps performed: ${performed} of ${steps}.`,
      ...(left.length ? [`Not run this time (a filtered run or one shard; guides of earlier runs are kept): ${listed(left)}.`] : []),
      ...(gaps.length ? [`Gaps (documented steps that no flow performs): ${gaps.join(', ')}`] : []),
      `Guides: ${guides.length} in ${shown(path.join(this.dir, 'guides'))}/ (HTML and PDF). Everything: ${shown(path.join(this.dir, 'index.html'))}`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }

  /** Stores a picture under reports/data/pictures/ and returns its path relative to reports/. */
  private save(attachment: Attachment, name: string): string | undefined {
    const target = path.join(this.pictures, name);
    if (attachment.body) writeFileSync(target, attachment.body);
    else if (attachment.path && existsSync(attachment.path)) copyFileSync(attachment.path, target);
    else return undefined;
    return path.relative(this.dir, target).split(path.sep).join('/');
  }
}

/** "a, b, c" or, for a long list, "a, b, c, d, e and 14 more". */
function listed(ids: readonly string[]): string {
  return ids.length <= 6 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
}

/** The documented steps (titled "n. …") anywhere in the test's step tree, in the order they ran. */
function stepsOf(steps: readonly TestStep[]): TestStep[] {
  return steps.flatMap((s) => (s.category === 'test.step' && documentedNumber(s.title) !== undefined ? [s] : stepsOf(s.steps)));
}

/** A step's attachments, including those of its sub-steps (an attachment is made inside a `test.attach` step). */
function attachmentsOf(step: TestStep): Attachment[] {
  return [...step.attachments, ...step.steps.flatMap(attachmentsOf)];
}

function allAttachments(result: TestResult): Attachment[] {
  const seen = new Set<Attachment>(result.attachments);
  const visit = (steps: readonly TestStep[]) => {
    for (const s of steps) {
      for (const a of s.attachments) seen.add(a);
      visit(s.steps);
    }
  };
  visit(result.steps);
  return [...seen];
}

function pictureNumber(attachment: Attachment, procedureId: string): number | undefined {
  const match = PICTURE_NAME.exec(attachment.name);
  return match && match[1] === procedureId && attachment.contentType === 'image/png' ? Number(match[2]) : undefined;
}
