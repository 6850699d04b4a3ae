import { rmSync } from 'node:fs';
import type { Upload } from '../types.ts';

/** Deletes the bytes of uploads the portal is forgetting (on reset), so a long test run does not fill the disk. */
export function discardStoredFiles(uploads: readonly Upload[]): void {
  for (const upload of uploads) rmSync(upload.storedPath, { force: true });
}
