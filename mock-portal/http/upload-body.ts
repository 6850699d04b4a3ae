import busboy from 'busboy';
import type { Request } from 'express';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { config } from '../config.ts';
import type { ReceivedFile } from '../domain/connexion/upload-rules.ts';
import { Refusal, refuse } from '../domain/errors.ts';
import type { FormFields } from '../domain/forms.ts';
import { MAX_UPLOAD_BYTES } from '../domain/pdf-files/limits.ts';
import { inspectPdfStream } from '../domain/pdf-files/pdf-check.ts';
import { FORM_BODY_MESSAGES, checkedFields } from './form-body.ts';

/** A multipart form with at most one file, the file streamed through the PDF checks into `incomingPath`. */
export interface ReceivedUpload {
  form: FormFields;
  /** Undefined when no file was chosen. */
  file?: ReceivedFile;
}

/** The file field of every upload form. */
export const FILE_FIELD = 'file';

// A text field may hold config.formFields' characters; busboy counts bytes, at most 4 to a character in UTF-8.
const LIMITS = { files: 1, fields: 20, parts: 21, fieldSize: 4 * config.formFields.longTextMaxLength, fileSize: MAX_UPLOAD_BYTES };

export const UPLOAD_BODY_MESSAGES = {
  notAnUpload: 'The form did not arrive as a file upload. Open Upload a Document again and use Confirm & Upload.',
  tooMuch: 'The form sent more than Upload a Document asks for. Open Upload a Document again and fill in its fields only.',
  unreadable: (reason: string) => `The upload could not be read (${reason}). Please attempt to upload the document again.`,
  interrupted: 'The upload was interrupted. Please attempt to upload the document again.',
} as const;

/** The name to show for an uploaded file: no folders (old browsers send the whole path), no control characters. */
function cleanFileName(raw: string): string {
  const name = basename(raw.replace(/\\/g, '/')).split('').filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('').trim();
  return name.length > 200 ? `${name.slice(0, 196)}….pdf` : name;
}

/**
 * The one reader of upload forms. The body is parsed as it streams (busboy); the file field goes through the PDF
 * checks as it arrives (PDF only, under 50 MB, not password protected) into `incomingPath`, never held in memory.
 * A body that is not multipart, is malformed, ends early, is cut off or carries more than a form asks for is
 * refused; then, and whenever reading fails, nothing is left behind: no file, no open descriptor. The caller
 * removes `incomingPath` once it is done with an accepted file.
 */
export async function readUpload(req: Request, incomingPath: string | undefined, lists: readonly string[] = []): Promise<ReceivedUpload> {
  // Without `incomingPath` the multipart body is a web form sent in that encoding: its text fields are read, files dropped.
  const notAnUpload = () => (incomingPath ? refuse.invalid(UPLOAD_BODY_MESSAGES.notAnUpload) : refuse.unsupported(FORM_BODY_MESSAGES.notAForm));
  if (!req.is('multipart/form-data')) throw notAnUpload();
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: LIMITS, defParamCharset: 'utf8' });
  } catch {
    throw notAnUpload();
  }
  // No prototype: a field named __proto__ or constructor is a field like any other.
  const fields: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  let file: Promise<ReceivedFile | undefined> = Promise.resolve(undefined);
  let fileStream: Readable | undefined;
  let problem: Refusal | undefined;
  const tooMuch = () => {
    problem ??= refuse.invalid(UPLOAD_BODY_MESSAGES.tooMuch);
  };

  const parsed = new Promise<void>((resolve, reject) => {
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) tooMuch();
      else (fields[name] ??= []).push(value);
    });
    parser.on('file', (name, stream: Readable, info) => {
      // The parse reports its own failure once, below; a file stream's copy of it must not go unheard.
      stream.on('error', () => undefined);
      const fileName = cleanFileName(info.filename ?? '');
      if (name !== FILE_FIELD || !fileName || !incomingPath) {
        stream.resume();
        return;
      }
      fileStream = stream;
      file = inspectPdfStream(stream, incomingPath).then((inspection) => ({ name: fileName, inspection }));
      file.catch(() => undefined);
    });
    parser.on('filesLimit', tooMuch);
    parser.on('fieldsLimit', tooMuch);
    parser.on('partsLimit', tooMuch);
    parser.on('error', (error: Error) => reject(refuse.invalid(UPLOAD_BODY_MESSAGES.unreadable(error.message))));
    parser.on('close', () => resolve());
    // A body cut off mid-transfer never ends: stop the parse, which ends the file it was writing.
    req.on('close', () => {
      if (!req.complete) {
        reject(refuse.invalid(UPLOAD_BODY_MESSAGES.interrupted));
        parser.destroy(new Error('the upload was interrupted'));
      }
    });
    req.pipe(parser);
  });

  const discard = async () => {
    fileStream?.destroy(new Error('the upload was refused'));
    await file.catch(() => undefined);
    if (incomingPath) await rm(incomingPath, { force: true });
  };
  try {
    await parsed;
    const received = await file;
    if (problem) throw problem;
    const form = checkedFields(fields, lists);
    return received ? { form, file: received } : { form };
  } catch (error) {
    req.unpipe(parser);
    await discard();
    throw error;
  }
}
