import { Router, type RequestHandler } from 'express';
import { Refusal } from '../../domain/errors.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { parseApplication, removeOwnRole } from '../../domain/enterprise-portal/roles.ts';
import { displayedRoles, isDisplayed } from '../../domain/enterprise-portal/timing.ts';
import { checkMayRemoveOwnRole } from '../../domain/role-rules.ts';
import { APPLICATIONS, APPLICATION_LABELS, ROLE_LABELS, type Account } from '../../domain/types.ts';
import { currentAccount, setNotice } from '../../http/session.ts';
import { labelsFor, statusOf } from './view-data.ts';

/** What the Access Catalog offers for each application. [DOC S0 "Requesting a New Role" step 6] */
const CATALOG_DESCRIPTIONS = {
  DBidS: 'The DMEPOS Bidding System is for suppliers submitting a bid for selected products in a particular Competitive Bidding Area (CBA).',
  Connexion: "The program's secure portal: upload documents, view notices and contract offers, and maintain your contract.",
} as const;

export function accessCatalog(state: MockState, account: Account) {
  return APPLICATIONS.map((application) => {
    const held = account.roles.find((r) => r.application === application);
    const status = !held ? 'available' : isDisplayed(state, held) ? 'held' : 'being-set-up';
    return { application, label: APPLICATION_LABELS[application], description: CATALOG_DESCRIPTIONS[application], status };
  });
}

/** The Request/Add Apps page's data: the My Access panel and the Access Catalog. */
export function appsPage(state: MockState, account: Account) {
  return { roles: displayedRoles(state, account), catalog: accessCatalog(state, account), ...labelsFor(state, account) };
}

/** Request/Add Apps, the removal of a role with its confirmation box, and View and Manage My Access. [DOC S0] */
export function accessRoutes(state: MockState, signedIn: RequestHandler): Router {
  const router = Router();

  // GET /portal/apps — Request/Add Apps: the My Access panel and the Access Catalog; a signed-in person.
  router.get('/apps', signedIn, (_req, res) => res.render('enterprise-portal/apps.njk', appsPage(state, currentAccount(res))));

  const removalPage = (account: Account, applicationParam: unknown) => {
    const application = parseApplication(applicationParam);
    const role = account.roles.find((r) => r.application === application && isDisplayed(state, r));
    if (!role) return undefined;
    let warning: string | undefined;
    try {
      checkMayRemoveOwnRole(state, account, application);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      warning = error.message;
    }
    return {
      role,
      warning,
      label: APPLICATION_LABELS[application],
      roleLabel: ROLE_LABELS[role.role],
      organization: labelsFor(state, account).organizations[role.organizationId],
    };
  };

  // GET /portal/apps/remove/:application — Request to Remove Role; ?confirm=yes adds the confirmation box. Own roles only.
  router.get('/apps/remove/:application', signedIn, (req, res) => {
    const account = currentAccount(res);
    const page = removalPage(account, req.params.application);
    if (!page) {
      setNotice(req, 'error', `You have no ${String(req.params.application)} role to remove.`);
      return res.redirect('/portal/apps');
    }
    res.render('enterprise-portal/remove-role.njk', { ...page, confirm: req.query.confirm === 'yes' });
  });

  // POST /portal/apps/remove/:application — OK in the confirmation box: removes the person's own role.
  router.post('/apps/remove/:application', signedIn, (req, res) => {
    const account = currentAccount(res);
    const application = parseApplication(req.params.application);
    const held = account.roles.find((r) => r.application === application);
    try {
      removeOwnRole(state, account, application);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      const page = removalPage(account, application);
      if (!page) throw error;
      return res.status(statusOf(error)).render('enterprise-portal/remove-role.njk', { ...page, warning: error.message, confirm: false });
    }
    setNotice(req, 'success', `Your ${held?.role ?? ''} role in ${APPLICATION_LABELS[application]} was removed. To request a new role, wait at least five minutes.`);
    res.redirect('/portal/apps');
  });

  // GET /portal/access — View and Manage My Access: the roles displayed now (a new one after five minutes).
  router.get('/access', signedIn, (_req, res) => {
    const account = currentAccount(res);
    res.render('enterprise-portal/my-access.njk', { roles: displayedRoles(state, account), ...labelsFor(state, account) });
  });

  return router;
}
