/**
 * Prints the speed and memory figures of a 49 MiB upload (scripts/measurements/upload.ts), each with its floor
 * measured in the same run: the PDF checks alone in this process, then uploads through Connexion's HTTP path with the
 * server's peak memory growth. Figures, not pass/fail: a benchmark judges them as ratios to their floors.
 * Run: npx tsx scripts/measure-upload.ts [runs]
 */
import { measure49MiBInspections, measure49MiBUploads } from './measurements/upload.ts';

const runs = Number(process.argv[2] ?? 3);
const mib = (n: number) => `${n.toFixed(1)} MiB`;

for (const [i, m] of (await measure49MiBInspections(runs)).entries()) {
  console.log(
    `inspection ${i + 1}: ${m.ok ? 'passed' : 'FAILED'} ${m.bytes} bytes in ${m.seconds.toFixed(2)} s (plain copy ${m.floor.seconds.toFixed(2)} s); ` +
      `peak growth rss ${mib(m.rssGrowthMiB)} (copy ${mib(m.floor.rssGrowthMiB)}), heapUsed+arrayBuffers ${mib(m.heapAndBuffersGrowthMiB)} ` +
      `(copy ${mib(m.floor.heapAndBuffersGrowthMiB)}), live ${mib(m.liveHeapAndBuffersGrowthMiB)}`,
  );
}
for (const [i, m] of (await measure49MiBUploads(runs)).entries()) {
  console.log(
    `upload ${i + 1}: ${m.ok ? 'uploaded' : 'FAILED'} in ${m.seconds.toFixed(2)} s (same body to a discarding server ${m.floorSeconds.toFixed(2)} s, same bytes written to disk ${m.diskSeconds.toFixed(2)} s); ` +
      `server RSS ${mib(m.rssBeforeMiB)} → peak ${mib(m.rssPeakMiB)} (growth ${mib(m.growthMiB)})`,
  );
}
