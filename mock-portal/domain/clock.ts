import { config } from '../config.ts';
import { refuse } from './errors.ts';

/**
 * The portal's only source of time. Frozen, it moves only when told (tests advance it instead of waiting);
 * running, it goes forward with real time from wherever it was set (`npm start`, so pages and mail show times
 * that move). Setting or advancing it keeps its mode.
 */
export class MockClock {
  /** The mock time at `since`, the real moment it was last set (real time only counts while running). */
  private base: number;
  private since: number;
  private running = false;

  constructor(
    private readonly start: string = config.clockStart,
    private readonly realNow: () => number = Date.now,
  ) {
    this.base = Date.parse(start);
    this.since = realNow();
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return this.running ? this.base + (this.realNow() - this.since) : this.base;
  }

  /** Whether the clock stands still until moved. */
  get frozen(): boolean {
    return !this.running;
  }

  /** Stops the clock where it is (`true`) or lets it run on with real time from here (`false`). */
  setFrozen(frozen: boolean): void {
    this.rebase(this.nowMs());
    this.running = !frozen;
  }

  advanceMinutes(minutes: number): Date {
    this.rebase(this.nowMs() + minutes * 60_000);
    return this.now();
  }

  /** Sets the clock; a time JavaScript cannot represent (a leap second such as 23:59:60) is refused and changes nothing. */
  set(iso: string): Date {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) throw refuse.invalid(`"${iso}" is not a time the clock can be set to. Give an ISO 8601 time such as 2019-08-01T13:00:00Z (seconds 00 to 59).`, 'now');
    this.rebase(ms);
    return this.now();
  }

  /** Back to the start point, keeping the mode. */
  reset(): void {
    this.rebase(Date.parse(this.start));
  }

  private rebase(mockMs: number): void {
    this.base = mockMs;
    this.since = this.realNow();
  }
}

export function minutesBetween(earlierMs: number, laterMs: number): number {
  return (laterMs - earlierMs) / 60_000;
}

/** A time as CBIC pages state it: prevailing Eastern Time. */
export function formatEastern(date: Date | string | number): string {
  const d = new Date(date);
  return new Intl.DateTimeFormat('en-US', {
    timeZone: config.timeZone,
    dateStyle: 'medium',
    timeStyle: 'long',
  }).format(d);
}
