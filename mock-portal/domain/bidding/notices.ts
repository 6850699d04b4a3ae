import { refuse } from '../errors.ts';
import { requirePermission, roleIn, type ActionId } from '../permissions.ts';
import type { MockState } from '../mock-state.ts';
import { cbicDeadline, easternInstant, formatDeadline } from '../program/eastern-time.ts';
import type { Account } from '../types.ts';
import { addBusinessDays } from './business-days.ts';
import { NOTICE_KINDS, type Notice, type NoticeKind, type NoticeResponse } from './records.ts';

/** Issue dates [DOC TL]; responses due 10 business days later at 8:59:59 p.m. ET [INF; matches PBE 12/3 → 12/17 DOC]. */
const ISSUED: Record<NoticeKind, string> = { BFB: '2019-10-31', CDRD: '2019-11-15', PBE: '2019-12-03' };
const RESPONSE_BUSINESS_DAYS = 10;

const TEXT: Record<NoticeKind, string> = {
  CDRD: 'The CBIC reviewed the financial documents your organization uploaded by the covered document review date. Upload the missing covered documents named in this notice. Only the covered documents named here are accepted.',
  BFB: 'Notice to Substantiate Your Bid(s): provide documentation that your bid amounts are bona fide, such as invoices and rationale for the amounts bid. If you do not respond by the due date, your bids for the affected competitions will be removed from consideration.',
  PBE: 'Your bid was evaluated for completeness: Form A approved and Form B certified in DBidS, the required financial documents and bid surety bond(s) uploaded, and each location licensed and accredited. Upload documentation for any deficiency listed in Table 1 of this notice.',
};

/** The person's Connexion organization, or a refusal. */
export function connexionOrganization(account: Account): string {
  const role = roleIn(account, 'Connexion');
  if (!role) throw refuse.forbidden('You have no Connexion role. Request one in the CMS IDM System.');
  return role.organizationId;
}

/** Every notice issued so far (on the mock clock) to the organization's bidder numbers. */
export function noticesOf(state: MockState, organizationId: string): Notice[] {
  const organization = state.organizations.get(organizationId);
  if (!organization) return [];
  const now = state.clock.nowMs();
  return organization.bidderNumbers.flatMap((bidderNumber) =>
    (Object.keys(ISSUED) as NoticeKind[]).map((kind) => ({
      id: `${kind}-${bidderNumber}`,
      kind,
      bidderNumber,
      organizationId,
      issuedAt: easternInstant(ISSUED[kind], '09:00:00.000'),
      dueAt: cbicDeadline(addBusinessDays(ISSUED[kind], RESPONSE_BUSINESS_DAYS)),
      text: TEXT[kind],
    })),
  ).filter((n) => Date.parse(n.issuedAt) <= now);
}

/** The notices the person may see: those of their organization and kinds their role may view. */
export function visibleNotices(state: MockState, account: Account): Notice[] {
  const organizationId = connexionOrganization(account);
  return noticesOf(state, organizationId).filter((n) => mayAct(account, NOTICE_KINDS[n.kind].action));
}

function mayAct(account: Account, action: ActionId): boolean {
  try {
    requirePermission(account, action);
    return true;
  } catch {
    return false;
  }
}

/** One notice of the person's organization, the role allowing; another organization's is "not found". */
export function noticeFor(state: MockState, account: Account, noticeId: string): Notice {
  const organizationId = connexionOrganization(account);
  const notice = noticesOf(state, organizationId).find((n) => n.id === noticeId);
  if (!notice) throw refuse.notFound(`Notice ${noticeId} is not one of your organization's notices. Open it from My To-Do List.`);
  requirePermission(account, NOTICE_KINDS[notice.kind].action);
  return notice;
}

/** What a response is recorded against: a notice of the organization (CDRD, BFB, PBE, or breach of contract). */
type Answerable = Pick<Notice, 'id' | 'organizationId'>;

export function responsesTo(state: MockState, notice: Answerable): NoticeResponse[] {
  return state.noticeResponses.filter((r) => r.noticeId === notice.id && r.organizationId === notice.organizationId);
}

export function isOpen(state: MockState, notice: Notice): boolean {
  return state.clock.nowMs() <= Date.parse(notice.dueAt);
}

/** Checks that a response may still be uploaded: the role allows it and the due date has not passed. [rule 55] */
export function requireResponseOpen(state: MockState, account: Account, noticeId: string): Notice {
  const notice = noticeFor(state, account, noticeId);
  if (!isOpen(state, notice)) {
    throw refuse.conflict(`Responses to this ${NOTICE_KINDS[notice.kind].title} were due by ${formatDeadline(notice.dueAt)}. Late responses are not accepted.`);
  }
  return notice;
}

export function recordResponse(state: MockState, account: Account, notice: Answerable, upload: { id: string; fileName: string }): NoticeResponse {
  const response: NoticeResponse = { noticeId: notice.id, organizationId: notice.organizationId, uploadId: upload.id, fileName: upload.fileName, saved: { by: account.userId, at: state.nowIso() } };
  state.noticeResponses.push(response);
  return response;
}
