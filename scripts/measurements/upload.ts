/**
 * Speed and memory of a 49 MiB upload, as measurements to be printed (scripts/measure-upload.ts) or read by a
 * benchmark; never asserted in a test, because they depend on how busy the machine is. Each figure comes with a
 * floor measured in the same run, so a benchmark can judge ratios rather than absolute numbers. Linux only (the
 * server's memory is read from /proc).
 */
import { request } from '@playwright/test';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { make49MiBPdf, pdfBytes } from '../../fixtures/files/make-files.ts';
import { PortalControl } from '../../fixtures/control.ts';
import { startPortal } from '../../fixtures/portal-server.ts';
import { csrfOf } from './http-load.ts';
import { inspectPdfStream } from '../../mock-portal/domain/pdf-files/pdf-check.ts';
import { HttpClient } from '../bench/http-client.ts';

const MIB = 1024 * 1024;

/** One 49 MiB upload through Connexion's real HTTP path, against a portal process of its own. */
export interface UploadMeasure {
  ok: boolean;
  seconds: number;
  /** The floor: the same multipart body posted by the same client to a server that only reads and discards it. */
  floorSeconds: number;
  /** The other floor: the same file's bytes written to a file on disk (a stream copy, then fsync). */
  diskSeconds: number;
  rssBeforeMiB: number;
  rssPeakMiB: number;
  /** Peak growth of the server's resident memory above its level just before the upload. */
  growthMiB: number;
}

/** One inspection of a 49 MiB PDF (the PDF checks of Upload a Document) in this process. */
export interface InspectionMeasure {
  ok: boolean;
  bytes: number;
  seconds: number;
  /** Peak growth during the inspection, without forcing garbage collection (counts garbage awaiting collection). */
  rssGrowthMiB: number;
  heapAndBuffersGrowthMiB: number;
  /** Peak growth of heapUsed + arrayBuffers with a full garbage collection before each sample (every 4 MiB read): what the inspector holds. */
  liveHeapAndBuffersGrowthMiB: number;
  /** The floor: the same file copied by a plain stream pipeline, measured the same way (no forced collection). */
  floor: { seconds: number; rssGrowthMiB: number; heapAndBuffersGrowthMiB: number };
}

const rssKiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

/** A server on a free port that reads every request body, discards it and answers 200. */
async function discardingServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Uploads a 49 MiB PDF `runs` times through Connexion's real HTTP path, against a fresh portal process of its own,
 * and measures each upload's time and the growth of the server's resident memory (VmRSS from /proc, sampled
 * every 10 ms) above its level just before the upload.
 */
export async function measure49MiBUploads(runs: number): Promise<UploadMeasure[]> {
  const file = await make49MiBPdf();
  const portal = await startPortal();
  const pid = portal.pid;
  if (!pid) throw new Error('The portal process has no process ID to measure.');
  const api = await request.newContext({ baseURL: portal.url });
  const floorServer = await discardingServer();
  const results: UploadMeasure[] = [];
  const clients: HttpClient[] = [];
  try {
    const control = new PortalControl(api, portal.url);
    await control.scenario({
      organizations: [{ id: 'acme', ptans: ['1234560001'], bidderNumbers: ['210001'] }],
      users: [{ userId: 'jane.ao', password: 'Correct-Horse-Battery-9', email: 'jane.ao@example.test', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] }],
    });
    // The person's browser: the Connexion sign-in through its pages, then each upload streamed from disk.
    const person = new HttpClient(portal.url);
    const floorClient = new HttpClient(floorServer.url);
    clients.push(person, floorClient);
    const signIn = await person.post('/connexion/sign-in', { _csrf: csrfOf((await person.get('/connexion/')).body), userId: 'jane.ao', password: 'Correct-Horse-Battery-9' });
    const verifyPage = signIn.location ? await person.get(signIn.location) : signIn;
    const verified = await person.post('/connexion/verify', { _csrf: csrfOf(verifyPage.body), code: await control.latestCode('jane.ao@example.test') });
    if (verified.status !== 302) throw new Error(`Connexion sign-in for the upload measure: ${verified.status} ${verified.body.slice(0, 200)}`);

    for (let run = 1; run <= runs; run++) {
      const fields = {
        bidCycle: 'Round 2021', bidderNumber: '210001', documentType: 'Financial Documents', description: 'Balance Sheet',
        cba: '', nickname: `run ${run}`, certification: 'jane.ao',
      };
      const floorStarted = performance.now();
      await floorClient.postFile('/', fields, 'file', file);
      const floorSeconds = (performance.now() - floorStarted) / 1000;
      const diskSeconds = await timeDiskWrite(file);

      const token = csrfOf((await person.get('/connexion/documents/upload')).body);
      const before = rssKiB(pid);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rssKiB(pid))), 10);
      const started = performance.now();
      const response = await person.postFile(`/connexion/documents/upload?_csrf=${encodeURIComponent(token)}`, fields, 'file', file);
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      peak = Math.max(peak, rssKiB(pid));
      // Accepted, the upload redirects to its confirmation (Post/Redirect/Get), which names the document uploaded.
      const confirmation = response.status === 302 && response.location ? await person.get(response.location) : response;
      const ok = confirmation.status === 200 && confirmation.body.includes('uploaded successfully');
      results.push({ ok, seconds, floorSeconds, diskSeconds, rssBeforeMiB: before / 1024, rssPeakMiB: peak / 1024, growthMiB: (peak - before) / 1024 });
    }
  } finally {
    clients.forEach((c) => c.close());
    await floorServer.close();
    await api.dispose();
    await portal.stop();
  }
  return results;
}

