import { closeSync, fsyncSync, openSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Flushes a file's bytes (or a folder's entries) to the disk. */
export function syncToDisk(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    // Windows cannot open a folder to flush it; its renames are durable once they return.
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Deletes every file of `folder` that no record refers to: what a crash left behind (a half-received upload, a
 * checked one not yet stored, a stored one whose record was never committed). Answers the names it removed.
 */
export function removeUnreferencedFiles(folder: string, referenced: Set<string>): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    if (referenced.has(path)) continue;
    rmSync(path, { force: true, recursive: true });
    removed.push(name);
  }
  return removed;
}
