import { may, type ActionId } from '../permissions.ts';
import type { Account } from '../types.ts';
import { cba } from '../program/round-2021.ts';

/**
 * The choices of the Upload a Document form. The seed (004) names the fields but not their options [GAP]; the
 * lists below are the documents the program asks bidders and contract suppliers for (domain.md §4.3) [INF].
 */

/** [DOC FIN] the five required financial documents. */
export const FINANCIAL_DOCUMENTS = [
  'Balance Sheet',
  'Income Statement',
  'Statement of Cash Flows',
  'Tax Return Extract',
  'Credit Report with Numerical Credit Score',
] as const;

export const BID_SURETY_BOND = 'Bid Surety Bond';
export const FINANCIAL = 'Financial Documents';

/** "I am uploading…" → the descriptions "This document includes…" offers for it. [INF, domain.md §4.3] */
export const DOCUMENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  [FINANCIAL]: FINANCIAL_DOCUMENTS,
  [BID_SURETY_BOND]: ['Bid Surety Bond (Entire Document)', 'Bid Surety Bond Rider or Amendment'],
  'Response to Covered Document Review Notice': ['Entire Document'],
  'Response to Bona Fide Bid (Notice to Substantiate) Notice': ['Entire Document'],
  'Response to Preliminary Bid Evaluation Notice': ['Entire Document'],
  'Bidder Inquiry Supporting Documentation': ['Entire Document'],
  'Subcontractor Disclosure': ['Entire Document'],
  'Contract Transfer/CHOW Documentation': ['Entire Document'],
  'Change of Location Documentation': ['Entire Document'],
  'Response to Breach of Contract Notice': ['Entire Document'],
  Other: ['Entire Document'],
};

/**
 * The User Role Table row each type of document falls under [DOC RT]: transfer, location-change and breach-of-contract
 * documents are for AOs and BAOs only; every other upload is open to all three roles.
 */
export const DOCUMENT_TYPE_ACTIONS: Readonly<Record<string, ActionId>> = {
  'Contract Transfer/CHOW Documentation': 'connexion.contract-transfer',
  'Change of Location Documentation': 'connexion.location-change',
  'Response to Breach of Contract Notice': 'connexion.breach-notice',
};

export function actionForDocumentType(documentType: string): ActionId {
  return (Object.hasOwn(DOCUMENT_TYPE_ACTIONS, documentType) ? DOCUMENT_TYPE_ACTIONS[documentType] : undefined) ?? 'connexion.upload-documents';
}

/** The types of document this person's role may upload, for the "I am uploading…" list. */
export function documentTypesFor(account: Account): string[] {
  return Object.keys(DOCUMENT_TYPES).filter((type) => may(account, actionForDocumentType(type)));
}

/** Documents that belong to the bid itself and had to be in by the close of the bid window. [DOC BSB, FIN] */
export const BID_DOCUMENT_TYPES: readonly string[] = [FINANCIAL, BID_SURETY_BOND];

/** The name of a Round 2021 CBA (program data, ../program/round-2021.ts), or undefined for an unknown code. */
export function cbaName(code: string): string | undefined {
  return cba(code)?.name;
}
