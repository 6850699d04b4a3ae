/**
 * Streaming inspection of an uploaded PDF (seed 004, "Uploading Documents in
 * Connexion"): PDF format only, strictly under the size limit, not password
 * protected. Bytes are checked as they arrive and copied to a temporary file
 * next to the destination; the whole file is never held in memory. On refusal
 * the temporary file is deleted and the rest of the input is read and
 * discarded, so an HTTP request can finish and be answered.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_UPLOAD_BYTES } from './limits.ts';

export type RefusalReason = 'not-pdf' | 'too-large' | 'encrypted' | 'empty' | 'damaged';

export type InspectionResult =
  | { readonly ok: true; readonly path: string; readonly size: number; readonly sha256: string }
  | { readonly ok: false; readonly reason: RefusalReason };

export interface InspectOptions {
  /** The file must be strictly smaller than this. Default: MAX_UPLOAD_BYTES. */
  readonly maxBytes?: number;
}

const MAGIC = Buffer.from('%PDF-', 'latin1');
const EOF_MARKER = Buffer.from('%%EOF', 'latin1');
const ENCRYPT_KEY = Buffer.from('/Encrypt', 'latin1');
/** "%%EOF" must appear within the last 1024 bytes (the tolerance readers apply). */
const TAIL_BYTES = 1024;
/** Longest "/Encrypt <value>" we recognise is 120 bytes; carry more than that. */
const CARRY_BYTES = 256;
const MAX_WHITESPACE_RUN = 32;

const isPdfWhitespace = (b: number): boolean =>
  b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;

type Match = 'yes' | 'no' | 'incomplete';

/** Is the "/Encrypt" at `at` a dictionary key whose value is `n g R` or `<<`? */
function encryptEntryAt(buf: Buffer, at: number): Match {
  let p = at + ENCRYPT_KEY.length;
  const skip = (min: number, pred: (b: number) => boolean, max: number): Match => {
    const start = p;
    while (p < buf.length && pred(buf[p] ?? 0)) {
      p += 1;
      if (p - start > max) return 'no';
    }
    if (p >= buf.length) return 'incomplete';
    return p - start >= min ? 'yes' : 'no';
  };
  const ws = skip(0, isPdfWhitespace, MAX_WHITESPACE_RUN);
  if (ws !== 'yes') return ws;
  const gap = p - (at + ENCRYPT_KEY.length);
  if (buf[p] === 0x3c) return p + 1 >= buf.length ? 'incomplete' : buf[p + 1] === 0x3c ? 'yes' : 'no';
  if (gap === 0) return 'no'; // "/EncryptMetadata", "/Encrypt5": another name
  const steps: Array<[number, (b: number) => boolean, number]> = [
    [1, isDigit, 10],
    [1, isPdfWhitespace, MAX_WHITESPACE_RUN],
    [1, isDigit, 5],
    [1, isPdfWhitespace, MAX_WHITESPACE_RUN],
  ];
  for (const [min, pred, max] of steps) {
    const step = skip(min, pred, max);
    if (step !== 'yes') return step;
  }
  return buf[p] === 0x52 /* R */ ? 'yes' : 'no';
}

function hasEncryptEntry(buf: Buffer): boolean {
  for (let i = buf.indexOf(ENCRYPT_KEY); i !== -1; i = buf.indexOf(ENCRYPT_KEY, i + 1)) {
    if (encryptEntryAt(buf, i) === 'yes') return true;
  }
  return false;
}

/** Chunk-by-chunk checks of PDF content; keeps only a few small buffers. */
export class PdfScanner {
  #size = 0;
  #head = Buffer.alloc(0);
  #carry = Buffer.alloc(0);
  #tail = Buffer.alloc(0);

  /** Feed the next chunk; returns a refusal as soon as one is certain. */
  push(chunk: Buffer): 'not-pdf' | 'encrypted' | null {
    this.#size += chunk.length;
    if (this.#head.length < MAGIC.length) {
      const need = MAGIC.length - this.#head.length;
      this.#head = Buffer.concat([this.#head, chunk.subarray(0, need)]);
      if (!MAGIC.subarray(0, this.#head.length).equals(this.#head)) return 'not-pdf';
    }
    // The seam (end of the previous chunks + start of this one) catches an
    // entry split across chunks without copying the whole chunk.
    const seam = Buffer.concat([this.#carry, chunk.subarray(0, CARRY_BYTES)]);
    if (hasEncryptEntry(seam) || hasEncryptEntry(chunk)) return 'encrypted';
    // Copies, so that no reference to a large pooled chunk is kept alive.
    this.#carry = Buffer.from((chunk.length >= CARRY_BYTES ? chunk : seam).subarray(-CARRY_BYTES));
    this.#tail = Buffer.from(
      chunk.length >= TAIL_BYTES ? chunk.subarray(-TAIL_BYTES) : Buffer.concat([this.#tail, chunk]).subarray(-TAIL_BYTES),
    );
    return null;
  }

  /** Call at end of input; returns the refusal the whole content deserves, if any. */
  finish(): 'empty' | 'damaged' | null {
    if (this.#size === 0) return 'empty';
    if (this.#head.length < MAGIC.length) return 'damaged'; // a prefix of "%PDF-" only
    return this.#tail.includes(EOF_MARKER) ? null : 'damaged';
  }
}

async function writeAll(file: FileHandle, chunk: Buffer): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await file.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

function toBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Copy `source` to `destPath` while checking it. The bytes go to a temporary
 * file in the same folder, renamed to `destPath` only when every check
 * passed; on refusal (or error) nothing is left behind. Resolves after the
 * whole source has been consumed. Rejects if the source or the disk fails.
 */
export async function inspectPdfStream(
  source: AsyncIterable<Uint8Array>,
  destPath: string,
  options: InspectOptions = {},
): Promise<InspectionResult> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const folder = dirname(destPath);
  await mkdir(folder, { recursive: true });
  const tempPath = join(folder, `.${basename(destPath)}.${randomUUID()}.part`);
  const file = await open(tempPath, 'wx');
  let fileOpen = true;
  const closeFile = async (): Promise<void> => {
    if (fileOpen) {
      fileOpen = false;
      await file.close();
    }
  };
  const discard = async (): Promise<void> => {
    await closeFile();
    await rm(tempPath, { force: true });
  };
  const scanner = new PdfScanner();
  const hash = createHash('sha256');
  let size = 0;
  let refusal: RefusalReason | null = null;
  try {
    for await (const raw of source) {
      if (refusal !== null) continue; // drain and discard
      const chunk = toBuffer(raw);
      refusal = scanner.push(chunk) ?? (size + chunk.length >= maxBytes ? 'too-large' : null);
      if (refusal !== null) {
        await discard();
        continue;
      }
      size += chunk.length;
      hash.update(chunk);
      await writeAll(file, chunk);
    }
    refusal ??= scanner.finish();
    if (refusal !== null) {
      await discard();
      return { ok: false, reason: refusal };
    }
    await closeFile();
    await rename(tempPath, destPath);
    return { ok: true, path: destPath, size, sha256: hash.digest('hex') };
  } catch (error) {
    await discard();
    throw error;
  }
}
