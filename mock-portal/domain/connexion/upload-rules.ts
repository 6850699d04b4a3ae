/**
 * The rules of the Upload a Document form (seed 004, "Uploading Documents in Connexion"), checked on the server
 * for every submission. Each problem says what was wrong and what to do; a form with any problem stores nothing.
 */
import { cbicHelp, config } from '../../config.ts';
import type { MockState } from '../mock-state.ts';
import type { Account } from '../types.ts';
import { REFUSAL_MESSAGES } from '../pdf-files/messages.ts';
import type { InspectionResult } from '../pdf-files/pdf-check.ts';
import { bidderNumbersOf } from './access.ts';
import { may, refusalMessage } from '../permissions.ts';
import { BID_DOCUMENT_TYPES, BID_SURETY_BOND, DOCUMENT_TYPES, actionForDocumentType, cbaName } from './documents.ts';

/** The form's fields as submitted (all text; missing ones are empty). */
export interface UploadFields {
  bidCycle: string;
  bidderNumber: string;
  documentType: string;
  description: string;
  cba: string;
  nickname: string;
  certification: string;
}

export type UploadField = keyof UploadFields | 'file';

/** A file the browser sent: its name and the outcome of the PDF checks it streamed through. */
export interface ReceivedFile {
  name: string;
  inspection: InspectionResult;
}

/** A file that passed the PDF checks, ready to be stored. */
export type AcceptedFile = ReceivedFile & { inspection: InspectionResult & { ok: true } };

export interface CheckedUpload {
  bidCycle: string;
  bidderNumber: string;
  documentType: string;
  description: string;
  cba?: string;
  nickname?: string;
  fileName: string;
  certifiedBy: string;
}

export type UploadCheck = { ok: true; value: CheckedUpload } | { ok: false; errors: Partial<Record<UploadField, string>> };

/** "8:59:59 p.m. prevailing Eastern Time on September 18, 2019": the close of the bid window, as CBIC pages write it. */
export const BID_WINDOW_CLOSE =
  '8:59:59 p.m. prevailing Eastern Time on ' +
  new Intl.DateTimeFormat('en-US', { timeZone: config.timeZone, dateStyle: 'long' }).format(new Date(config.connexion.bidWindowClosesAt));

