import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (in the installed package: its compiled copy, dist/). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where `npm run flows` writes: `reports/`, or $CBP_REPORTS_DIR (another run beside this one, the pipeline's own
 * tests, `cbp-harness` in a project that installed it).
 */
export function reportsDir(): string {
  return path.resolve(ROOT, process.env.CBP_REPORTS_DIR ?? 'reports');
}

/** A path relative to the root, with forward slashes, for display. */
export function fromRoot(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** A path as the person who ran the command reads it: relative to where they are when it is below, else absolute. */
export function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}
