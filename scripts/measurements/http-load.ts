/**
 * Small helpers shared by the load measurements (scripts/measure-memory.ts, scripts/bench/): autocannon as a
 * promise, a process's resident memory, and what a form page or a response carries (CSRF token, cookie).
 */
import autocannon, { type Result } from 'autocannon';
import { readFileSync } from 'node:fs';

/** A process's resident memory (VmRSS from /proc), in MiB. Linux only. */
export const rssMiB = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

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
