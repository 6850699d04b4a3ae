import { Router, type NextFunction, type Request, type Response } from 'express';
import { formatEastern } from '../domain/clock.ts';
import { ACCREDITATION_ORGANIZATIONS, type Bid } from '../domain/bidding/bids.ts';
import {
  DBIDS_MESSAGES, admitToDbids, approveFormA, bidOf, bidStatus, bidWindow, certifyFormB, checkBusinessOrganization, checkFormBEntry,
  checkLocation, dbidsBidderNumbers, formAGaps, requireBidAction, saveBusinessOrganization, saveFormBEntry, saveLocation,
  type BusinessField, type EntryField, type LocationField,
} from '../domain/bidding/dbids.ts';
import { Refusal } from '../domain/errors.ts';
import { permissionsOf, roleIn } from '../domain/permissions.ts';
import type { MockState } from '../domain/mock-state.ts';
import { formatDeadline } from '../domain/program/eastern-time.ts';
import { CBAS, PRODUCT_CATEGORIES, TIMELINE, cba, productCategory } from '../domain/program/round-2021.ts';
import { renderRefusal } from '../http/errors.ts';
import { currentAccount, requireSignIn, setNotice, signOut } from '../http/session.ts';
import { signInRoutes } from '../http/sign-in-routes.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const pick = <K extends string>(body: unknown, names: readonly K[]) =>
  Object.fromEntries(names.map((n) => [n, text(((body ?? {}) as Record<string, unknown>)[n])])) as Record<K, string>;

const BUSINESS_FIELDS: readonly BusinessField[] = ['doingBusinessAs', 'taxpayerId', 'contactName', 'contactPhone', 'contactEmail'];
const LOCATION_FIELDS: readonly LocationField[] = ['accreditationOrganization', 'stateLicenseNumber'];
const ENTRY_FIELDS: readonly EntryField[] = ['productCategoryId', 'cbaId', 'bidAmount', 'capacity'];

function formAStatus(bid: Bid): string {
  if (bid.formA.approved) return 'Approved';
  return bid.formA.businessOrganization || bid.formA.locations.length ? 'In progress' : 'Not started';
}
function formBStatus(bid: Bid): string {
  if (bid.formB.certified) return 'Certified';
  return bid.formB.entries.length ? 'In progress' : 'Not started';
}

/** Rethrows what is not a refusal about the request itself (permission, bidder number), which the error page shows. */
function pageRefusal(error: unknown): Refusal {
  if (error instanceof Refusal && (error.kind === 'invalid' || error.kind === 'conflict')) return error;
  throw error;
}

