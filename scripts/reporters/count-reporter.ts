import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Ends the run with `N passed, N failed` alone on a line, the count CI reads. */
export default class CountReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    // outcome(), not status: a test marked test.fail() that fails as expected counts as passed.
    const outcome = test.outcome();
    if (outcome === 'skipped') this.skipped += 1;
    else if (outcome === 'expected') this.passed += 1;
    else this.failed += 1; // unexpected, or flaky (the project fails on flaky tests)
  }

  onEnd(_result: FullResult): void {
    const skipped = this.skipped ? `, ${this.skipped} skipped` : '';
    process.stdout.write(`\n${this.passed} passed, ${this.failed} failed${skipped}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
