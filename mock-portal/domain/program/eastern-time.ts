import { config } from '../../config.ts';

/** Minutes Eastern Time is behind UTC at instant `ms` (240 in EDT, 300 in EST), read from the time zone database. */
function easternOffsetMinutes(ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: config.timeZone,
    hourCycle: 'h23',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((Math.floor(ms / 1000) * 1000 - asUtc) / 60_000);
}

/**
 * The instant of a wall-clock time in prevailing Eastern Time (EDT in summer, EST in winter), as an ISO string.
 * `date` is "YYYY-MM-DD"; `time` is "HH:MM:SS.mmm" (24-hour).
 */
export function easternInstant(date: string, time: string): string {
  const wall = Date.parse(`${date}T${time}Z`);
  const first = wall + easternOffsetMinutes(wall) * 60_000;
  const settled = wall + easternOffsetMinutes(first) * 60_000;
  return new Date(settled).toISOString();
}

/** A CBIC deadline: 8:59:59 p.m. prevailing Eastern Time on `date` (the last instant of that second). [DOC DBIDS, REGCL, VHG2] */
export function cbicDeadline(date: string): string {
  return easternInstant(date, '20:59:59.999');
}

/** The start of a day in prevailing Eastern Time. */
export function easternMidnight(date: string): string {
  return easternInstant(date, '00:00:00.000');
}

/** "YYYY-MM-DD" of an instant, in Eastern Time. */
export function easternDate(ms: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: config.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
}

/** "September 18, 2019 at 8:59:59 p.m. ET": how the CBIC states a deadline. */
export function formatDeadline(iso: string): string {
  const d = new Date(iso);
  const day = new Intl.DateTimeFormat('en-US', { timeZone: config.timeZone, dateStyle: 'long' }).format(d);
  const time = new Intl.DateTimeFormat('en-US', { timeZone: config.timeZone, hour: 'numeric', minute: '2-digit', second: '2-digit', hour12: true }).format(d);
  return `${day} at ${time.replace('PM', 'p.m.').replace('AM', 'a.m.')} prevailing Eastern Time`;
}
