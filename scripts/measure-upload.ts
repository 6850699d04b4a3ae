/**
 * Prints the time of a 49 MiB upload through Connexion and the server's peak memory growth during it.
 * Run: npx tsx scripts/measure-upload.ts [runs]
 */
import { measure49MiBUploads } from '../fixtures/upload-memory.ts';

const runs = Number(process.argv[2] ?? 3);
for (const [i, m] of (await measure49MiBUploads(runs)).entries()) {
  console.log(
    `run ${i + 1}: ${m.ok ? 'uploaded' : 'FAILED'} in ${m.seconds.toFixed(2)} s; server RSS ${m.rssBeforeMiB.toFixed(1)} MiB → peak ${m.rssPeakMiB.toFixed(1)} MiB (growth ${m.growthMiB.toFixed(1)} MiB)`,
  );
}