/** Seconds to write a file's bytes to a new file on disk (read as a stream, written, fsynced), then deleted. */
async function timeDiskWrite(file: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'cbp-disk-floor-'));
  try {
    const started = performance.now();
    const out = createWriteStream(join(dir, 'copy.pdf'), { flush: true });
    await pipeline(createReadStream(file), out);
    return (performance.now() - started) / 1000;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface PeakGrowth<T> {
  result: T;
  seconds: number;
  rss: number;
  heapAndBuffers: number;
}

/** Peak growth of rss and heapUsed+arrayBuffers above their levels at the start, sampled every millisecond while `run` runs. */
async function measurePeakGrowth<T>(run: () => Promise<T>): Promise<PeakGrowth<T>> {
  const base = process.memoryUsage();
  let rss = 0;
  let heapAndBuffers = 0;
  const sample = (): void => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss - base.rss);
    heapAndBuffers = Math.max(heapAndBuffers, now.heapUsed + now.arrayBuffers - base.heapUsed - base.arrayBuffers);
  };
  const timer = setInterval(sample, 1);
  const started = performance.now();
  try {
    const result = await run();
    const seconds = (performance.now() - started) / 1000;
    sample();
    return { result, seconds, rss, heapAndBuffers };
  } finally {
    clearInterval(timer);
  }
}

/** The V8 garbage collector as a function, without starting Node with --expose-gc. */
function forcedGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc !== 'function') throw new Error('could not expose the garbage collector');
  // The second collection waits for the first one's ArrayBuffer sweeping, so
  // that process.memoryUsage().arrayBuffers no longer counts freed buffers.
  return () => {
    gc();
    gc();
  };
}

/**
 * Peak growth of heapUsed + arrayBuffers while `path` is inspected, with a full garbage collection before each
 * sample: what the inspector keeps alive. Sampled every 4 MiB of input, as the inspector asks for it (a full
 * collection takes long; sampling on a timer would spend the run collecting, on a busy machine for minutes).
 */
async function liveGrowthOfInspection(path: string, dest: string): Promise<{ ok: boolean; heapAndBuffers: number }> {
  const gc = forcedGc();
  gc();
  const base = process.memoryUsage();
  let peak = 0;
  const sample = (): void => {
    gc();
    const now = process.memoryUsage();
    peak = Math.max(peak, now.heapUsed + now.arrayBuffers - base.heapUsed - base.arrayBuffers);
  };
  async function* sampled(): AsyncGenerator<Buffer> {
    let sinceSample = 0;
    for await (const chunk of createReadStream(path)) {
      sinceSample += (chunk as Buffer).length;
      if (sinceSample >= 4 * MIB) {
        sinceSample = 0;
        sample();
      }
      yield chunk as Buffer;
    }
  }
  const result = await inspectPdfStream(sampled(), dest);
  sample();
  return { ok: result.ok, heapAndBuffers: peak };
}

/**
 * Inspects a 49 MiB PDF with the upload's PDF checks in this process, `runs` times, and measures time and peak
 * memory growth: once as it runs (rss, heapUsed + arrayBuffers), once with a garbage collection before each sample
 * (what the inspector holds live); the floor is a plain stream copy of the same file.
 */
export async function measure49MiBInspections(runs: number): Promise<InspectionMeasure[]> {
  const path = await make49MiBPdf();
  const bytes = (await stat(path)).size;
  const folder = await mkdtemp(join(tmpdir(), 'cbp-measure-'));
  const results: InspectionMeasure[] = [];
  try {
    // Warm up (module loading, crypto, fs) so the measurements are the inspection only.
    await inspectPdfStream(Readable.from([Buffer.from(await pdfBytes('warm-up'))]), join(folder, 'warm.pdf'));
    for (let run = 1; run <= runs; run++) {
      const floor = await measurePeakGrowth(() => pipeline(createReadStream(path), createWriteStream(join(folder, `copy-${run}.pdf`))));
      const raw = await measurePeakGrowth(() => inspectPdfStream(createReadStream(path), join(folder, `raw-${run}.pdf`)));
      const live = await liveGrowthOfInspection(path, join(folder, `live-${run}.pdf`));
      await Promise.all([`copy-${run}.pdf`, `raw-${run}.pdf`, `live-${run}.pdf`].map((name) => rm(join(folder, name), { force: true })));
      results.push({
        ok: raw.result.ok && live.ok,
        bytes,
        seconds: raw.seconds,
        rssGrowthMiB: raw.rss / MIB,
        heapAndBuffersGrowthMiB: raw.heapAndBuffers / MIB,
        liveHeapAndBuffersGrowthMiB: live.heapAndBuffers / MIB,
        floor: { seconds: floor.seconds, rssGrowthMiB: floor.rss / MIB, heapAndBuffersGrowthMiB: floor.heapAndBuffers / MIB },
      });
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return results;
}
