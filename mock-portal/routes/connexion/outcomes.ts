import type { RequestHandler, Router } from 'express';
import { formatEastern } from '../../domain/clock.ts';
import { contractFor } from '../../domain/bidding/contracts.ts';
import { connexionOrganization } from '../../domain/bidding/notices.ts';
import {
  bondReturnNotice, disqualificationNotice, financialScoringSummary, inquiryOf, isInquiryOpen, outcomeLinks, ownBidderNumber, reviewNotice, submitInquiry,
} from '../../domain/bidding/outcomes.ts';
import { breachNoticeFor, breachNotices, breachResponses, isBreachResponseOpen, respondToBreachNotice } from '../../domain/contract-maintenance/breach.ts';
import type { Refusal } from '../../domain/errors.ts';
import { requirePermission } from '../../domain/permissions.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { formatDeadline } from '../../domain/program/eastern-time.ts';
import { TIMELINE } from '../../domain/program/round-2021.ts';
import { get, post, routeTable, type Ctx, type Page } from '../../http/adapter.ts';

/** The bidder inquiry of a bidder number: what was submitted, and the form while the window is open. */
function inquiryPage(state: MockState, { account, param, form }: Ctx, refusal?: Refusal): Page {
  const bidderNumber = param('bn');
  const inquiry = inquiryOf(state, ownBidderNumber(state, account, bidderNumber), bidderNumber);
  const entries = inquiry
    ? [...inquiry.comments.map((c) => ({ what: `Comment: ${c.text}`, ...c.saved })), ...inquiry.documents.map((d) => ({ what: `Document: ${d.fileName}`, ...d.saved }))].map((e) => ({ ...e, when: formatEastern(e.at) }))
    : [];
  return {
    view: 'connexion/outcomes/inquiry.njk',
    locals: { bidderNumber, inquiry, open: isInquiryOpen(state, account, bidderNumber), errors: refusal?.messages ?? [], comments: refusal ? form.text('comments') : '', due: formatDeadline(TIMELINE.bidderInquiryDue), entries },
  };
}

/** One breach of contract notice, its responses, and the response form while it is open. */
function breachPage(state: MockState, { account, param }: Ctx, refusal?: Refusal): Page {
  const notice = breachNoticeFor(state, account, param('id'), param('nid'));
  return {
    view: 'connexion/outcomes/breach.njk',
    locals: {
      record: notice, responses: breachResponses(state, notice).map((r) => ({ ...r, when: formatEastern(r.saved.at) })), errors: refusal?.messages ?? [],
      issued: formatEastern(notice.issuedAt), due: formatDeadline(notice.dueAt), open: isBreachResponseOpen(state, notice),
    },
  };
}

/**
 * Bid evaluation results (financial scoring summary, disqualification notice, bidder inquiry, review notice, bond
 * return notice) and breach of contract notices. Mounted behind the Connexion sign-in and role checks.
 */
export function outcomeRoutes(state: MockState, connexionUser: readonly RequestHandler[]): Router {
  return routeTable(state, [
    // GET /connexion/bidders — Bid Results: the organization's bidder numbers and what is posted for each.
    get('/bidders', connexionUser, ({ account }) => {
      const organization = state.organizations.get(connexionOrganization(account));
      return { view: 'connexion/outcomes/bidders.njk', locals: { bidders: (organization?.bidderNumbers ?? []).map((n) => ({ bidderNumber: n, links: outcomeLinks(state, account, n) })) } };
    }),
    // GET /connexion/bidders/:bn/financial-scoring-summary — AO, BAO.
    get('/bidders/:bn/financial-scoring-summary', connexionUser, ({ account, param }) => ({
      view: 'connexion/outcomes/financial.njk', locals: { summary: financialScoringSummary(state, account, param('bn')) },
    })),
    // GET /connexion/bidders/:bn/disqualification — AO, BAO.
    get('/bidders/:bn/disqualification', connexionUser, ({ account, param }) => {
      const notice = disqualificationNotice(state, account, param('bn'));
      return { view: 'connexion/outcomes/disqualification.njk', locals: { notice, issued: formatEastern(notice.issuedAt) } };
    }),
    // GET /connexion/bidders/:bn/inquiry — the bidder inquiry (every role).
    get('/bidders/:bn/inquiry', connexionUser, (ctx) => inquiryPage(state, ctx)),
    // POST /connexion/bidders/:bn/inquiry — multipart: comments and a supporting PDF (the first time both), until the deadline.
    post('/bidders/:bn/inquiry', connexionUser, ({ account, param, form, file }: Ctx) => submitInquiry(state, account, param('bn'), form, file), {
      body: 'upload',
      done: ({ inquiry, first }) => ({
        redirect: `/connexion/bidders/${inquiry.bidderNumber}/inquiry`,
        notice: { kind: 'success', text: first ? `Your bidder inquiry for bidder number ${inquiry.bidderNumber} was submitted.` : 'Your inquiry was updated.' },
      }),
      refused: (ctx, refusal) => inquiryPage(state, ctx, refusal),
      shows: ['invalid', 'unavailable'],
    }),
    // GET /connexion/bidders/:bn/review-notice — AO, BAO; an EU for their own inquiry.
    get('/bidders/:bn/review-notice', connexionUser, ({ account, param }) => {
      const notice = reviewNotice(state, account, param('bn'));
      return { view: 'connexion/outcomes/review.njk', locals: { notice, issued: formatEastern(notice.issuedAt) } };
    }),
    // GET /connexion/bidders/:bn/bond-return — every role.
    get('/bidders/:bn/bond-return', connexionUser, ({ account, param }) => {
      const notice = bondReturnNotice(state, account, param('bn'));
      return { view: 'connexion/outcomes/bond-return.njk', locals: { notice, issued: formatEastern(notice.issuedAt) } };
    }),

    // GET /connexion/contracts/:id/breach-notices — the contract's breach notices (AO, BAO).
    get('/contracts/:id/breach-notices', connexionUser, ({ account, param }) => {
      const contract = contractFor(state, account, param('id'), 'connexion.current-contracts');
      requirePermission(account, 'connexion.breach-notice');
      return { view: 'connexion/outcomes/breach-list.njk', locals: { contract, notices: breachNotices(state, contract).map((n) => ({ ...n, due: formatDeadline(n.dueAt) })) } };
    }),
    // GET /connexion/contracts/:id/breach-notices/:nid — one notice (AO, BAO).
    get('/contracts/:id/breach-notices/:nid', connexionUser, (ctx) => breachPage(state, ctx)),
    // POST /connexion/contracts/:id/breach-notices/:nid/response — multipart: the response, until its due date (AO, BAO).
    post('/contracts/:id/breach-notices/:nid/response', connexionUser, ({ account, param, form, file }: Ctx) => respondToBreachNotice(state, account, param('id'), param('nid'), form, file), {
      body: 'upload',
      done: ({ notice }) => ({ redirect: `/connexion/contracts/${notice.contractId}/breach-notices/${notice.id}`, notice: { kind: 'success', text: 'Your response to the breach of contract notice was uploaded successfully.' } }),
      refused: (ctx, refusal) => breachPage(state, ctx, refusal),
      shows: ['invalid', 'unavailable'],
    }),
  ]);
}
