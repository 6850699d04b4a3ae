import { Router, type Request, type Response } from 'express';
import { rm } from 'node:fs/promises';
import { formatEastern } from '../../domain/clock.ts';
import { incomingPath, storeUpload } from '../../domain/connexion/uploads.ts';
import { contractFor, myContracts } from '../../domain/bidding/contracts.ts';
import { contractPdf } from '../../domain/bidding/contract-pdf.ts';
import { checkNoticeResponse, type ResponseField } from '../../domain/bidding/notice-response.ts';
import { isOpen, noticeFor, recordResponse, requireResponseOpen, responsesTo, visibleNotices } from '../../domain/bidding/notices.ts';
import { decideOffer, decisionOn, forfeitWarning, offerFor, offerLabel, visibleOffers } from '../../domain/bidding/offers.ts';
import { NOTICE_KINDS } from '../../domain/bidding/records.ts';
import { Refusal } from '../../domain/errors.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { formatDeadline } from '../../domain/program/eastern-time.ts';
import { contractMaintenanceRoutes } from './contract-maintenance.ts';
import { outcomeRoutes } from './outcomes.ts';
import { currentAccount, setNotice } from '../../http/session.ts';
import { parseUploadForm } from '../../http/upload-form.ts';
import { connexionGuard } from './guard.ts';

/**
 * Connexion for bidders and contract suppliers: notices (CDRD, BFB, PBE) answered by upload, contract offers
 * (AO, BAO), My Current Contract and the CMS-signed contract. Every action is checked against the role table.
 */
