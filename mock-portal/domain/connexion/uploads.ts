/** Storing checked uploads, My Upload History and the upload items of My To-Do List. [DOC S4, FIN] */
import { rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { config } from '../../config.ts';
import { refuse } from '../errors.ts';
import type { MockState } from '../mock-state.ts';
import type { Account, Upload } from '../types.ts';
import { bidderNumbersOf, connexionRoleOf } from './access.ts';
import { FINANCIAL, FINANCIAL_DOCUMENTS } from './documents.ts';
import type { FormFields } from '../forms.ts';
import { BID_WINDOW_CLOSE, checkUpload, isAccepted, type AcceptedFile, type CheckedUpload, type ReceivedFile, type UploadFields } from './upload-rules.ts';

export const RESULT_MESSAGES = {
  success: 'Your file was uploaded successfully.',
  failure: 'Your upload failed.',
  /** [DOC S4] what to do after a failed upload. */
  tryAgain: `Please attempt to upload the document again. If problems persist or you have any questions, please contact the CBIC customer service center at ${config.cbic.phone} for assistance.`,
  storeFailed: 'Connexion could not store your file, so nothing was uploaded.',
  /** [DOC S4] what My Upload History does and does not confirm. */
  historyScope: 'The My Upload History page displays details for all documents that you and others of your organization have uploaded in Connexion. It confirms receipt of your documents; it does not confirm the accuracy or completeness of your documents.',
} as const;

/** The folder where uploaded bytes are kept. */
export function uploadFolder(state: MockState): string {
  return state.uploadDir || join(tmpdir(), 'cbp-harness-uploads');
}

/** A fresh place for an incoming file, next to where accepted files are kept (so accepting it is a rename). */
export function incomingPath(state: MockState): string {
  return join(uploadFolder(state), `incoming-${randomUUID()}.pdf`);
}

function nextUploadId(state: MockState): string {
  for (;;) {
    const id = state.random.digits(10);
    if (!state.uploads.some((u) => u.id === id)) return id;
  }
}

/**
 * Keeps a checked upload: the file at `incoming` becomes the stored copy and the record joins the person's
 * history. An armed `connexion.upload` fault makes it fail the way the portal reports a failed upload, keeping nothing.
 */
export async function storeUpload(
  state: MockState,
  account: Account,
  checked: CheckedUpload,
  file: { path: string; size: number; sha256: string },
): Promise<Upload> {
  if (state.faults.take('connexion.upload')) {
    await rm(file.path, { force: true });
    throw refuse.unavailable(RESULT_MESSAGES.storeFailed);
  }
  const id = nextUploadId(state);
  const storedPath = join(uploadFolder(state), `${id}.pdf`);
  await rename(file.path, storedPath);
  const upload: Upload = {
    id,
    userId: account.userId,
    organizationId: connexionRoleOf(account)?.organizationId ?? account.organizationId,
    ...checked,
    size: file.size,
    sha256: file.sha256,
    uploadedAt: state.nowIso(),
    storedPath,
  };
  state.uploads.push(upload);
  return upload;
}

/** The fields of the Upload a Document form. [DOC S4 steps 6–12] */
export const UPLOAD_FIELD_NAMES: readonly (keyof UploadFields)[] = ['bidCycle', 'bidderNumber', 'documentType', 'description', 'cba', 'nickname', 'certification'];

/** The Upload a Document form's fields as sent (missing ones empty). */
export function uploadFieldsOf(form: FormFields): UploadFields {
  return Object.fromEntries(UPLOAD_FIELD_NAMES.map((name) => [name, form.text(name)])) as unknown as UploadFields;
}

/** Upload a Document → Confirm & Upload: every rule of the form, then the file is kept. [DOC S4 steps 6–13] */
export async function uploadDocument(state: MockState, account: Account, form: FormFields, file: ReceivedFile | undefined): Promise<Upload> {
  const checked = checkUpload(state, account, uploadFieldsOf(form), file);
  if (!checked.ok) throw refuse.fields(checked.errors);
  if (!isAccepted(file)) throw new Error('checkUpload passed a file that failed the PDF checks');
  return storeUpload(state, account, checked.value, file.inspection);
}

/**
 * Keeps a signed PDF that another Connexion form carried (a notice response, a bidder inquiry's document, a
 * transfer's documents, a subcontractor disclosure): filed under the bidder number and document type, with the
 * whole document as its description, in My Upload History. [DOC S4; INF: filed like an upload]
 */
export function storeSignedPdf(state: MockState, account: Account, file: AcceptedFile, filing: { bidderNumber: string; documentType: string }): Promise<Upload> {
  const details = { bidCycle: config.connexion.bidCycle, ...filing, description: 'Entire Document', fileName: file.name, certifiedBy: account.userId };
  return storeUpload(state, account, details, file.inspection);
}

/**
 * My Upload History: every document the person's organization uploaded in Connexion, newest first, each with its
 * uploader. Never another organization's. [DOC S4; organization-wide per the issue, INF]
 */
export function organizationUploads(state: MockState, organizationId: string): Upload[] {
  return state.uploads.filter((u) => u.organizationId === organizationId).reverse();
}

/** One upload this person made, or undefined (also for someone else's upload). */
export function ownUpload(state: MockState, userId: string, id: string): Upload | undefined {
  const wanted = userId.toLowerCase();
  return state.uploads.find((u) => u.id === id && u.userId.toLowerCase() === wanted);
}

export interface ToDoItem {
  text: string;
}

/**
 * My To-Do List's upload items: while the bid window is open, each of the organization's bidder numbers still
 * missing one of the five required financial documents (uploaded by anyone of the organization). [DOC S4 step 4, FIN]
 */
export function toDoItems(state: MockState, account: Account): ToDoItem[] {
  if (state.clock.nowMs() > Date.parse(config.connexion.bidWindowClosesAt)) return [];
  const organizationId = connexionRoleOf(account)?.organizationId;
  return bidderNumbersOf(state, account).flatMap((bidderNumber) => {
    const received = new Set(
      state.uploads
        .filter((u) => u.organizationId === organizationId && u.bidderNumber === bidderNumber && u.documentType === FINANCIAL)
        .map((u) => u.description),
    );
    const missing = FINANCIAL_DOCUMENTS.filter((d) => !received.has(d));
    if (!missing.length) return [];
    return [{
      text: `Bidder number ${bidderNumber}: upload your required financial documents by ${BID_WINDOW_CLOSE}. Not yet received: ${missing.join(', ')}.`,
    }];
  });
}
