/**
 * Small helpers shared by the load measurements (scripts/measure-memory.ts, scripts/bench/): autocannon as a
 * promise, a process's resident memory (now, and once settled), and what a form page or a response carries (CSRF token, cookie).
 */
import autocannon, { type Result } from 'autocannon';
import { readFileSync } from 'node:fs';

/** A process's resident memory (VmRSS from /proc), in MiB. Linux only. */
export const rssMiB = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * A process's resident memory once it has settled after a burst of traffic, in MiB: polled each second until it has
 * moved less than 1 MiB for five seconds in a row, after at least 15 s (V8's memory reducer gives back what the
 * burst left about 8 s after the allocations stop), at most 60 s. Linux only.
 */
export async function settledRssMiB(pid: number): Promise<number> {
  const readings: number[] = [];
  for (let second = 1; second <= 60; second++) {
    await new Promise((resolve) => setTimeout(resolve, 1000)); // polling the process's memory, not waiting for the portal
    readings.push(rssMiB(pid));
    const last = readings.slice(-5);
    if (second >= 15 && Math.max(...last) - Math.min(...last) < 1) break;
  }
  return readings.at(-1) ?? rssMiB(pid);
}

/**
 * CPU time used so far (user + system), in milliseconds: the whole process's, or with `mainThread` its main
 * thread's only (the event loop's, without the thread pool and the garbage collector's helpers). Linux only.
 */
export const cpuMs = (pid: number, mainThread = false): number => {
  const fields = readFileSync(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
};

/** The CSRF token of the first form on a page. */
export const csrfOf = (html: string): string => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

/** A response header by name, whatever its letter case (autocannon keeps the server's). */
export const headerOf = (headers: unknown, name: string): string | undefined => {
  const entry = Object.entries(headers as Record<string, string | string[]>).find(([key]) => key.toLowerCase() === name);
  const value = entry?.[1];
  return Array.isArray(value) ? value[0] : value;
};


/** Requests answered per second of the whole round (autocannon's per-second average is coarse for short rounds). */
export const rate = (result: Result): number => result.requests.total / ((result.finish.getTime() - result.start.getTime()) / 1000);

/** One autocannon run, as a promise. */
export function runAutocannon(options: autocannon.Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)));
  });
}
