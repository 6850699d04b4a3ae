import type { FullConfig, Reporter, Suite, TestCase, TestError, TestResult, TestStep } from '@playwright/test/reporter';
import { firstLine } from '../reports/text.ts';
import { readPlan } from './plan.ts';

const STEP_TITLE = /^\d+\. /;
const WIDTH = 110;

/**
 * What `npm run drift` prints while it replays, as `npm run flows` does: each procedure as it starts and ends, each
 * documented step as it begins, and what the replay says of the names (renamed, missing, where it stopped).
 */
export default class DriftProgressReporter implements Reporter {
  private total = 0;
  private done = 0;

  onBegin(_config: FullConfig, suite: Suite): void {
    const plan = readPlan();
    this.total = suite.allTests().length;
    const how = plan.commit ? 'committing (--commit)' : 'without committing: each stops before its committing step';
    this.print(`Replaying ${this.total} procedure${this.total === 1 ? '' : 's'} against ${plan.target}, ${how}${plan.heal ? ', healing renamed elements (--heal)' : ''}`);
  }

  onTestBegin(test: TestCase): void {
    this.print(`▶ ${test.title}`);
  }

  onStepBegin(_test: TestCase, _result: TestResult, step: TestStep): void {
    if (step.category === 'test.step' && STEP_TITLE.test(step.title)) this.print(`    ${clip(`step ${step.title}`)}`);
  }

  onStdOut(chunk: string | Buffer): void {
    process.stdout.write(chunk);
  }

  onStdErr(chunk: string | Buffer): void {
    process.stderr.write(chunk);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.done += 1;
    const mark = result.status === 'passed' ? '✓' : '✗';
    this.print(`${mark} [${this.done}/${this.total}] ${test.title.split(':')[0]} (${(result.duration / 1000).toFixed(1)} s)`);
  }

  onError(error: TestError): void {
    this.print(`✗ ${firstLine(error.message ?? String(error.value))}`);
  }

  printsToStdio(): boolean {
    return true;
  }

  private print(line: string): void {
    process.stdout.write(`${line}\n`);
  }
}

function clip(text: string): string {
  return text.length > WIDTH ? `${text.slice(0, WIDTH - 1)}…` : text;
}
