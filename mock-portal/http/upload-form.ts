import busboy from 'busboy';
import type { Request } from 'express';
import { basename } from 'node:path';
import { refuse } from '../domain/errors.ts';
import { MAX_UPLOAD_BYTES } from '../domain/pdf-files/limits.ts';
import { inspectPdfStream, type InspectionResult } from '../domain/pdf-files/pdf-check.ts';

/** A multipart form with one file, the file streamed through the PDF checks into `incomingPath`. */
export interface ParsedUploadForm {
  fields: Record<string, string>;
  /** Undefined when no file was chosen. */
  file?: { name: string; inspection: InspectionResult };
}

const LIMITS = { files: 1, fields: 20, parts: 21, fieldSize: 4096, fileSize: MAX_UPLOAD_BYTES };

/** The name to show for an uploaded file: no folders (old browsers send the whole path), no control characters. */
function cleanFileName(raw: string): string {
  const name = basename(raw.replace(/\\/g, '/')).split('').filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('').trim();
  return name.length > 200 ? `${name.slice(0, 196)}….pdf` : name;
}

/**
 * Reads an upload form without holding the file in memory. The file field `fileField` goes through the PDF checks
 * (PDF only, under 50 MB, not password protected) as it arrives; anything beyond the form's few fields is refused.
 */
export function parseUploadForm(req: Request, fileField: string, incomingPath: string): Promise<ParsedUploadForm> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    const notAnUpload = refuse.invalid('The form did not arrive as a file upload. Open Upload a Document again and use Confirm & Upload.');
    if (!req.is('multipart/form-data')) {
      reject(notAnUpload);
      return;
    }
    try {
      parser = busboy({ headers: req.headers, limits: LIMITS, defParamCharset: 'utf8' });
    } catch {
      reject(notAnUpload);
      return;
    }
    const fields: Record<string, string> = {};
    let file: Promise<ParsedUploadForm['file']> = Promise.resolve(undefined);
    let problem: Error | undefined;
    const tooMuch = () => {
      problem ??= refuse.invalid('The form sent more than Upload a Document asks for. Open Upload a Document again and fill in its fields only.');
    };

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) tooMuch();
      else if (!Object.hasOwn(fields, name)) fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      const fileName = cleanFileName(info.filename ?? '');
      if (name !== fileField || !fileName) {
        stream.resume();
        return;
      }
      file = inspectPdfStream(stream, incomingPath).then((inspection) => ({ name: fileName, inspection }));
      file.catch(() => undefined);
    });
    parser.on('filesLimit', tooMuch);
    parser.on('fieldsLimit', tooMuch);
    parser.on('partsLimit', tooMuch);
    parser.on('error', (error: Error) => reject(refuse.invalid(`The upload could not be read (${error.message}). Please attempt to upload the document again.`)));
    parser.on('close', () => {
      file.then(
        (parsed) => (problem ? reject(problem) : resolve(parsed ? { fields, file: parsed } : { fields })),
        (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
      );
    });
    req.on('aborted', () => reject(refuse.invalid('The upload was interrupted. Please attempt to upload the document again.')));
    req.pipe(parser);
  });
}
