/**
 * upload: a 49 MiB PDF through Connexion's real HTTP path (scripts/measurements/upload.ts, also printed by
 * scripts/measure-upload.ts) against writing the same bytes to disk, and the server's peak memory growth.
 */
import { measure49MiBUploads } from '../measurements/upload.ts';
import { figure, median, type Section } from './figures.ts';

export const upload: Section = async ({ repeats, log }) => {
  const runs = await measure49MiBUploads(repeats);
  for (const [i, m] of runs.entries()) {
    log(`upload ${i + 1}: ${m.ok ? 'uploaded' : 'FAILED'} in ${m.seconds.toFixed(2)} s (to a discarding server ${m.floorSeconds.toFixed(2)} s, to disk ${m.diskSeconds.toFixed(2)} s); server RSS ${m.rssBeforeMiB.toFixed(0)} → peak ${m.rssPeakMiB.toFixed(0)} MiB`);
  }
  const failed = runs.filter((m) => !m.ok).length;
  const note = failed ? `${failed} uploads FAILED` : undefined;
  return [
    figure({ section: 'upload', name: '49 MiB upload through HTTP', value: median(runs.map((m) => m.seconds)), unit: 's', floor: { name: 'same bytes written to disk', value: median(runs.map((m) => m.diskSeconds)) }, goal: { max: 2, text: '≤ 2× the disk write' }, repeats, failures: failed, ...(note ? { note } : {}) }),
    figure({ section: 'upload', name: '49 MiB upload, same body to a discarding HTTP server', value: median(runs.map((m) => m.seconds)), unit: 's', floor: { name: 'discarding node:http server', value: median(runs.map((m) => m.floorSeconds)) }, repeats }),
    figure({ section: 'upload', name: '49 MiB upload, server memory growth', value: median(runs.map((m) => m.growthMiB)) * 1.048576, unit: 'MB', goal: { max: 32, text: '≤ 32 MB' }, repeats, failures: failed }),
  ];
};
