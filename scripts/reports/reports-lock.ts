import { hostname } from 'node:os';
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { shown } from './paths.ts';

/** The file that says a run is writing into a reports folder. */
export const LOCK_NAME = '.cbp-harness.lock';

interface LockRecord {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
}

export class ReportsBusyError extends Error {}

/**
 * Takes the reports folder for one run, or throws ReportsBusyError naming the run that has it. Two runs into one
 * folder would delete each other's results (Playwright clears its output folder as it starts), so the second is
 * refused. A lock left by a run that has ended (its process is gone) is taken over.
 */
export function lockReports(dir: string, command: string): { release(): void } {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_NAME);
  const record: LockRecord = { pid: process.pid, host: hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${JSON.stringify(record)}\n`);
      closeSync(fd);
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        rmSync(file, { force: true });
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(file);
      if (!holder || isRunning(holder)) {
        const who = holder ? `${holder.command}, process ${holder.pid}, started ${holder.startedAt}` : 'one that is just starting, or a damaged lock file';
        throw new ReportsBusyError(
          `${shown(dir)} is in use by another run (${who}).\n` +
            'Wait for it to finish, or write this run into another folder: CBP_REPORTS_DIR=reports-2 npm run flows\n' +
            `(If no such run is going on, delete ${shown(file)}.)`,
        );
      }
      rmSync(file, { force: true }); // left by a run that ended without removing it
    }
  }
  throw new ReportsBusyError(`Could not take ${shown(file)}: another run keeps taking it.`);
}

function readLock(file: string): LockRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockRecord;
  } catch {
    return undefined; // being written by the run that just took it (or damaged: the message says to delete it)
  }
}

function isRunning(holder: LockRecord): boolean {
  if (holder.host !== hostname()) return true; // a shared folder: its process cannot be checked from here
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
