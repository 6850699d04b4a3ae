/**
 * Streaming PDF upload checks (seed 004, "Uploading Documents in Connexion"):
 * PDF only, under 50 MB, not password protected. Plain Node tests, no browser.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, test } from '@playwright/test';
import {
  emptyFile,
  encryptedPdf,
  make49MiBPdf,
  make51MiBPdf,
  pdfBytes,
  simplePdf,
  zipNamedPdf,
} from '../../fixtures/files/make-files.ts';
import { MAX_UPLOAD_BYTES } from '../../mock-portal/domain/pdf-files/limits.ts';
import { REFUSAL_MESSAGES } from '../../mock-portal/domain/pdf-files/messages.ts';
import { inspectPdfStream } from '../../mock-portal/domain/pdf-files/pdf-check.ts';
import type { RefusalReason } from '../../mock-portal/domain/pdf-files/pdf-check.ts';

const BALANCE_SHEET = 'Balance Sheet — Acme Medical Supply LLC';

const outputPath = (...segments: string[]): string => test.info().outputPath(...segments);

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

interface PeakGrowth<T> {
  readonly result: T;
  readonly ms: number;
  readonly rss: number;
  readonly heapAndBuffers: number;
}

/** Peak growth of rss and heapUsed+arrayBuffers, sampled every few ms while `run` runs. */
async function measurePeakGrowth<T>(run: () => Promise<T>, gc?: () => void): Promise<PeakGrowth<T>> {
  gc?.();
  const base = process.memoryUsage();
  let rss = 0;
  let heapAndBuffers = 0;
  const sample = (): void => {
    gc?.();
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss - base.rss);
    heapAndBuffers = Math.max(heapAndBuffers, now.heapUsed + now.arrayBuffers - base.heapUsed - base.arrayBuffers);
  };
  const timer = setInterval(sample, gc ? 100 : 1);
  const started = performance.now();
  try {
    const result = await run();
    const ms = performance.now() - started;
    sample();
    return { result, ms, rss, heapAndBuffers };
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

async function expectRefused(source: AsyncIterable<Uint8Array>, dest: string, reason: RefusalReason): Promise<void> {
  expect(await inspectPdfStream(source, join(dest, 'upload.pdf'))).toEqual({ ok: false, reason });
  expect(await readdir(dest)).toEqual([]); // no partial or temporary file left
}

test('a pdf-lib PDF passes with its size and sha256', async () => {
  const source = await simplePdf('balance-sheet.pdf', BALANCE_SHEET);
  const dest = join(outputPath('uploads'), 'balance-sheet.pdf');
  const result = await inspectPdfStream(createReadStream(source), dest);
  expect(result).toEqual({ ok: true, path: dest, size: (await stat(source)).size, sha256: await sha256Of(source) });
  expect(await readFile(dest)).toEqual(await readFile(source));
  expect(await readdir(outputPath('uploads'))).toEqual(['balance-sheet.pdf']);
});

test('password-protected PDFs (trailer and xref stream) are refused as encrypted', async () => {
  for (const xrefStream of [false, true]) {
    const dest = outputPath(`uploads-${xrefStream}`);
    await expectRefused(createReadStream(await encryptedPdf(undefined, xrefStream)), dest, 'encrypted');
  }
});

test('a zip archive named archive.pdf is refused as not-pdf', async () => {
  await expectRefused(createReadStream(await zipNamedPdf()), outputPath('uploads'), 'not-pdf');
});

test('an empty file is refused as empty', async () => {
  await expectRefused(createReadStream(await emptyFile()), outputPath('uploads'), 'empty');
});

test('truncated or foreign content is refused', async () => {
  const pdf = Buffer.from(await pdfBytes(BALANCE_SHEET));
  const cases: Array<[string, Buffer, RefusalReason]> = [
    ['truncated', pdf.subarray(0, pdf.length - 200), 'damaged'],
    ['prefix-of-magic', Buffer.from('%PD'), 'damaged'],
    ['text', Buffer.from('Balance sheet, plain text'), 'not-pdf'],
    ['magic-not-at-start', Buffer.concat([Buffer.from(' '), pdf]), 'not-pdf'],
  ];
  for (const [name, bytes, reason] of cases) {
    await expectRefused(Readable.from([bytes]), outputPath(name), reason);
  }
});

test('the limit is strict: maxBytes - 1 passes, maxBytes is refused', async () => {
  const bytes = Buffer.from(await pdfBytes(BALANCE_SHEET));
  const under = await inspectPdfStream(Readable.from([bytes]), outputPath('under', 'a.pdf'), {
    maxBytes: bytes.length + 1,
  });
  expect(under).toMatchObject({ ok: true, size: bytes.length });
  const source = Readable.from([bytes]);
  const dest = outputPath('at-limit');
  expect(await inspectPdfStream(source, join(dest, 'a.pdf'), { maxBytes: bytes.length })).toEqual({
    ok: false,
    reason: 'too-large',
  });
  expect(await readdir(dest)).toEqual([]);
});

test('a 51 MiB PDF is refused as too-large, the rest is drained, nothing is left', async () => {
  test.setTimeout(120_000);
  const path = await make51MiBPdf();
  expect((await stat(path)).size).toBeGreaterThan(MAX_UPLOAD_BYTES);
  const source = createReadStream(path);
  await expectRefused(source, outputPath('uploads'), 'too-large');
  expect(source.readableEnded).toBe(true); // the whole input was consumed, so a request can be answered
});

test('a 49 MiB PDF passes, with bounded memory growth', async () => {
  test.setTimeout(120_000);
  const path = await make49MiBPdf();
  const size = (await stat(path)).size;
  expect(size).toBeLessThan(MAX_UPLOAD_BYTES);
  // Warm up (module loading, crypto, fs) so the measurement is the inspection only.
  await inspectPdfStream(Readable.from([Buffer.from(await pdfBytes('warm-up'))]), outputPath('warm', 'w.pdf'));

  const dest = outputPath('uploads', 'financials.pdf');
  const raw = await measurePeakGrowth(() => inspectPdfStream(createReadStream(path), dest));
  expect(raw.result).toEqual({ ok: true, path: dest, size, sha256: await sha256Of(path) });
  const live = await measurePeakGrowth(
    () => inspectPdfStream(createReadStream(path), outputPath('uploads-live', 'financials.pdf')),
    forcedGc(),
  );
  expect(live.result).toMatchObject({ ok: true, size });

  const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  console.log(
    `49 MiB inspection (${size} bytes): ${raw.ms.toFixed(0)} ms; peak growth: ` +
      `rss ${mib(raw.rss)}, heapUsed+arrayBuffers ${mib(raw.heapAndBuffers)} ` +
      `(live, GC before each sample: ${mib(live.heapAndBuffers)})`,
  );
  // Live memory is what the inspector holds: within the 32 MB budget.
  expect(live.heapAndBuffers).toBeLessThan(32_000_000);
  // Without forced GC the figures also count the source's consumed 64 KiB
  // chunks awaiting collection, yet stay below the file size: an inspector
  // holding the whole file would exceed it.
  expect(raw.heapAndBuffers).toBeLessThan(size);
  expect(raw.rss).toBeLessThan(size);
});

test('an /Encrypt entry split across two chunks is still detected', async () => {
  const entries = ['/Encrypt 12 0 R', '/Encrypt<</Filter/Standard/V 5/R 6>>'];
  for (const [n, entry] of entries.entries()) {
    const text = `%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Size 2 /Root 1 0 R ${entry} >>\nstartxref\n0\n%%EOF\n`;
    const at = text.indexOf('/Encrypt');
    for (let split = at; split <= at + entry.length; split += 1) {
      const chunks = [Buffer.from(text.slice(0, split), 'latin1'), Buffer.from(text.slice(split), 'latin1')];
      await expectRefused(Readable.from(chunks), outputPath(`e${n}-${split}`), 'encrypted');
    }
    const oneByteChunks = [...Buffer.from(text, 'latin1')].map((b) => Buffer.from([b]));
    await expectRefused(Readable.from(oneByteChunks), outputPath(`e${n}-bytes`), 'encrypted');
  }
});

test('names that only start with /Encrypt are not taken for encryption', async () => {
  const text = '%PDF-1.7\n<< /EncryptMetadata false /Encrypted 1 0 R /Note (Encrypt) >>\n%%EOF\n';
  const result = await inspectPdfStream(Readable.from([Buffer.from(text, 'latin1')]), outputPath('u', 'a.pdf'));
  expect(result).toMatchObject({ ok: true });
});

test('a failing source rejects and leaves nothing behind', async () => {
  async function* broken(): AsyncGenerator<Buffer> {
    yield Buffer.from('%PDF-1.7\n');
    throw new Error('client aborted');
  }
  const dest = outputPath('uploads');
  await expect(inspectPdfStream(broken(), join(dest, 'a.pdf'))).rejects.toThrow('client aborted');
  expect(await readdir(dest)).toEqual([]);
});

test('every refusal reason has a message saying what was wrong and what to do', () => {
  expect(REFUSAL_MESSAGES['not-pdf']).toContain('not a PDF');
  expect(REFUSAL_MESSAGES['too-large']).toContain('must be under 50 MB');
  expect(REFUSAL_MESSAGES.encrypted).toContain('password protected');
  for (const message of Object.values(REFUSAL_MESSAGES)) expect(message).toMatch(/upload .*again/);
});
