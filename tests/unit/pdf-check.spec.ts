/**
 * Streaming PDF upload checks (seed 004, "Uploading Documents in Connexion"):
 * PDF only, under 50 MB, not password protected. Plain Node tests, no browser.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
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

/** The bytes held by the files in `folder` (an inspection's temporary file while it runs). */
async function bytesIn(folder: string): Promise<number> {
  const names = await readdir(folder);
  const sizes = await Promise.all(names.map(async (name) => (await stat(join(folder, name))).size));
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * The file at `path`, chunk by chunk, checking before it hands over each next chunk that the inspector (which asks
 * for it) has already written to its temporary file in `folder` all it was given, but for the last `slack` bytes:
 * it writes as it reads and never gathers the file in memory. Memory figures are measured in the benchmark
 * (scripts/measure-upload.ts), not here.
 */
async function* checkedAsRead(path: string, folder: string, slack: number): AsyncGenerator<Buffer> {
  let given = 0;
  for await (const chunk of createReadStream(path)) {
    if (given > 0) expect(await bytesIn(folder), `bytes on disk once ${given} bytes were read`).toBeGreaterThanOrEqual(given - slack);
    yield chunk as Buffer;
    given += (chunk as Buffer).length;
  }
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

test('a 49 MiB PDF passes with its size and sha256, each chunk written to disk before the next is read', async () => {
  test.setTimeout(120_000);
  const path = await make49MiBPdf();
  const size = (await stat(path)).size;
  expect(size).toBeLessThan(MAX_UPLOAD_BYTES);
  const folder = outputPath('uploads');
  const dest = join(folder, 'financials.pdf');
  const result = await inspectPdfStream(checkedAsRead(path, folder, 1024 * 1024), dest);
  expect(result).toEqual({ ok: true, path: dest, size, sha256: await sha256Of(path) });
  expect(await readdir(folder)).toEqual(['financials.pdf']); // the temporary file became the file; nothing else is left
  expect(await sha256Of(dest)).toBe(await sha256Of(path));
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
  expect(REFUSAL_MESSAGES.empty).toContain('The file is empty.');
  expect(REFUSAL_MESSAGES.damaged).toContain('The file is damaged or incomplete');
  for (const message of Object.values(REFUSAL_MESSAGES)) expect(message).toMatch(/upload .*again/);
});
