import { Router } from 'express';
import { ENTERPRISE_PORTAL_CATALOG, ENTERPRISE_PORTAL_INTRO, OMB_NOTICE } from '../../content/enterprise-portal-applications.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { displayedRoles } from '../../domain/enterprise-portal/timing.ts';
import { anyone, get, routeTable } from '../../http/adapter.ts';
import { requireSignIn } from '../../http/session.ts';
import { signInRoutes } from '../../http/sign-in-routes.ts';
import { accessRoutes } from './access.ts';
import { profileRoutes } from './profile.ts';
import { requestRoleRoutes } from './request-role.ts';
import { labelsFor } from './view-data.ts';

/**
 * The CMS Enterprise Portal (seeds 000 and 003): the log-in page with the application catalog and the terms,
 * the Welcome page, Request/Add Apps (My Access, Access Catalog), role removal and requests, My Profile.
 * It signs in with the user ID and password (seed 000 step 4), and asks for the security code too once the person
 * chose Add MFA (step 9).
 */
export function enterprisePortalRoutes(state: MockState): Router {
  const signInPages = signInRoutes(state, {
    system: 'enterprise-portal',
    systemName: 'CMS Enterprise Portal',
    base: '/portal',
    signInView: 'enterprise-portal/log-in.njk',
    verifyView: 'enterprise-portal/verify.njk',
    home: '/portal/welcome',
    requireTerms: true,
    // After Add MFA (seed 000 step 9) the next Login asks for the security code; before, none.
    verification: (account) => account.mfa === 'added',
  });
  const signedIn = requireSignIn(state, 'enterprise-portal', '/portal/');

  const router = Router();
  // The log-in page's content (seed 003), for GET / and a refused POST /sign-in.
  router.use((_req, res, next) => {
    res.locals.catalog = ENTERPRISE_PORTAL_CATALOG;
    res.locals.intro = ENTERPRISE_PORTAL_INTRO;
    res.locals.omb = OMB_NOTICE;
    next();
  });
  router.use(routeTable(state, [
    // GET /portal/ — the log-in page, also for a person already logged in (seed 000's procedures each start by
    // logging in, so a second procedure in the same browser logs in again).
    get('/', anyone, () => ({ view: 'enterprise-portal/log-in.njk' })),
    // GET /portal/welcome — Welcome to CMS Enterprise Portal; a signed-in person.
    get('/welcome', signedIn, ({ account }) => ({ view: 'enterprise-portal/welcome.njk', locals: { roles: displayedRoles(state, account), ...labelsFor(state, account) } })),
  ]));
  router.use(signInPages);
  router.use(accessRoutes(state, signedIn));
  router.use('/request', requestRoleRoutes(state, signedIn));
  router.use('/profile', profileRoutes(state, signedIn));
  return router;
}
