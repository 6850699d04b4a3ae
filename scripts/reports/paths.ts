import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where `npm run flows` writes: `reports/`, or $CBP_REPORTS_DIR (the pipeline's own test writes elsewhere). */
export function reportsDir(): string {
  return path.resolve(ROOT, process.env.CBP_REPORTS_DIR ?? 'reports');
}

/** A path relative to the root, with forward slashes, for display. */
export function fromRoot(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}
