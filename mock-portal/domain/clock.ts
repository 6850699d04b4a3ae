import { config } from '../config.ts';
import { refuse } from './errors.ts';

/** The portal's only source of time. Tests move it through the control API instead of waiting. */
export class MockClock {
  private current: number;

  constructor(private readonly start: string = config.clockStart) {
    this.current = Date.parse(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  nowMs(): number {
    return this.current;
  }

  advanceMinutes(minutes: number): Date {
    this.current += minutes * 60_000;
    return this.now();
  }

  /** Sets the clock; a time JavaScript cannot represent (a leap second such as 23:59:60) is refused and changes nothing. */
  set(iso: string): Date {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) throw refuse.invalid(`"${iso}" is not a time the clock can be set to. Give an ISO 8601 time such as 2019-08-01T13:00:00Z (seconds 00 to 59).`, 'now');
    this.current = ms;
    return this.now();
  }

  reset(): void {
    this.current = Date.parse(this.start);
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
