import { refuse } from '../errors.ts';
import type { FormFields } from '../forms.ts';
import { storeSignedPdf } from '../connexion/uploads.ts';
import { isAccepted, signedPdfProblems, type ReceivedFile } from '../connexion/upload-rules.ts';
import type { MockState } from '../mock-state.ts';
import type { Account } from '../types.ts';
import { recordResponse, requireResponseOpen } from './notices.ts';
import { NOTICE_KINDS, type Notice, type NoticeResponse } from './records.ts';

/**
 * The response to a notice is an upload, until the notice's due date: a PDF under 50 MB, not password protected,
 * signed with the person's own CMS IDM System user ID, filed under the notice's bidder number and response type.
 * [DOC S4; rule 55]
 */
export async function respondToNotice(state: MockState, account: Account, noticeId: string, form: FormFields, file: ReceivedFile | undefined): Promise<{ notice: Notice; response: NoticeResponse }> {
  const notice = requireResponseOpen(state, account, noticeId);
  const problems = signedPdfProblems(account, file, form.text('certification'));
  if (Object.keys(problems).length || !isAccepted(file)) throw refuse.fields(problems);
  const upload = await storeSignedPdf(state, account, file, { bidderNumber: notice.bidderNumber, documentType: NOTICE_KINDS[notice.kind].documentType });
  return { notice, response: recordResponse(state, account, notice, upload) };
}
