import { stepOwner } from '../reports/step-owner.ts';
import { firstLine } from '../reports/text.ts';
import type { FullConfig, Reporter, Suite, TestCase, TestError, TestResult, TestStep } from '@playwright/test/reporter';

const STEP_TITLE = /^\d+\. /;
const WIDTH = 110;

/**
 * What `npm run flows` prints while it runs: each procedure test as it starts and ends, and each documented
 * step as it begins, prefixed with the test's title so two workers' lines stay readable.
 */
export default class ProgressReporter implements Reporter {
  private total = 0;
  private done = 0;

  onBegin(config: FullConfig, suite: Suite): void {
    this.total = suite.allTests().length;
    const workers = Math.min(config.workers, this.total);
    this.print(this.total === 0 ? 'No procedure test found (tests/procedures/*.spec.ts, tagged @procedure).' : `Replaying ${this.total} procedure test${this.total > 1 ? 's' : ''} with ${workers} worker${workers > 1 ? 's' : ''}`);
  }

  onTestBegin(test: TestCase): void {
    this.print(`▶ ${test.title}`);
  }

  onStepBegin(test: TestCase, _result: TestResult, step: TestStep): void {
    if (step.category !== 'test.step' || !STEP_TITLE.test(step.title)) return;
    this.print(`    ${clip(`${stepOwner(step.title, [], label(test)) ?? label(test)}  step ${step.title}`)}`);
  }

  onStepEnd(test: TestCase, _result: TestResult, step: TestStep): void {
    if (step.error && step.category === 'test.step' && STEP_TITLE.test(step.title)) {
      this.print(`    ✗ ${clip(`${label(test)}  step ${step.title.split('.')[0]} failed: ${firstLine(step.error.message)}`)}`);
    }
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.done += 1;
    const ok = test.outcome() === 'expected' || test.outcome() === 'skipped';
    const mark = result.status === 'skipped' ? '–' : ok ? '✓' : '✗';
    const error = !ok && result.error ? `\n      ${firstLine(result.error.message ?? '')}` : '';
    this.print(`${mark} [${this.done}/${this.total}] ${test.title} (${(result.duration / 1000).toFixed(1)} s, ${result.status})${error}`);
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

/** The procedure id that starts the title ("idm.add-ptan: …" → "idm.add-ptan"). */
function label(test: TestCase): string {
  return test.title.split(/[:\s]/)[0] ?? test.title;
}

function clip(text: string): string {
  return text.length > WIDTH ? `${text.slice(0, WIDTH - 1)}…` : text;
}
