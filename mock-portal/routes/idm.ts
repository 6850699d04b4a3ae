import { Router } from 'express';
import { pendingRequestsOf } from '../domain/requests.ts';
import type { Portal } from '../domain/portal.ts';
import { currentAccount, requireSignIn } from '../http/session.ts';
import { signInRoutes } from '../http/sign-in-routes.ts';

/** The CMS IDM System (seed 001): sign-in, the Self Service Dashboard and its windows. */
export function idmRoutes(portal: Portal): Router {
  const router = Router();
  router.use(
    signInRoutes(portal, {
      system: 'idm',
      systemName: 'CMS IDM System',
      base: '/idm',
      signInView: 'idm/sign-in.njk',
      verifyView: 'idm/verify.njk',
      home: '/idm/dashboard',
      requireTerms: true,
    }),
  );

  const signedIn = requireSignIn(portal, 'idm', '/idm/');

  // GET /idm/dashboard — the Self Service Dashboard; a signed-in person.
  router.get('/dashboard', signedIn, (_req, res) => {
    const account = currentAccount(res);
    res.render('idm/dashboard.njk', { pendingCount: pendingRequestsOf(portal, account.userId).length });
  });

  return router;
}
