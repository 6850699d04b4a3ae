import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { NAVIGATIONS_ANNOTATION } from '../../fixtures/navigations.ts';
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
  /** Documents loaded by the tests' own pages (the `page` fixture; pages of contexts a test opens itself are not counted). */
  navigations: number;
  /** The machine's processors, and how many of them were busy on average during the run (Linux; undefined elsewhere). */
  cores: number;
  busyCores?: number;
}

/** Busy and total time of all processors so far, from /proc/stat (Linux only). */
function processorTimes(): { busy: number; total: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    const total = fields.reduce((sum, n) => sum + n, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle and iowait
    return fields.length >= 5 && total > 0 ? { busy: total - idle, total } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The file the last runs are kept in, one per number of workers (whole runs only) plus the last partial one:
 * reports/suite-runs.json. Not inside reports/test-report/, which Playwright's HTML reporter empties at every run: a
 * run with 1 worker would wipe the record of the run with 2 that the benchmark compares it with.
 */
export const suiteRunsFile = (): string => path.join(reportsDir(), 'suite-runs.json');

/** Keeps the last run per number of workers, with its wall time and where the time went, in reports/suite-runs.json. */
export default class TimingReporter implements Reporter {
  private started = 0;
  private startTimes: ReturnType<typeof processorTimes>;
  private workers = 1;
  private total = 0;
  private readonly results: { test: TestCase; result: TestResult }[] = [];

  onBegin(config: FullConfig, suite: Suite): void {
    this.started = performance.now();
    this.startTimes = processorTimes();
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
    const endTimes = processorTimes();
    const cores = availableParallelism();
    const busyShare = this.startTimes && endTimes && endTimes.total > this.startTimes.total ? (endTimes.busy - this.startTimes.busy) / (endTimes.total - this.startTimes.total) : undefined;
    const navigationsOf = ({ test, result }: { test: TestCase; result: TestResult }) => {
      const note = [...result.annotations, ...test.annotations].find((a) => a.type === NAVIGATIONS_ANNOTATION);
      return Number(note?.description ?? 0) || 0;
    };
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
      navigations: this.results.reduce((sum, r) => sum + navigationsOf(r), 0),
      cores,
      ...(busyShare === undefined ? {} : { busyCores: busyShare * cores }),
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