/** DBidS, the DMEPOS Bidding System: log in with IDM credentials, Form A and Form B, the bid window on the mock clock. */
export function dbidsRoutes(state: MockState): Router {
  const router = Router();
  router.use(signInRoutes(state, {
    system: 'dbids', systemName: 'DBidS', base: '/dbids', signInView: 'dbids/log-in.njk', verifyView: 'dbids/verify.njk',
    home: '/dbids/bids', requireTerms: false, admit: (p, userId) => void admitToDbids(p, userId),
  }));

  const signedIn = requireSignIn(state, 'dbids', '/dbids/');
  // A DBidS role is needed on every page, even mid-session (a removed role ends access).
  const withRole = (req: Request, res: Response, next: NextFunction) => {
    const account = currentAccount(res);
    const role = roleIn(account, 'DBidS');
    if (!role) {
      signOut(req, 'dbids');
      return renderRefusal(req, res, 403, DBIDS_MESSAGES.noRole);
    }
    res.locals.role = role;
    res.locals.can = permissionsOf(account, 'DBidS');
    res.locals.window = bidWindow(state);
    res.locals.closes = formatDeadline(TIMELINE.bidWindowCloses);
    res.locals.editable = res.locals.window === 'open';
    next();
  };
  const bidder = (req: Request) => String(req.params.bidderNumber);

  // GET /dbids/bids — DBidS home: the organization's bidder numbers and the status of their forms.
  router.get('/bids', signedIn, withRole, (_req, res) => {
    const account = currentAccount(res);
    const bids = dbidsBidderNumbers(state, account).map((n) => bidOf(state, account, n))
      .map((b) => ({ bidderNumber: b.bidderNumber, formAStatus: formAStatus(b), formBStatus: formBStatus(b), status: bidStatus(b) }));
    res.render('dbids/home.njk', { bids, organization: state.organizations.get(roleIn(account, 'DBidS')?.organizationId ?? '') });
  });

  interface FormAExtras { business?: Record<string, string>; businessErrors?: Record<string, string>; locationInput?: { ptan: string; values: Record<string, string>; errors: Record<string, string> }; pageError?: string }
  const showFormA = (req: Request, res: Response, status: number, extras: FormAExtras = {}) => {
    const account = currentAccount(res);
    const bid = bidOf(state, account, bidder(req));
    const organization = state.organizations.get(bid.organizationId);
    const locations = (organization?.ptans ?? []).map((ptan) => {
      const saved = bid.formA.locations.find((l) => l.ptan === ptan);
      const input = extras.locationInput?.ptan === ptan ? extras.locationInput : undefined;
      return { ptan, saved: !!saved, values: input?.values ?? saved ?? {}, errors: input?.errors ?? {} };
    });
    const businessErrors = extras.businessErrors ?? {};
    res.status(status).render('dbids/form-a.njk', {
      bid, organization, locations, status: formAStatus(bid), gaps: formAGaps(state, bid),
      business: extras.business ?? bid.formA.businessOrganization ?? {}, businessErrors, businessErrorList: Object.values(businessErrors),
      accreditationOptions: ACCREDITATION_ORGANIZATIONS.map((a) => ({ value: a, label: a })),
      approvedAt: bid.formA.approved ? formatEastern(bid.formA.approved.at) : '', pageError: extras.pageError,
    });
  };

  // GET /dbids/bids/:bidderNumber/form-a — Form A of one of the organization's bidder numbers.
  router.get('/bids/:bidderNumber/form-a', signedIn, withRole, (req, res) => showFormA(req, res, 200));

  // POST /dbids/bids/:bidderNumber/form-a/business-organization — AO, BAO; bid window open.
  router.post('/bids/:bidderNumber/form-a/business-organization', signedIn, withRole, (req, res) => {
    const raw = pick(req.body, BUSINESS_FIELDS);
    const account = currentAccount(res);
    try {
      requireBidAction(state, account, bidder(req), 'dbids.form-a.business-organization');
      const checked = checkBusinessOrganization(raw);
      if (!checked.ok) return showFormA(req, res, 400, { business: raw, businessErrors: checked.errors });
      const notice = saveBusinessOrganization(state, account, bidder(req), checked.value);
      setNotice(req, notice ? 'info' : 'success', notice ?? 'Business Organization Information saved.');
      res.redirect(`/dbids/bids/${bidder(req)}/form-a`);
    } catch (error) {
      showFormA(req, res, 409, { business: raw, pageError: pageRefusal(error).message });
    }
  });

  // POST /dbids/bids/:bidderNumber/form-a/locations/:ptan — AO, BAO, EU; bid window open.
  router.post('/bids/:bidderNumber/form-a/locations/:ptan', signedIn, withRole, (req, res) => {
    const ptan = String(req.params.ptan);
    const raw = pick(req.body, LOCATION_FIELDS);
    try {
      requireBidAction(state, currentAccount(res), bidder(req), 'dbids.form-a.locations');
      const checked = checkLocation(raw);
      if (!checked.ok) return showFormA(req, res, 400, { locationInput: { ptan, values: raw, errors: checked.errors } });
      const notice = saveLocation(state, currentAccount(res), bidder(req), ptan, checked.value);
      setNotice(req, notice ? 'info' : 'success', notice ?? `Location information for PTAN ${ptan} saved.`);
      res.redirect(`/dbids/bids/${bidder(req)}/form-a`);
    } catch (error) {
      showFormA(req, res, 409, { locationInput: { ptan, values: raw, errors: {} }, pageError: pageRefusal(error).message });
    }
  });

  // POST /dbids/bids/:bidderNumber/form-a/approve — AO, BAO; Form A complete; bid window open.
  router.post('/bids/:bidderNumber/form-a/approve', signedIn, withRole, (req, res) => {
    try {
      approveFormA(state, currentAccount(res), bidder(req));
      setNotice(req, 'success', `Form A for bidder number ${bidder(req)} is approved.`);
      res.redirect(`/dbids/bids/${bidder(req)}/form-a`);
    } catch (error) {
      const refusal = pageRefusal(error);
      showFormA(req, res, refusal.kind === 'invalid' ? 400 : 409, { pageError: refusal.message });
    }
  });

  interface FormBExtras { entry?: Record<string, string>; entryErrors?: Record<string, string>; certifyError?: string; pageError?: string }
  const showFormB = (req: Request, res: Response, status: number, extras: FormBExtras = {}) => {
    const bid = bidOf(state, currentAccount(res), bidder(req));
    const entries = bid.formB.entries.map((e) => ({ ...e, category: productCategory(e.productCategoryId)?.name ?? e.productCategoryId, cba: cba(e.cbaId)?.name ?? e.cbaId }));
    const entryErrors = extras.entryErrors ?? {};
    res.status(status).render('dbids/form-b.njk', {
      bid, entries, status: formBStatus(bid), entry: extras.entry ?? {}, entryErrors, entryErrorList: Object.values(entryErrors),
      categoryOptions: PRODUCT_CATEGORIES.map((c) => ({ value: c.id, label: `${c.name} (lead item ${c.leadItem})` })),
      cbaOptions: CBAS.map((c) => ({ value: c.id, label: c.name })),
      certifyError: extras.certifyError, pageError: extras.pageError,
      certifiedAt: bid.formB.certified ? formatEastern(bid.formB.certified.at) : '',
    });
  };

  // GET /dbids/bids/:bidderNumber/form-b — Form B of one of the organization's bidder numbers.
  router.get('/bids/:bidderNumber/form-b', signedIn, withRole, (req, res) => showFormB(req, res, 200));

  // POST /dbids/bids/:bidderNumber/form-b/entries — AO, BAO, EU; bid window open.
  router.post('/bids/:bidderNumber/form-b/entries', signedIn, withRole, (req, res) => {
    const raw = pick(req.body, ENTRY_FIELDS);
    try {
      requireBidAction(state, currentAccount(res), bidder(req), 'dbids.form-b.enter');
      const checked = checkFormBEntry(raw);
      if (!checked.ok) return showFormB(req, res, 400, { entry: raw, entryErrors: checked.errors });
      const notice = saveFormBEntry(state, currentAccount(res), bidder(req), checked);
      setNotice(req, notice ? 'info' : 'success', notice ?? `Bid saved for ${productCategory(checked.value.productCategoryId)?.name} in ${cba(checked.value.cbaId)?.name}.`);
      res.redirect(`/dbids/bids/${bidder(req)}/form-b`);
    } catch (error) {
      showFormB(req, res, 409, { entry: raw, pageError: pageRefusal(error).message });
    }
  });

  // POST /dbids/bids/:bidderNumber/form-b/certify — AO, BAO; Form A approved; bid window open.
  router.post('/bids/:bidderNumber/form-b/certify', signedIn, withRole, (req, res) => {
    try {
      certifyFormB(state, currentAccount(res), bidder(req), text(((req.body ?? {}) as Record<string, unknown>).certify) === 'yes');
      setNotice(req, 'success', `Form B for bidder number ${bidder(req)} is certified.`);
      res.redirect(`/dbids/bids/${bidder(req)}/form-b`);
    } catch (error) {
      const refusal = pageRefusal(error);
      if (refusal.field === 'certify') return showFormB(req, res, 400, { certifyError: refusal.message });
      showFormB(req, res, refusal.kind === 'invalid' ? 400 : 409, { pageError: refusal.message });
    }
  });

  return router;
}
