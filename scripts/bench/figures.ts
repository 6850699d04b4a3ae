/**
 * What every section of `npm run bench` returns: figures, each with the floor it is judged against (measured in the
 * same run), their ratio, and the goal the issue sets (issues 14 and 18).
 */

export interface Goal {
  /** The ratio (or value, for figures without a floor) must be at most / at least this. */
  max?: number;
  min?: number;
  /** What the goal says, e.g. "≤ 1.5× the floor". */
  text: string;
}

export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** The floor measured in the same run, in the same unit. */
  floor?: { name: string; value: number };
  /** value / floor (for a rate: how much of the floor's rate the figure reaches). */
  ratio?: number;
  goal?: Goal;
  /** Whether the goal is met (ratio against it, or the value where there is no floor). */
  met?: boolean;
  /** How many repeats the median is taken over. */
  repeats: number;
  /** Runs behind the figure that failed (an upload refused, a test failed, requests answered with errors). */
  failures?: number;
  note?: string;
}

export interface BenchOptions {
  repeats: number;
  /** Class sizes for the class section (issue 18 item 4). */
  trainees: number[];
  log: (line: string) => void;
}

export type Section = (options: BenchOptions) => Promise<Figure[]>;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The p-th percentile (0–100) of some samples, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/**
 * A figure, with its ratio to the floor and whether it meets the goal. A floor that is not above zero (a growth lost
 * in the measurement's noise) gives no ratio, and a goal judged against it is not met: no figure passes for want of
 * a measurable floor. Nor does a figure any of whose runs failed: a refused upload is quick.
 */
export function figure(f: Omit<Figure, 'ratio' | 'met'>): Figure {
  const measurableFloor = f.floor === undefined || (Number.isFinite(f.floor.value) && f.floor.value > 0);
  const ratio = f.floor && measurableFloor ? f.value / f.floor.value : undefined;
  const judged = f.floor ? ratio : f.value;
  const failed = (f.failures ?? 0) > 0;
  const met = f.goal ? !failed && judged !== undefined && Number.isFinite(judged) && (f.goal.max === undefined || judged <= f.goal.max) && (f.goal.min === undefined || judged >= f.goal.min) : undefined;
  const note = [f.note, measurableFloor ? undefined : 'the floor is not above zero: no ratio', failed ? `${f.failures} run(s) FAILED: not judged met` : undefined].filter(Boolean).join('; ') || undefined;
  return { ...f, ...(note === undefined ? {} : { note }), ...(ratio === undefined ? {} : { ratio }), ...(met === undefined ? {} : { met }) };
}
