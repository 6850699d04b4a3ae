import { config } from '../../config.ts';
import type { CheckedUpload } from '../connexion/upload-rules.ts';
import { UPLOAD_MESSAGES } from '../connexion/upload-rules.ts';
import { REFUSAL_MESSAGES } from '../pdf-files/messages.ts';
import type { RefusalReason } from '../pdf-files/pdf-check.ts';
import type { Account } from '../types.ts';
import { NOTICE_KINDS, type Notice } from './records.ts';

export type ResponseField = 'file' | 'certification';

/**
 * The response to a notice is an upload: a PDF under 50 MB, not password protected, signed with the person's own
 * CMS IDM System user ID, filed under the notice's bidder number and response type. [DOC S4; rule 55]
 */
export function checkNoticeResponse(
  account: Account,
  notice: Notice,
  certification: string,
  file: { name: string; refusal?: RefusalReason } | undefined,
): { ok: true; value: CheckedUpload } | { ok: false; errors: Partial<Record<ResponseField, string>> } {
  const errors: Partial<Record<ResponseField, string>> = {};
  if (!file) errors.file = UPLOAD_MESSAGES.fileMissing;
  else if (file.refusal) errors.file = REFUSAL_MESSAGES[file.refusal];
  const signature = certification.trim();
  if (!signature) errors.certification = UPLOAD_MESSAGES.certificationMissing;
  else if (signature.toLowerCase() !== account.userId.toLowerCase()) errors.certification = UPLOAD_MESSAGES.certificationWrong;
  if (Object.keys(errors).length || !file) return { ok: false, errors };
  return {
    ok: true,
    value: {
      bidCycle: config.connexion.bidCycle,
      bidderNumber: notice.bidderNumber,
      documentType: NOTICE_KINDS[notice.kind].documentType,
      description: 'Entire Document',
      fileName: file.name,
      certifiedBy: account.userId,
    },
  };
}
