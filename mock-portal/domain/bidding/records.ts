/**
 * What Connexion shows bidders and contract suppliers, derived from the organization and its bids (never stored),
 * and what people did about it (stored on the portal): notice responses and contract offer decisions.
 * [DOC S2, BIDPG, TL, VHG2, BSB; shared/docs/domain.md §4.4]
 */
import type { Stamp } from './bids.ts';

export const NOTICE_KINDS = {
  CDRD: { title: 'Covered Document Review Date Notice', documentType: 'Response to Covered Document Review Notice', action: 'connexion.cdrd-notice' },
  BFB: { title: 'Bona Fide Bid Notice', documentType: 'Response to Bona Fide Bid (Notice to Substantiate) Notice', action: 'connexion.bfb-notice' },
  PBE: { title: 'Preliminary Bid Evaluation Notice', documentType: 'Response to Preliminary Bid Evaluation Notice', action: 'connexion.pbe-notice' },
} as const;
export type NoticeKind = keyof typeof NOTICE_KINDS;

/** A notice requesting information from a bidder, for one bidder number. */
export interface Notice {
  /** "BFB-210001". */
  id: string;
  kind: NoticeKind;
  bidderNumber: string;
  organizationId: string;
  issuedAt: string;
  dueAt: string;
  text: string;
}

/** A bidder's upload answering a notice (the file itself is an Upload in My Upload History). */
export interface NoticeResponse {
  noticeId: string;
  organizationId: string;
  uploadId: string;
  fileName: string;
  saved: Stamp;
}

/** A contract offer for one product category in one CBA. */
export interface ContractOffer {
  /** "210001-47900-DC-ots-knee-braces". */
  id: string;
  bidderNumber: string;
  organizationId: string;
  cbaId: string;
  productCategoryId: string;
  /** The single payment amount of the lead item [INF]. */
  singlePaymentAmount: string;
  /** The bidder's composite bid is at or below the median composite bid rate: declining forfeits the CBA's bond. [DOC BSB] */
  atOrBelowMedian: boolean;
  issuedAt: string;
  dueAt: string;
}

export interface OfferDecision {
  offerId: string;
  organizationId: string;
  answer: 'accepted' | 'declined';
  saved: Stamp;
}

/** The bidder number's one inquiry about its disqualification: comments and supporting documents. [DOC BINQ] */
export interface BidderInquiry {
  bidderNumber: string;
  organizationId: string;
  comments: { text: string; saved: Stamp }[];
  documents: { uploadId: string; fileName: string; saved: Stamp }[];
  saved: Stamp;
}
