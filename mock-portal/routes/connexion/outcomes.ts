import { Router, type Request, type RequestHandler, type Response } from 'express';
import { config } from '../../config.ts';
import { formatEastern } from '../../domain/clock.ts';
import { contractFor } from '../../domain/bidding/contracts.ts';
import { connexionOrganization } from '../../domain/bidding/notices.ts';
import {
  bondReturnNotice, checkInquiryComments, disqualificationNotice, financialScoringSummary, inquiryOf, outcomeLinks, ownBidderNumber,
  requireInquiryOpen, reviewNotice, submitInquiry,
} from '../../domain/bidding/outcomes.ts';
import { breachNoticeFor, breachNotices, requireBreachResponseOpen } from '../../domain/contract-maintenance/breach.ts';
import { Refusal } from '../../domain/errors.ts';
import { requirePermission } from '../../domain/permissions.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { formatDeadline } from '../../domain/program/eastern-time.ts';
import { TIMELINE } from '../../domain/program/round-2021.ts';
import { readPdfForm } from '../../http/pdf-upload.ts';
import { currentAccount, setNotice } from '../../http/session.ts';

/**
 * Bid evaluation results (financial scoring summary, disqualification notice, bidder inquiry, review notice, bond
 * return notice) and breach of contract notices. Mounted behind the Connexion sign-in and role checks.
 */
