/**
 * What bid evaluation tells a bidder in Connexion, derived from its bids and offers: the financial scoring summary,
 * disqualification notices, the bidder inquiry (one per bidder number, 30 calendar days), the bid disqualification
 * review notice, and the return of bid surety bond liability notice. [DOC RT, BINQ, BSB, VHG2; contents INF]
 */
import { storeSignedPdf } from '../connexion/uploads.ts';
import { isAccepted, signedPdfProblems, type ReceivedFile } from '../connexion/upload-rules.ts';
import { refuse } from '../errors.ts';
import type { FormFields } from '../forms.ts';
import { may, requirePermission, roleIn } from '../permissions.ts';
import type { MockState } from '../mock-state.ts';
import { easternInstant, formatDeadline } from '../program/eastern-time.ts';
import { TIMELINE, cba, productCategory } from '../program/round-2021.ts';
import type { Account } from '../types.ts';
import type { BidderInquiry } from './records.ts';

export type { BidderInquiry };
import { connexionOrganization } from './notices.ts';
import { ownershipConflicts, ownershipDisqualification } from './common-ownership.ts';
import { decisionOn, offersOf } from './offers.ts';


/** [INF] CMS posts the Bid Disqualification Review Notice one month after the inquiry window closes. */
const REVIEW_NOTICE_AT = easternInstant('2020-12-28', '09:00:00.000');
/** [DOC BSB] the bond liability is returned within 90 days of the announcement of contract suppliers (11/20/2020). */
const BOND_RETURN_AT = easternInstant('2021-02-18', '09:00:00.000');

/** The person's organization's bidder number, or "not found". */
export function ownBidderNumber(state: MockState, account: Account, bidderNumber: string): string {
  const organization = state.organizations.get(connexionOrganization(account));
  if (!organization?.bidderNumbers.includes(bidderNumber)) throw refuse.notFound(`Bidder number ${bidderNumber} is not one of your organization's bidder numbers.`);
  return organization.id;
}

const released = (state: MockState, at: string) => state.clock.nowMs() >= Date.parse(at);

/** [GAP: contents] A financial scoring summary per bidder number, from the financial documents [INF]. */
export function financialScoringSummary(state: MockState, account: Account, bidderNumber: string) {
  ownBidderNumber(state, account, bidderNumber);
  requirePermission(account, 'connexion.financial-scoring-summary');
  if (!released(state, TIMELINE.contractOffers)) throw refuse.notFound('The financial scoring summary is not available yet. It is posted with the contract offers.');
  const seed = [...bidderNumber].reduce((sum, d) => sum + Number(d), 0);
  const scores = [
    { measure: 'Current ratio', score: 3 + (seed % 3) },
    { measure: 'Quick ratio', score: 2 + (seed % 4) },
    { measure: 'Debt-to-equity ratio', score: 3 + ((seed + 1) % 3) },
    { measure: 'Credit score', score: 4 + (seed % 2) },
    { measure: 'Net cash from operations', score: 2 + ((seed + 2) % 4) },
  ];
  return { bidderNumber, scores, total: scores.reduce((s, x) => s + x.score, 0), meetsStandard: true };
}

/** One disqualified competition per bidder number [INF]: OTS Back Braces in Washington, DC, for a missing bond. */
export function disqualificationNotice(state: MockState, account: Account, bidderNumber: string) {
  ownBidderNumber(state, account, bidderNumber);
  requirePermission(account, 'connexion.disqualification-notice');
  if (!released(state, TIMELINE.disqualificationNotices)) throw refuse.notFound('You have no disqualification notice.');
  return {
    bidderNumber,
    issuedAt: TIMELINE.disqualificationNotices,
    competitions: [
      { competition: `${productCategory('ots-back-braces')?.name} in ${cba('47900-DC')?.name}`, reason: 'The bid surety bond for this CBA was not uploaded in Connexion by the close of the bid window.' },
      ...ownershipConflicts(state, bidderNumber).map(ownershipDisqualification),
    ],
    inquiryDue: formatDeadline(TIMELINE.bidderInquiryDue),
  };
}

export function inquiryOf(state: MockState, organizationId: string, bidderNumber: string): BidderInquiry | undefined {
  return state.inquiries.find((i) => i.organizationId === organizationId && i.bidderNumber === bidderNumber);
}

/** The inquiry page: every role may submit one; the window is 30 calendar days from the notice. [DOC BINQ; rule 54] */
export function requireInquiryOpen(state: MockState, account: Account, bidderNumber: string): string {
  const organizationId = ownBidderNumber(state, account, bidderNumber);
  requirePermission(account, 'connexion.bidder-inquiry');
  if (!released(state, TIMELINE.disqualificationNotices)) throw refuse.conflict('There is no disqualification notice to inquire about yet.');
  if (state.clock.nowMs() > Date.parse(TIMELINE.bidderInquiryDue)) {
    throw refuse.conflict(`The bidder inquiry window closed on ${formatDeadline(TIMELINE.bidderInquiryDue)}. Late inquiries are not considered.`);
  }
  return organizationId;
}

export function checkInquiryComments(raw: string, first: boolean, hasDocument: boolean): string[] {
  const text = raw.trim();
  if (text.length > 4000) return ['Enter at most 4,000 characters of comments.'];
  if (first && !text) return ['Explain in Comments why you believe the disqualification was in error.'];
  if (!first && !text && !hasDocument) return ['Add a comment or a document.'];
  return [];
}

