import { Router } from 'express';
import { ENTERPRISE_PORTAL_CATALOG, ENTERPRISE_PORTAL_INTRO, OMB_NOTICE } from '../../content/enterprise-portal-catalog.ts';
import type { Portal } from '../../domain/portal.ts';
import { displayedRoles } from '../../domain/enterprise-portal/timing.ts';
import { currentAccount, requireSignIn } from '../../http/session.ts';
import { signInRoutes } from '../../http/sign-in-routes.ts';
import { accessRoutes } from './access.ts';
import { profileRoutes } from './profile.ts';
import { requestRoleRoutes } from './request-role.ts';
import { labelsFor } from './view-data.ts';

/**
 * The CMS Enterprise Portal (seeds 000 and 003): the log-in page with the application catalog and the terms,
 * the Welcome page, Request/Add Apps (My Access, Access Catalog), role removal and requests, My Profile.
 * It signs in with the user ID and password only (seed 000 step 4 names no code step).
 */
export function portalRoutes(portal: Portal): Router {
  const router = Router();

  // The log-in page's content (seed 003), for GET / and a refused POST /sign-in.
  router.use((_req, res, next) => {
    res.locals.catalog = ENTERPRISE_PORTAL_CATALOG;
    res.locals.intro = ENTERPRISE_PORTAL_INTRO;
    res.locals.omb = OMB_NOTICE;
    next();
  });
  // GET /portal/ — the log-in page, also for a person already logged in (seed 000's procedures each start by
  // logging in, so a second procedure in the same browser logs in again).
  router.get('/', (_req, res) => res.render('portal/log-in.njk'));
  router.use(
    signInRoutes(portal, {
      system: 'portal',
      systemName: 'CMS Enterprise Portal',
      base: '/portal',
      signInView: 'portal/log-in.njk',
      verifyView: 'portal/log-in.njk',
      home: '/portal/welcome',
      requireTerms: true,
      verification: 'never',
    }),
  );

  const signedIn = requireSignIn(portal, 'portal', '/portal/');

  // GET /portal/welcome — Welcome to CMS Enterprise Portal; a signed-in person.
  router.get('/welcome', signedIn, (_req, res) => {
    const account = currentAccount(res);
    res.render('portal/welcome.njk', { roles: displayedRoles(portal, account), ...labelsFor(portal, account) });
  });

  router.use(accessRoutes(portal, signedIn));
  router.use('/request', requestRoleRoutes(portal, signedIn));
  router.use('/profile', profileRoutes(portal, signedIn));
  return router;
}