export function outcomeRoutes(state: MockState, guard: RequestHandler[]): Router {
  const router = Router();
  const bn = (req: Request) => String(req.params.bn);

  // GET /connexion/bidders — Bid Results: the organization's bidder numbers and what is posted for each.
  router.get('/bidders', ...guard, (_req, res) => {
    const account = currentAccount(res);
    const organization = state.organizations.get(connexionOrganization(account));
    const bidders = (organization?.bidderNumbers ?? []).map((n) => ({ bidderNumber: n, links: outcomeLinks(state, account, n) }));
    res.render('connexion/outcomes/bidders.njk', { bidders });
  });

  // GET /connexion/bidders/:bn/financial-scoring-summary — AO, BAO.
  router.get('/bidders/:bn/financial-scoring-summary', ...guard, (req, res) => {
    res.render('connexion/outcomes/financial.njk', { summary: financialScoringSummary(state, currentAccount(res), bn(req)) });
  });

  // GET /connexion/bidders/:bn/disqualification — AO, BAO.
  router.get('/bidders/:bn/disqualification', ...guard, (req, res) => {
    const notice = disqualificationNotice(state, currentAccount(res), bn(req));
    res.render('connexion/outcomes/disqualification.njk', { notice, issued: formatEastern(notice.issuedAt) });
  });

  const showInquiry = (req: Request, res: Response, status: number, errors: string[] = [], comments = '') => {
    const account = currentAccount(res);
    const organizationId = ownBidderNumber(state, account, bn(req));
    let open = true;
    try {
      requireInquiryOpen(state, account, bn(req));
    } catch (error) {
      if (!(error instanceof Refusal) || error.kind !== 'conflict') throw error;
      open = false;
    }
    const inquiry = inquiryOf(state, organizationId, bn(req));
    res.status(status).render('connexion/outcomes/inquiry.njk', {
      bidderNumber: bn(req), inquiry, open, errors, comments, due: formatDeadline(TIMELINE.bidderInquiryDue),
      entries: inquiry ? [...inquiry.comments.map((c) => ({ what: `Comment: ${c.text}`, ...c.saved })), ...inquiry.documents.map((d) => ({ what: `Document: ${d.fileName}`, ...d.saved }))].map((e) => ({ ...e, when: formatEastern(e.at) })) : [],
    });
  };

  // GET /connexion/bidders/:bn/inquiry — the bidder inquiry (every role).
  router.get('/bidders/:bn/inquiry', ...guard, (req, res) => showInquiry(req, res, 200));

  // POST /connexion/bidders/:bn/inquiry — multipart: comments and a supporting PDF (the first time both), until the deadline.
  router.post('/bidders/:bn/inquiry', ...guard, async (req, res) => {
    const account = currentAccount(res);
    const organizationId = requireInquiryOpen(state, account, bn(req));
    const first = !inquiryOf(state, organizationId, bn(req));
    await readPdfForm(state, account, req, async (form) => {
      const comments = form.fields.comments ?? '';
      const errors = [...checkInquiryComments(comments, first, form.ok && form.hasFile), ...(form.ok ? [] : form.errors)];
      if (first && form.ok && !form.hasFile) errors.push('Under Select my file…, choose your supporting documentation (PDF).');
      if (errors.length || !form.ok) return showInquiry(req, res, 400, errors, comments);
      const upload = form.hasFile
        ? await form.store({ bidCycle: config.connexion.bidCycle, bidderNumber: bn(req), documentType: 'Bidder Inquiry Supporting Documentation', description: 'Entire Document' })
        : undefined;
      submitInquiry(state, account, bn(req), comments.trim(), upload);
      setNotice(req, 'success', first ? `Your bidder inquiry for bidder number ${bn(req)} was submitted.` : 'Your inquiry was updated.');
      res.redirect(`/connexion/bidders/${bn(req)}/inquiry`);
    }, { fileOptional: true });
  });

  // GET /connexion/bidders/:bn/review-notice — AO, BAO; an EU for their own inquiry.
  router.get('/bidders/:bn/review-notice', ...guard, (req, res) => {
    const notice = reviewNotice(state, currentAccount(res), bn(req));
    res.render('connexion/outcomes/review.njk', { notice, issued: formatEastern(notice.issuedAt) });
  });

  // GET /connexion/bidders/:bn/bond-return — every role.
  router.get('/bidders/:bn/bond-return', ...guard, (req, res) => {
    const notice = bondReturnNotice(state, currentAccount(res), bn(req));
    res.render('connexion/outcomes/bond-return.njk', { notice, issued: formatEastern(notice.issuedAt) });
  });

  const showBreach = (req: Request, res: Response, status: number, errors: string[] = []) => {
    const notice = breachNoticeFor(state, currentAccount(res), String(req.params.id), String(req.params.nid));
    const responses = state.noticeResponses.filter((r) => r.noticeId === notice.id && r.organizationId === notice.organizationId).map((r) => ({ ...r, when: formatEastern(r.saved.at) }));
    res.status(status).render('connexion/outcomes/breach.njk', {
      record: notice, responses, errors, issued: formatEastern(notice.issuedAt), due: formatDeadline(notice.dueAt), open: state.clock.nowMs() <= Date.parse(notice.dueAt),
    });
  };

  // GET /connexion/contracts/:id/breach-notices — the contract's breach notices (AO, BAO).
  router.get('/contracts/:id/breach-notices', ...guard, (req, res) => {
    const account = currentAccount(res);
    const contract = contractFor(state, account, String(req.params.id), 'connexion.current-contracts');
    requirePermission(account, 'connexion.breach-notice');
    res.render('connexion/outcomes/breach-list.njk', { contract, notices: breachNotices(state, contract).map((n) => ({ ...n, due: formatDeadline(n.dueAt) })) });
  });

  // GET /connexion/contracts/:id/breach-notices/:nid — one notice (AO, BAO).
  router.get('/contracts/:id/breach-notices/:nid', ...guard, (req, res) => showBreach(req, res, 200));

  // POST /connexion/contracts/:id/breach-notices/:nid/response — multipart: the response, until its due date (AO, BAO).
  router.post('/contracts/:id/breach-notices/:nid/response', ...guard, async (req, res) => {
    const account = currentAccount(res);
    const notice = breachNoticeFor(state, account, String(req.params.id), String(req.params.nid));
    requireBreachResponseOpen(state, notice);
    const contract = contractFor(state, account, notice.contractId, 'connexion.current-contracts');
    await readPdfForm(state, account, req, async (form) => {
      if (!form.ok) return showBreach(req, res, 400, form.errors);
      const upload = await form.store({ bidCycle: config.connexion.bidCycle, bidderNumber: contract.bidderNumber, documentType: 'Response to Breach of Contract Notice', description: 'Entire Document' });
      state.noticeResponses.push({ noticeId: notice.id, organizationId: notice.organizationId, uploadId: upload.id, fileName: upload.fileName, saved: { by: account.userId, at: state.nowIso() } });
      setNotice(req, 'success', 'Your response to the breach of contract notice was uploaded successfully.');
      res.redirect(`/connexion/contracts/${notice.contractId}/breach-notices/${notice.id}`);
    });
  });

  return router;
}