/** Whether the inquiry form is offered now: the bidder number's notices are out and the window has not closed. */
export function isInquiryOpen(state: MockState, account: Account, bidderNumber: string): boolean {
  ownBidderNumber(state, account, bidderNumber);
  requirePermission(account, 'connexion.bidder-inquiry');
  return released(state, TIMELINE.disqualificationNotices) && state.clock.nowMs() <= Date.parse(TIMELINE.bidderInquiryDue);
}

/**
 * Submits the bidder number's one inquiry (comments and a supporting PDF, both the first time), or adds comments
 * and documents to it until the deadline. [DOC BINQ; rule 54]
 */
export async function submitInquiry(state: MockState, account: Account, bidderNumber: string, form: FormFields, file: ReceivedFile | undefined): Promise<{ inquiry: BidderInquiry; first: boolean }> {
  const organizationId = requireInquiryOpen(state, account, bidderNumber);
  const existing = inquiryOf(state, organizationId, bidderNumber);
  const comments = form.text('comments');
  const signed = signedPdfProblems(account, file, form.text('certification'), { fileOptional: true });
  const signedOk = Object.keys(signed).length === 0;
  const problems = [...checkInquiryComments(comments, !existing, signedOk && !!file), ...Object.values(signed)];
  if (!existing && signedOk && !file) problems.push('Under Select my file…, choose your supporting documentation (PDF).');
  if (problems.length) throw refuse.all(problems);
  const upload = isAccepted(file) ? await storeSignedPdf(state, account, file, { bidderNumber, documentType: 'Bidder Inquiry Supporting Documentation' }) : undefined;
  const saved = { by: account.userId, at: state.nowIso() };
  const inquiry = existing ?? { bidderNumber, organizationId, comments: [], documents: [], saved };
  if (comments.trim()) inquiry.comments.push({ text: comments.trim(), saved });
  if (upload) inquiry.documents.push({ uploadId: upload.id, fileName: upload.fileName, saved });
  if (!existing) state.inquiries.push(inquiry);
  return { inquiry, first: !existing };
}

/**
 * The Bid Disqualification Review Notice: CMS's findings on an inquiry. AO and BAO see it; an EU only for an
 * inquiry that EU submitted (footnote 4, read as [INF]).
 */
export function reviewNotice(state: MockState, account: Account, bidderNumber: string) {
  const organizationId = ownBidderNumber(state, account, bidderNumber);
  requirePermission(account, 'connexion.disqualification-review-notice');
  const inquiry = inquiryOf(state, organizationId, bidderNumber);
  if (!inquiry || !released(state, REVIEW_NOTICE_AT)) throw refuse.notFound('There is no bid disqualification review notice for this bidder number yet.');
  if (roleIn(account, 'Connexion')?.role === 'EU' && inquiry.saved.by.toLowerCase() !== account.userId.toLowerCase()) {
    throw refuse.forbidden('Viewing this bid disqualification review notice requires the AO or BAO role in Connexion, or being the EU who submitted the bidder inquiry; your role is EU and the inquiry was submitted by someone else.');
  }
  return { bidderNumber, issuedAt: REVIEW_NOTICE_AT, finding: 'CMS re-evaluated your bid and upholds the disqualification: no bid surety bond for the CBA was received by the close of the bid window.' };
}

/** CBAs whose bond liability is returned: no offer accepted there and no offer at or below the median declined. [DOC BSB] */
export function bondReturnNotice(state: MockState, account: Account, bidderNumber: string) {
  const organizationId = ownBidderNumber(state, account, bidderNumber);
  requirePermission(account, 'connexion.bond-return-notice');
  const offers = offersOf(state, organizationId).filter((o) => o.bidderNumber === bidderNumber);
  const cbas = [...new Set(offers.map((o) => o.cbaId))].filter((id) => {
    const inCba = offers.filter((o) => o.cbaId === id);
    return inCba.every((o) => !o.atOrBelowMedian && decisionOn(state, o)?.answer !== 'accepted');
  });
  if (!cbas.length || !released(state, BOND_RETURN_AT)) throw refuse.notFound('There is no return of bid surety bond liability notice for this bidder number.');
  return { bidderNumber, issuedAt: BOND_RETURN_AT, cbas: cbas.map((id) => cba(id)?.name ?? id) };
}

/** Which outcome pages to offer the person for a bidder number (no refusal thrown). */
export function outcomeLinks(state: MockState, account: Account, bidderNumber: string): { label: string; href: string }[] {
  const links: { label: string; href: string }[] = [];
  const base = `/connexion/bidders/${bidderNumber}`;
  const tryIt = (label: string, href: string, check: () => unknown) => {
    try {
      check();
      links.push({ label, href });
    } catch {
      // not available to this person now
    }
  };
  if (may(account, 'connexion.financial-scoring-summary')) tryIt('Financial Scoring Summary', `${base}/financial-scoring-summary`, () => financialScoringSummary(state, account, bidderNumber));
  if (may(account, 'connexion.disqualification-notice')) tryIt('Disqualification Notice', `${base}/disqualification`, () => disqualificationNotice(state, account, bidderNumber));
  if (released(state, TIMELINE.disqualificationNotices)) links.push({ label: 'Bidder Inquiry', href: `${base}/inquiry` });
  tryIt('Bid Disqualification Review Notice', `${base}/review-notice`, () => reviewNotice(state, account, bidderNumber));
  tryIt('Return of Bid Surety Bond Liability Notice', `${base}/bond-return`, () => bondReturnNotice(state, account, bidderNumber));
  return links;
}

