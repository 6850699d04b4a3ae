import type { Request } from 'express';
import { rm } from 'node:fs/promises';
import { incomingPath, storeUpload } from '../domain/connexion/uploads.ts';
import type { CheckedUpload } from '../domain/connexion/upload-rules.ts';
import { UPLOAD_MESSAGES } from '../domain/connexion/upload-rules.ts';
import type { MockState } from '../domain/mock-state.ts';
import type { Account, Upload } from '../domain/types.ts';
import { REFUSAL_MESSAGES } from '../domain/pdf-files/messages.ts';
import { parseUploadForm } from './upload-form.ts';

export type PdfFormOutcome =
  | { ok: true; fields: Record<string, string>; store: (upload: Omit<CheckedUpload, 'fileName' | 'certifiedBy'>) => Promise<Upload>; hasFile: boolean }
  | { ok: false; fields: Record<string, string>; errors: string[] };

/**
 * Reads a multipart form carrying one PDF (field `file`) and a `certification` field: the PDF checks of Upload a
 * Document (PDF, under 50 MB, not password protected) and the signature with the person's own user ID. The caller
 * checks its own fields, then stores the file as an Upload (in My Upload History) with `store`. `done` removes
 * the incoming file whatever happened.
 */
export async function readPdfForm(state: MockState, account: Account, req: Request, work: (outcome: PdfFormOutcome) => Promise<void>, options: { fileOptional?: boolean } = {}): Promise<void> {
  const incoming = incomingPath(state);
  try {
    const parsed = await parseUploadForm(req, 'file', incoming);
    const errors: string[] = [];
    const inspection = parsed.file?.inspection;
    const noFile = !parsed.file || !inspection;
    if (noFile && options.fileOptional) {
      const signature = (parsed.fields.certification ?? '').trim();
      const problems = !signature ? [UPLOAD_MESSAGES.certificationMissing] : signature.toLowerCase() !== account.userId.toLowerCase() ? [UPLOAD_MESSAGES.certificationWrong] : [];
      if (problems.length) return await work({ ok: false, fields: parsed.fields, errors: problems });
      return await work({ ok: true, fields: parsed.fields, hasFile: false, store: () => Promise.reject(new Error('no file was chosen')) });
    }
    if (noFile) errors.push(UPLOAD_MESSAGES.fileMissing);
    else if (!inspection.ok) errors.push(REFUSAL_MESSAGES[inspection.reason]);
    const signature = (parsed.fields.certification ?? '').trim();
    if (!signature) errors.push(UPLOAD_MESSAGES.certificationMissing);
    else if (signature.toLowerCase() !== account.userId.toLowerCase()) errors.push(UPLOAD_MESSAGES.certificationWrong);
    if (errors.length || !parsed.file || !inspection?.ok) return await work({ ok: false, fields: parsed.fields, errors });
    const fileName = parsed.file.name;
    await work({ ok: true, fields: parsed.fields, hasFile: true, store: (upload) => storeUpload(state, account, { ...upload, fileName, certifiedBy: account.userId }, inspection) });
  } finally {
    await rm(incoming, { force: true });
  }
}