const hasControlCharacters = (text: string): boolean => [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

export const UPLOAD_MESSAGES = {
  bidCycle: `Connexion takes uploads for the ${config.connexion.bidCycle} bid cycle only. Open Upload a Document again and try again.`,
  noBidderNumbers: `Your organization has no bidder number, so there is nothing to upload against yet. If you think this is wrong, ${cbicHelp}.`,
  bidderNumberMissing: 'Select your bidder number from the Bidder Number drop down box.',
  bidderNumberNotYours: (n: string) => `Bidder number ${n} is not one of your organization's bidder numbers. Select your bidder number from the drop down box.`,
  typeMissing: 'Under I am uploading…, select the type of document that you are uploading.',
  typeUnknown: (t: string) => `"${t}" is not a type of document Connexion takes. Under I am uploading…, select one of the listed types.`,
  fileMissing: 'Under Select my file…, click Browse for file and choose the PDF file to upload.',
  descriptionMissing: 'Under This document includes…, select a description of the document.',
  descriptionWrong: (d: string, t: string) => `"${d}" is not a description of a ${t} document. Under This document includes…, select one of the descriptions listed for ${t}.`,
  cbaMissing: 'You are uploading a bid surety bond: choose the corresponding competitive bidding area (CBA) from Please select a CBA.',
  cbaUnknown: (c: string) => `"${c}" is not a ${config.connexion.bidCycle} competitive bidding area. Choose the bond's CBA from Please select a CBA.`,
  cbaNotBond: `A CBA is chosen only for a bid surety bond. Leave Please select a CBA empty, or select ${BID_SURETY_BOND} under I am uploading… if this is a bond.`,
  nicknameTooLong: (n: number) => `The nickname is ${n} characters long. Keep This file’s nickname is… to ${config.connexion.nicknameMaxLength} characters or fewer, or leave it empty.`,
  nicknameCharacters: 'The nickname contains characters that cannot be shown (such as tabs or line breaks). Type it again using letters, digits and punctuation only.',
  certificationMissing: 'Under Certification Statement & Signature, enter your CMS IDM System user ID to sign the certification.',
  certificationWrong:
    'The user ID under Certification Statement & Signature is not the CMS IDM System user ID you logged in with. Enter your own user ID to sign the certification.',
  bidWindowClosed: (t: string) =>
    `The ${config.connexion.bidCycle} bid window closed at ${BID_WINDOW_CLOSE}. ` +
    `${t} can no longer be uploaded for the bid: a document uploaded after the close cannot be accepted.`,
} as const;

export type SignedPdfField = 'file' | 'certification';

/**
 * The file and the signature every Connexion upload form takes, checked in this one place: a PDF under 50 MB that
 * is not password protected (the checks ran as it arrived), and the Certification Statement & Signature signed with
 * the person's own CMS IDM System user ID, in any letter case. [DOC S4 steps 9–12] Where the file is optional
 * (adding to a bidder inquiry), no file means only the signature is checked.
 */
export function signedPdfProblems(account: Account, file: ReceivedFile | undefined, certification: string, options: { fileOptional?: boolean } = {}): Partial<Record<SignedPdfField, string>> {
  const problems: Partial<Record<SignedPdfField, string>> = {};
  if (!file && !options.fileOptional) problems.file = UPLOAD_MESSAGES.fileMissing;
  else if (file && !file.inspection.ok) problems.file = REFUSAL_MESSAGES[file.inspection.reason];
  const signature = certification.trim();
  if (!signature) problems.certification = UPLOAD_MESSAGES.certificationMissing;
  else if (signature.toLowerCase() !== account.userId.toLowerCase()) problems.certification = UPLOAD_MESSAGES.certificationWrong;
  return problems;
}

/** Whether the file passed the PDF checks. */
export function isAccepted(file: ReceivedFile | undefined): file is AcceptedFile {
  return !!file?.inspection.ok;
}

/** Checks a submission against every rule of the form; returns all problems at once. */
export function checkUpload(state: MockState, account: Account, fields: UploadFields, file: ReceivedFile | undefined): UploadCheck {
  const errors: Partial<Record<UploadField, string>> = {};
  const value = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.trim()])) as unknown as UploadFields;

  if (value.bidCycle !== config.connexion.bidCycle) errors.bidCycle = UPLOAD_MESSAGES.bidCycle;

  const bidderNumbers = bidderNumbersOf(state, account);
  if (!value.bidderNumber) errors.bidderNumber = UPLOAD_MESSAGES.bidderNumberMissing;
  else if (!bidderNumbers.includes(value.bidderNumber)) errors.bidderNumber = UPLOAD_MESSAGES.bidderNumberNotYours(value.bidderNumber);

  // Own keys only: "constructor" or "__proto__" is not a type of document.
  const descriptions = Object.hasOwn(DOCUMENT_TYPES, value.documentType) ? DOCUMENT_TYPES[value.documentType] : undefined;
  if (!value.documentType) errors.documentType = UPLOAD_MESSAGES.typeMissing;
  else if (!descriptions) errors.documentType = UPLOAD_MESSAGES.typeUnknown(value.documentType);
  else if (!may(account, actionForDocumentType(value.documentType))) {
    errors.documentType = `${refusalMessage(account, actionForDocumentType(value.documentType))} Under I am uploading…, select another type, or ask your AO or BAO to upload it.`;
  } else if (BID_DOCUMENT_TYPES.includes(value.documentType) && state.clock.nowMs() > Date.parse(config.connexion.bidWindowClosesAt)) {
    errors.documentType = UPLOAD_MESSAGES.bidWindowClosed(value.documentType === BID_SURETY_BOND ? 'Bid surety bonds' : 'Financial documents');
  }

  const signed = signedPdfProblems(account, file, value.certification);
  if (signed.file) errors.file = signed.file;

  if (!value.description) errors.description = UPLOAD_MESSAGES.descriptionMissing;
  else if (descriptions && !descriptions.includes(value.description)) errors.description = UPLOAD_MESSAGES.descriptionWrong(value.description, value.documentType);

  const isBond = value.documentType === BID_SURETY_BOND;
  if (isBond && !value.cba) errors.cba = UPLOAD_MESSAGES.cbaMissing;
  else if (isBond && !cbaName(value.cba)) errors.cba = UPLOAD_MESSAGES.cbaUnknown(value.cba);
  else if (!isBond && value.cba) errors.cba = UPLOAD_MESSAGES.cbaNotBond;

  if (value.nickname.length > config.connexion.nicknameMaxLength) errors.nickname = UPLOAD_MESSAGES.nicknameTooLong(value.nickname.length);
  else if (hasControlCharacters(value.nickname)) errors.nickname = UPLOAD_MESSAGES.nicknameCharacters;

  if (signed.certification) errors.certification = signed.certification;

  if (Object.keys(errors).length || !file) return { ok: false, errors };
  return {
    ok: true,
    value: {
      bidCycle: value.bidCycle,
      bidderNumber: value.bidderNumber,
      documentType: value.documentType,
      description: value.description,
      ...(isBond ? { cba: value.cba } : {}),
      ...(value.nickname ? { nickname: value.nickname } : {}),
      fileName: file.name,
      certifiedBy: account.userId,
    },
  };
}
