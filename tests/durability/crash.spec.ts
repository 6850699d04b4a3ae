import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { crashRun } from '../../fixtures/crash-stream.ts';

/**
 * Issue 13: with --data-dir, what the portal acknowledged survives a SIGKILL at any moment, and nothing is left
 * half-written. A few kills here; `npx tsx scripts/crash-test.ts` runs many more.
 */
test('every acknowledged change survives a SIGKILL during a stream of changes, and nothing is half-written', async () => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'cbp-crash-'));
  try {
    const result = await crashRun({ kills: 2, seed: 13, dataDir });
    expect(result.kills).toBe(2);
    expect(result.acknowledged).toBeGreaterThanOrEqual(2 * 2);
    expect(result.lost).toEqual([]);
    expect(result.halfWritten).toEqual([]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
