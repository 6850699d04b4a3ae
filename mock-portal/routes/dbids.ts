import type { NextFunction, Request, Response, Router } from 'express';
import { formatEastern } from '../domain/clock.ts';
import { ACCREDITATION_ORGANIZATIONS, type Bid } from '../domain/bidding/bids.ts';
import {
  BUSINESS_FIELDS, DBIDS_MESSAGES, ENTRY_FIELDS, LOCATION_FIELDS, admitToDbids, approveFormA, bidOf, bidStatus, bidWindow, certifyFormB, dbidsBidderNumbers,
  formAGaps, saveBusinessOrganizationForm, saveFormBEntryForm, saveLocationForm, valuesOf,
} from '../domain/bidding/dbids.ts';
import { refuse, type Refusal } from '../domain/errors.ts';
import { permissionsOf, roleIn } from '../domain/permissions.ts';
import type { MockState } from '../domain/mock-state.ts';
import { formatDeadline } from '../domain/program/eastern-time.ts';
import { CBAS, PRODUCT_CATEGORIES, TIMELINE, cba, productCategory } from '../domain/program/round-2021.ts';
import { get, post, routeTable, type Answer, type Ctx, type Page } from '../http/adapter.ts';
import { currentAccount, requireSignIn, signOut } from '../http/session.ts';
import { signInRoutes } from '../http/sign-in-routes.ts';

function formAStatus(bid: Bid): string {
  if (bid.formA.approved) return 'Approved';
  return bid.formA.businessOrganization || bid.formA.locations.length ? 'In progress' : 'Not started';
}
function formBStatus(bid: Bid): string {
  if (bid.formB.certified) return 'Certified';
  return bid.formB.entries.length ? 'In progress' : 'Not started';
}

/** A refusal of a whole form: its fields' problems, or one message for the page. */
const fieldsOrPage = (refusal: Refusal | undefined) => (refusal && Object.keys(refusal.problems).length ? { problems: refusal.problems } : { pageError: refusal?.message });

interface FormAExtras { business?: Record<string, string>; businessErrors?: Record<string, string>; locationInput?: { ptan: string; values: Record<string, string>; errors: Record<string, string> }; pageError?: string | undefined }

function formAPage(state: MockState, { account, param }: Ctx, extras: FormAExtras = {}): Page {
  const bid = bidOf(state, account, param('bidderNumber'));
  const organization = state.organizations.get(bid.organizationId);
  const locations = (organization?.ptans ?? []).map((ptan) => {
    const saved = bid.formA.locations.find((l) => l.ptan === ptan);
    const input = extras.locationInput?.ptan === ptan ? extras.locationInput : undefined;
    return { ptan, saved: !!saved, values: input?.values ?? saved ?? {}, errors: input?.errors ?? {} };
  });
  const businessErrors = extras.businessErrors ?? {};
  return {
    view: 'dbids/form-a.njk',
    locals: {
      bid, organization, locations, status: formAStatus(bid), gaps: formAGaps(state, bid),
      business: extras.business ?? bid.formA.businessOrganization ?? {}, businessErrors, businessErrorList: Object.values(businessErrors),
      accreditationOptions: ACCREDITATION_ORGANIZATIONS.map((a) => ({ value: a, label: a })),
      approvedAt: bid.formA.approved ? formatEastern(bid.formA.approved.at) : '', pageError: extras.pageError,
    },
  };
}

interface FormBExtras { entry?: Record<string, string>; entryErrors?: Record<string, string>; certifyError?: string | undefined; pageError?: string | undefined }

function formBPage(state: MockState, { account, param }: Ctx, extras: FormBExtras = {}): Page {
  const bid = bidOf(state, account, param('bidderNumber'));
  const entries = bid.formB.entries.map((e) => ({ ...e, category: productCategory(e.productCategoryId)?.name ?? e.productCategoryId, cba: cba(e.cbaId)?.name ?? e.cbaId }));
  const entryErrors = extras.entryErrors ?? {};
  return {
    view: 'dbids/form-b.njk',
    locals: {
      bid, entries, status: formBStatus(bid), entry: extras.entry ?? {}, entryErrors, entryErrorList: Object.values(entryErrors),
      categoryOptions: PRODUCT_CATEGORIES.map((c) => ({ value: c.id, label: `${c.name} (lead item ${c.leadItem})` })),
      cbaOptions: CBAS.map((c) => ({ value: c.id, label: c.name })),
      certifyError: extras.certifyError, pageError: extras.pageError,
      certifiedAt: bid.formB.certified ? formatEastern(bid.formB.certified.at) : '',
    },
  };
}

/** Back to a form with the one-shot message: the action's own, or `saved`. */
const backTo = (ctx: Ctx, form: 'form-a' | 'form-b', notice: string | undefined, saved: string): Answer => ({
  redirect: `/dbids/bids/${ctx.param('bidderNumber')}/${form}`,
  notice: { kind: notice ? 'info' : 'success', text: notice ?? saved },
});

