import { test, expect } from '@playwright/test';
import { measure49MiBUploads } from '../../fixtures/upload-memory.ts';

/** Issue 5: a 49 MB upload must not grow the server's memory by more than 32 MB (measured on the server process). */
test('a 49 MiB upload grows the server\'s resident memory by less than 32 MB', async () => {
  test.skip(process.platform !== 'linux', 'reads the server process memory from /proc');
  const [first, second] = await measure49MiBUploads(2);
  for (const m of [first, second]) {
    console.log(`49 MiB upload: ${m?.seconds.toFixed(2)} s, server RSS growth ${m?.growthMiB.toFixed(1)} MiB`);
    expect(m?.ok).toBe(true);
    expect(m?.growthMiB ?? Infinity).toBeLessThan(32_000_000 / 1024 / 1024);
  }
});
