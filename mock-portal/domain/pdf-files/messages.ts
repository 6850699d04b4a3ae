/**
 * User-facing messages for refused uploads: what was wrong, then what to do.
 * Rules from seed 004, "Uploading Documents in Connexion".
 */
import { MAX_UPLOAD_LABEL } from './limits.ts';
import type { RefusalReason } from './pdf-check.ts';

export const REFUSAL_MESSAGES: Readonly<Record<RefusalReason, string>> = {
  'not-pdf':
    'The file is not a PDF. Connexion accepts PDF files only: save or print your document as a PDF and upload it again.',
  'too-large':
    `The file is ${MAX_UPLOAD_LABEL} or larger. The file must be under ${MAX_UPLOAD_LABEL}: ` +
    'reduce its size (for example, scan at a lower resolution or split it into several documents) and upload it again.',
  encrypted:
    'The file is password protected. Remove the password (open the PDF and save or print an unprotected copy as a PDF) and upload it again.',
  empty: 'The file is empty. Choose the file that contains your document and upload it again.',
  damaged:
    'The file is damaged or incomplete and cannot be read as a PDF. Open it to check that it is complete, save it as a PDF again and upload it again.',
};