/** DBidS, the DMEPOS Bidding System: log in with IDM credentials, Form A and Form B, the bid window on the mock clock. */
export function dbidsRoutes(state: MockState): Router {
  const router = signInRoutes(state, {
    system: 'dbids', systemName: 'DBidS', base: '/dbids', signInView: 'dbids/log-in.njk', verifyView: 'dbids/verify.njk',
    home: '/dbids/bids', requireTerms: false, admit: (p, userId) => void admitToDbids(p, userId),
  });

  // A DBidS role is needed on every page, even mid-session (a removed role ends access).
  const withRole = (req: Request, res: Response, next: NextFunction) => {
    const account = currentAccount(res);
    const role = roleIn(account, 'DBidS');
    if (!role) {
      signOut(req, 'dbids');
      throw refuse.forbidden(DBIDS_MESSAGES.noRole);
    }
    res.locals.role = role;
    res.locals.can = permissionsOf(account, 'DBidS');
    res.locals.window = bidWindow(state);
    res.locals.closes = formatDeadline(TIMELINE.bidWindowCloses);
    res.locals.editable = res.locals.window === 'open';
    next();
  };
  const dbidsUser = [requireSignIn(state, 'dbids', '/dbids/'), withRole];
  const bidderNumber = (ctx: Ctx) => ctx.param('bidderNumber');

  router.use(routeTable(state, [
    // GET /dbids/bids — DBidS home: the organization's bidder numbers and the status of their forms.
    get('/bids', dbidsUser, ({ account }) => {
      const bids = dbidsBidderNumbers(state, account).map((n) => bidOf(state, account, n))
        .map((b) => ({ bidderNumber: b.bidderNumber, formAStatus: formAStatus(b), formBStatus: formBStatus(b), status: bidStatus(b) }));
      return { view: 'dbids/home.njk', locals: { bids, organization: state.organizations.get(roleIn(account, 'DBidS')?.organizationId ?? '') } };
    }),

    // GET /dbids/bids/:bidderNumber/form-a — Form A of one of the organization's bidder numbers.
    get('/bids/:bidderNumber/form-a', dbidsUser, (ctx) => formAPage(state, ctx)),
    // POST /dbids/bids/:bidderNumber/form-a/business-organization — AO, BAO; bid window open.
    post('/bids/:bidderNumber/form-a/business-organization', dbidsUser, (ctx: Ctx) => saveBusinessOrganizationForm(state, ctx.account, bidderNumber(ctx), ctx.form), {
      done: (notice, ctx) => backTo(ctx, 'form-a', notice, 'Business Organization Information saved.'),
      refused: (ctx, refusal) => {
        const { problems, pageError } = fieldsOrPage(refusal);
        return formAPage(state, ctx, { business: valuesOf(ctx.form, BUSINESS_FIELDS), ...(problems ? { businessErrors: problems } : { pageError }) });
      },
    }),
    // POST /dbids/bids/:bidderNumber/form-a/locations/:ptan — AO, BAO, EU; bid window open.
    post('/bids/:bidderNumber/form-a/locations/:ptan', dbidsUser, (ctx: Ctx) => saveLocationForm(state, ctx.account, bidderNumber(ctx), ctx.param('ptan'), ctx.form), {
      done: (notice, ctx) => backTo(ctx, 'form-a', notice, `Location information for PTAN ${ctx.param('ptan')} saved.`),
      refused: (ctx, refusal) => {
        const { problems, pageError } = fieldsOrPage(refusal);
        return formAPage(state, ctx, { locationInput: { ptan: ctx.param('ptan'), values: valuesOf(ctx.form, LOCATION_FIELDS), errors: problems ?? {} }, pageError });
      },
    }),
    // POST /dbids/bids/:bidderNumber/form-a/approve — AO, BAO; Form A complete; bid window open.
    post('/bids/:bidderNumber/form-a/approve', dbidsUser, (ctx: Ctx) => approveFormA(state, ctx.account, bidderNumber(ctx)), {
      done: (_bid, ctx) => backTo(ctx, 'form-a', undefined, `Form A for bidder number ${bidderNumber(ctx)} is approved.`),
      refused: (ctx, refusal) => formAPage(state, ctx, { pageError: refusal.message }),
    }),

    // GET /dbids/bids/:bidderNumber/form-b — Form B of one of the organization's bidder numbers.
    get('/bids/:bidderNumber/form-b', dbidsUser, (ctx) => formBPage(state, ctx)),
    // POST /dbids/bids/:bidderNumber/form-b/entries — AO, BAO, EU; bid window open.
    post('/bids/:bidderNumber/form-b/entries', dbidsUser, (ctx: Ctx) => saveFormBEntryForm(state, ctx.account, bidderNumber(ctx), ctx.form), {
      done: (saved, ctx) => backTo(ctx, 'form-b', saved.notice, `Bid saved for ${productCategory(saved.productCategoryId)?.name} in ${cba(saved.cbaId)?.name}.`),
      refused: (ctx, refusal) => {
        const { problems, pageError } = fieldsOrPage(refusal);
        return formBPage(state, ctx, { entry: valuesOf(ctx.form, ENTRY_FIELDS), ...(problems ? { entryErrors: problems } : { pageError }) });
      },
    }),
    // POST /dbids/bids/:bidderNumber/form-b/certify — AO, BAO; Form A approved; bid window open.
    post('/bids/:bidderNumber/form-b/certify', dbidsUser, (ctx: Ctx) => certifyFormB(state, ctx.account, bidderNumber(ctx), ctx.form.text('certify') === 'yes'), {
      done: (_bid, ctx) => backTo(ctx, 'form-b', undefined, `Form B for bidder number ${bidderNumber(ctx)} is certified.`),
      refused: (ctx, refusal) => formBPage(state, ctx, refusal.field === 'certify' ? { certifyError: refusal.message } : { pageError: refusal.message }),
    }),
  ]));
  return router;
}
