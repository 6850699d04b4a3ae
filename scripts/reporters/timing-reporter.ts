import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { reportsDir } from '../reports/paths.ts';

/** One run of `npm test`'s Playwright part, as the benchmark's suite section reads it (scripts/bench/suite.ts). */
export interface SuiteRun {
  finishedAt: string;
  wallSeconds: number;
  workers: number;
  /** The command line's arguments after `playwright test`. */
  args: string[];
  /** Whether the whole suite ran (no files named, no --grep, --last-failed or --only-changed). */
  whole: boolean;
  /** Tests the run was given (all of the suite when nothing was filtered). */
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  /** The slowest tests, slowest first, where the suite's time goes. */
  slowest: { title: string; file: string; seconds: number }[];
  /** Seconds spent per folder of tests, summed over tests (all workers). */
  byFolder: Record<string, number>;
}

/** The file the last runs are kept in, one per number of workers (whole runs only) plus the last partial one: reports/test-report/runs.json. */
export const suiteRunsFile = (): string => path.join(reportsDir(), 'test-report', 'runs.json');

/** Keeps the last run per number of workers, with its wall time and where the time went, in reports/test-report/runs.json. */
export default class TimingReporter implements Reporter {
  private started = 0;
  private workers = 1;
  private total = 0;
  private readonly results: { test: TestCase; result: TestResult }[] = [];

  onBegin(config: FullConfig, suite: Suite): void {
    this.started = performance.now();
    this.workers = config.workers;
    this.total = suite.allTests().length;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.results.push({ test, result });
  }

  onEnd(_result: FullResult): void {
    const outcome = (test: TestCase) => test.outcome();
    const root = process.cwd();
    const byFolder: Record<string, number> = {};
    for (const { test, result } of this.results) {
      const folder = path.relative(root, path.dirname(test.location.file)).split(path.sep).join('/');
      byFolder[folder] = (byFolder[folder] ?? 0) + result.duration / 1000;
    }
    // The reporter runs in the runner's own process: its arguments are the command line's.
    const args = process.argv.slice(process.argv.indexOf('test') + 1);
    const whole = !args.some((arg, i) => /^(-g|--grep|--grep-invert|--last-failed|--only-changed|--project)/.test(arg) || (!arg.startsWith('-') && !/^(-j|--workers|--reporter|--config|-c|--repeat-each|--shard)/.test(args[i - 1] ?? '')));
    const run: SuiteRun = {
      finishedAt: new Date().toISOString(),
      wallSeconds: (performance.now() - this.started) / 1000,
      workers: this.workers,
      args,
      whole,
      tests: this.total,
      passed: this.results.filter((r) => outcome(r.test) === 'expected').length,
      failed: this.results.filter((r) => outcome(r.test) === 'unexpected' || outcome(r.test) === 'flaky').length,
      skipped: this.results.filter((r) => outcome(r.test) === 'skipped').length,
      slowest: [...this.results]
        .sort((a, b) => b.result.duration - a.result.duration)
        .slice(0, 25)
        .map(({ test, result }) => ({ title: test.titlePath().slice(1).join(' › '), file: path.relative(root, test.location.file), seconds: result.duration / 1000 })),
      byFolder: Object.fromEntries(Object.entries(byFolder).sort((a, b) => b[1] - a[1])),
    };
    const file = suiteRunsFile();
    let runs: Record<string, SuiteRun> = {};
    try {
      runs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, SuiteRun>;
    } catch {
      // no earlier run kept
    }
    runs[run.whole ? `${run.workers} workers` : 'partial'] = run;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(runs, null, 2)}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