export function connexionBiddingRoutes(state: MockState): Router {
  const router = Router();
  const guard = connexionGuard(state);
  const param = (req: Request, name: string) => String(req.params[name]);

  // GET /connexion/notices — the organization's notices the role may see.
  router.get('/notices', ...guard, (_req, res) => {
    const notices = visibleNotices(state, currentAccount(res)).map((n) => ({
      ...n, title: NOTICE_KINDS[n.kind].title, due: formatDeadline(n.dueAt), answered: responsesTo(state, n).length > 0, open: isOpen(state, n),
    }));
    res.render('connexion/bidding/notices.njk', { notices });
  });

  const showNotice = (req: Request, res: Response, status: number, errors: Partial<Record<ResponseField, string>> = {}, pageError?: string) => {
    const notice = noticeFor(state, currentAccount(res), param(req, 'id'));
    const responses = responsesTo(state, notice).map((r) => ({ ...r, when: formatEastern(r.saved.at) }));
    // `notice` is the page's one-shot message in every layout: the record travels as `record`.
    res.status(status).render('connexion/bidding/notice.njk', {
      record: notice, title: NOTICE_KINDS[notice.kind].title, issued: formatEastern(notice.issuedAt), due: formatDeadline(notice.dueAt),
      open: isOpen(state, notice), responses, errors, errorList: Object.values(errors), pageError,
    });
  };

  // GET /connexion/notices/:id — one notice of the organization (CDRD, BFB, PBE: every role).
  router.get('/notices/:id', ...guard, (req, res) => showNotice(req, res, 200));

  // POST /connexion/notices/:id/response — multipart (CSRF in the query); until the due date.
  router.post('/notices/:id/response', ...guard, async (req, res) => {
    const account = currentAccount(res);
    const notice = requireResponseOpen(state, account, param(req, 'id'));
    const incoming = incomingPath(state);
    try {
      const parsed = await parseUploadForm(req, 'file', incoming);
      const inspection = parsed.file?.inspection;
      const submitted = parsed.file && inspection ? { name: parsed.file.name, ...(inspection.ok ? {} : { refusal: inspection.reason }) } : undefined;
      const checked = checkNoticeResponse(account, notice, parsed.fields.certification ?? '', submitted);
      if (!checked.ok || !inspection?.ok) return showNotice(req, res, 400, checked.ok ? {} : checked.errors);
      const upload = await storeUpload(state, account, checked.value, inspection);
      recordResponse(state, account, notice, upload);
      setNotice(req, 'success', `Your response to the ${NOTICE_KINDS[notice.kind].title} was uploaded successfully.`);
      res.redirect(`/connexion/notices/${notice.id}`);
    } catch (error) {
      if (error instanceof Refusal && (error.kind === 'unavailable' || error.kind === 'invalid')) return showNotice(req, res, error.kind === 'invalid' ? 400 : 503, {}, error.message);
      throw error;
    } finally {
      await rm(incoming, { force: true });
    }
  });

  // GET /connexion/contract-offers — Contract Offers (AO, BAO).
  router.get('/contract-offers', ...guard, (_req, res) => {
    const offers = visibleOffers(state, currentAccount(res)).map((o) => ({ ...o, label: offerLabel(o), decision: decisionOn(state, o) }));
    res.render('connexion/bidding/offers.njk', { offers, due: offers[0] ? formatDeadline(offers[0].dueAt) : '' });
  });

  const showOffer = (req: Request, res: Response, status: number, pageError?: string, acknowledgeError?: string) => {
    const offer = offerFor(state, currentAccount(res), param(req, 'id'));
    const decision = decisionOn(state, offer);
    res.status(status).render('connexion/bidding/offer.njk', {
      offer, label: offerLabel(offer), decision, decidedAt: decision ? formatEastern(decision.saved.at) : '', due: formatDeadline(offer.dueAt),
      open: state.clock.nowMs() <= Date.parse(offer.dueAt), warning: offer.atOrBelowMedian ? forfeitWarning(offer) : '', pageError, acknowledgeError,
    });
  };

  // GET /connexion/contract-offers/:id — review one offer (AO, BAO).
  router.get('/contract-offers/:id', ...guard, (req, res) => showOffer(req, res, 200));

  // POST /connexion/contract-offers/:id/accept and /decline — AO, BAO; once; until the deadline.
  for (const answer of ['accept', 'decline'] as const) {
    router.post(`/contract-offers/:id/${answer}`, ...guard, (req, res) => {
      try {
        const acknowledged = ((req.body ?? {}) as Record<string, unknown>).acknowledgeForfeit === 'yes';
        decideOffer(state, currentAccount(res), param(req, 'id'), answer === 'accept' ? 'accepted' : 'declined', acknowledged);
        setNotice(req, 'success', answer === 'accept' ? 'You accepted this contract offer.' : 'You declined this contract offer.');
        res.redirect(`/connexion/contract-offers/${param(req, 'id')}`);
      } catch (error) {
        if (!(error instanceof Refusal) || (error.kind !== 'invalid' && error.kind !== 'conflict')) throw error;
        if (error.field === 'acknowledgeForfeit') return showOffer(req, res, 400, undefined, error.message);
        showOffer(req, res, error.kind === 'invalid' ? 400 : 409, error.message);
      }
    });
  }

  // GET /connexion/contract — My Current Contract (every role).
  router.get('/contract', ...guard, (_req, res) => {
    res.render('connexion/bidding/contract.njk', { contracts: myContracts(state, currentAccount(res)).map((c) => ({ ...c, effectiveOn: formatEastern(c.effective) })) });
  });

  // GET /connexion/contracts/:id — one contract of the organization (every role).
  router.get('/contracts/:id', ...guard, (req, res) => {
    const contract = contractFor(state, currentAccount(res), param(req, 'id'), 'connexion.current-contracts');
    res.render('connexion/bidding/contract.njk', { contracts: [{ ...contract, effectiveOn: formatEastern(contract.effective) }] });
  });

  // GET /connexion/contracts/:id/contract.pdf — the CMS-signed contract with Attachments A and B (every role).
  router.get('/contracts/:id/contract.pdf', ...guard, async (req, res) => {
    const contract = contractFor(state, currentAccount(res), param(req, 'id'), 'connexion.cms-signed-contract');
    const pdf = await contractPdf(contract);
    res.type('application/pdf').set('Content-Disposition', `inline; filename="contract-${contract.id}.pdf"`).send(Buffer.from(pdf));
  });

  router.use(contractMaintenanceRoutes(state));
  router.use(outcomeRoutes(state, guard));
  return router;
}
