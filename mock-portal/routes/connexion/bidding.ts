import type { Router } from 'express';
import { formatEastern } from '../../domain/clock.ts';
import { contractFor, myContracts } from '../../domain/bidding/contracts.ts';
import { contractPdf } from '../../domain/bidding/contract-pdf.ts';
import { respondToNotice } from '../../domain/bidding/notice-response.ts';
import { isOpen, noticeFor, responsesTo, visibleNotices } from '../../domain/bidding/notices.ts';
import { decideOffer, decisionOn, forfeitWarning, offerFor, offerLabel, visibleOffers } from '../../domain/bidding/offers.ts';
import { NOTICE_KINDS } from '../../domain/bidding/records.ts';
import type { Refusal } from '../../domain/errors.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { formatDeadline } from '../../domain/program/eastern-time.ts';
import { get, post, routeTable, type Ctx, type Page } from '../../http/adapter.ts';
import { contractMaintenanceRoutes } from './contract-maintenance.ts';
import { connexionGuard } from './guard.ts';
import { outcomeRoutes } from './outcomes.ts';

/** One notice of the organization, with its responses; a refused response shows its problems. */
function noticePage(state: MockState, { account, param }: Ctx, refusal?: Refusal): Page {
  const notice = noticeFor(state, account, param('id'));
  const errors = refusal?.problems ?? {};
  return {
    view: 'connexion/bidding/notice.njk',
    // `notice` is the page's one-shot message in every layout: the record travels as `record`.
    locals: {
      record: notice, title: NOTICE_KINDS[notice.kind].title, issued: formatEastern(notice.issuedAt), due: formatDeadline(notice.dueAt),
      open: isOpen(state, notice), responses: responsesTo(state, notice).map((r) => ({ ...r, when: formatEastern(r.saved.at) })),
      errors, errorList: Object.values(errors), pageError: refusal && !Object.keys(errors).length ? refusal.message : undefined,
    },
  };
}

/** One contract offer; a refused decision shows why (the forfeiture box, or the page). */
function offerPage(state: MockState, { account, param }: Ctx, refusal?: Refusal): Page {
  const offer = offerFor(state, account, param('id'));
  const decision = decisionOn(state, offer);
  const acknowledge = refusal?.field === 'acknowledgeForfeit';
  return {
    view: 'connexion/bidding/offer.njk',
    locals: {
      offer, label: offerLabel(offer), decision, decidedAt: decision ? formatEastern(decision.saved.at) : '', due: formatDeadline(offer.dueAt),
      open: state.clock.nowMs() <= Date.parse(offer.dueAt), warning: offer.atOrBelowMedian ? forfeitWarning(offer) : '',
      pageError: acknowledge ? undefined : refusal?.message, acknowledgeError: acknowledge ? refusal.message : undefined,
    },
  };
}

/**
 * Connexion for bidders and contract suppliers: notices (CDRD, BFB, PBE) answered by upload, contract offers
 * (AO, BAO), My Current Contract and the CMS-signed contract. Every action is checked against the role table.
 */
export function connexionBiddingRoutes(state: MockState): Router {
  const connexionUser = connexionGuard(state);
  const router = routeTable(state, [
    // GET /connexion/notices — the organization's notices the role may see.
    get('/notices', connexionUser, ({ account }) => ({
      view: 'connexion/bidding/notices.njk',
      locals: {
        notices: visibleNotices(state, account).map((n) => ({
          ...n, title: NOTICE_KINDS[n.kind].title, due: formatDeadline(n.dueAt), answered: responsesTo(state, n).length > 0, open: isOpen(state, n),
        })),
      },
    })),
    // GET /connexion/notices/:id — one notice of the organization (CDRD, BFB, PBE: every role).
    get('/notices/:id', connexionUser, (ctx) => noticePage(state, ctx)),
    // POST /connexion/notices/:id/response — multipart (CSRF in the query): a signed PDF, until the due date.
    post('/notices/:id/response', connexionUser, ({ account, param, form, file }: Ctx) => respondToNotice(state, account, param('id'), form, file), {
      body: 'upload',
      done: ({ notice }) => ({ redirect: `/connexion/notices/${notice.id}`, notice: { kind: 'success', text: `Your response to the ${NOTICE_KINDS[notice.kind].title} was uploaded successfully.` } }),
      refused: (ctx, refusal) => noticePage(state, ctx, refusal),
    }),

    // GET /connexion/contract-offers — Contract Offers (AO, BAO).
    get('/contract-offers', connexionUser, ({ account }) => {
      const offers = visibleOffers(state, account).map((o) => ({ ...o, label: offerLabel(o), decision: decisionOn(state, o) }));
      return { view: 'connexion/bidding/offers.njk', locals: { offers, due: offers[0] ? formatDeadline(offers[0].dueAt) : '' } };
    }),
    // GET /connexion/contract-offers/:id — review one offer (AO, BAO).
    get('/contract-offers/:id', connexionUser, (ctx) => offerPage(state, ctx)),
    // POST /connexion/contract-offers/:id/accept and /decline — AO, BAO; once; until the deadline.
    ...(['accept', 'decline'] as const).map((answer) =>
      post(`/contract-offers/:id/${answer}`, connexionUser, ({ account, param, form }: Ctx) =>
        decideOffer(state, account, param('id'), answer === 'accept' ? 'accepted' : 'declined', form.text('acknowledgeForfeit') === 'yes'), {
        done: (decision) => ({ redirect: `/connexion/contract-offers/${decision.offerId}`, notice: { kind: 'success', text: answer === 'accept' ? 'You accepted this contract offer.' : 'You declined this contract offer.' } }),
        refused: (ctx, refusal) => offerPage(state, ctx, refusal),
      })),

    // GET /connexion/contract — My Current Contract (every role).
    get('/contract', connexionUser, ({ account }) => ({
      view: 'connexion/bidding/contract.njk',
      locals: { contracts: myContracts(state, account).map((c) => ({ ...c, effectiveOn: formatEastern(c.effective) })) },
    })),
    // GET /connexion/contracts/:id — one contract of the organization (every role).
    get('/contracts/:id', connexionUser, ({ account, param }) => {
      const contract = contractFor(state, account, param('id'), 'connexion.current-contracts');
      return { view: 'connexion/bidding/contract.njk', locals: { contracts: [{ ...contract, effectiveOn: formatEastern(contract.effective) }] } };
    }),
    // GET /connexion/contracts/:id/contract.pdf — the CMS-signed contract with Attachments A and B (every role).
    get('/contracts/:id/contract.pdf', connexionUser, async ({ account, param }) => {
      const contract = contractFor(state, account, param('id'), 'connexion.cms-signed-contract');
      return { download: await contractPdf(contract), type: 'application/pdf', fileName: `contract-${contract.id}.pdf` };
    }),
  ]);

  router.use(contractMaintenanceRoutes(state));
  router.use(outcomeRoutes(state, connexionUser));
  return router;
}
