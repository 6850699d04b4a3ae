/**
 * Kills a portal with --data-dir (SIGKILL) at random moments during a stream of changes (control API and
 * Connexion uploads), restarts it on the same folder each time, and prints what was acknowledged, lost and
 * left half-written (fixtures/crash-stream.ts). The goal is 0 lost and 0 half-written.
 * Run: npx tsx scripts/crash-test.ts [kills, default 50] [seed, default 1]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashRun } from '../fixtures/crash-stream.ts';

const kills = Number(process.argv[2] ?? 50);
const seed = Number(process.argv[3] ?? 1);
const dataDir = mkdtempSync(join(tmpdir(), 'cbp-crash-'));
try {
  const result = await crashRun({ kills, seed, dataDir, log: (line) => console.log(line) });
  for (const line of [...result.lost, ...result.halfWritten]) console.log(`  ${line}`);
  console.log(`\n${result.kills} kills, ${result.sent} changes sent, ${result.acknowledged} acknowledged: ${result.lost.length} acknowledged changes lost, ${result.halfWritten.length} half-written.`);
  process.exitCode = result.lost.length || result.halfWritten.length ? 1 : 0;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
