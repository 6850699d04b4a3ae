import { Router } from 'express';
import { pendingRequestsOf } from '../domain/requests.ts';
import type { MockState } from '../domain/mock-state';
import { currentAccount, requireSignIn } from '../http/session.ts';
import { signInRoutes } from '../http/sign-in-routes.ts';
import { requestsAwaiting } from '../domain/approvals.ts';
import { approvalsRoutes } from './idm/approvals.ts';
import { profileRoutes } from './idm/profile.ts';
import { requestsRoutes } from './idm/requests.ts';
import { roleRequestRoutes } from './idm/role-request.ts';
import { rolesRoutes } from './idm/roles.ts';
import { windowLocals } from './idm/shared.ts';
import { registrationRoutes } from './idm/registration.ts';
import { recoveryRoutes } from './idm/recovery.ts';
import { expiredPasswordRoutes } from './idm/expired-password.ts';
import { securityRoutes } from './idm/security.ts';

/** The CMS IDM System (seed 001): sign-in, the Self Service Dashboard and its windows. */
export function idmRoutes(state: MockState): Router {
  const router = Router();
  router.use(
    signInRoutes(state, {
      system: 'idm',
      systemName: 'CMS IDM System',
      base: '/idm',
      signInView: 'idm/sign-in.njk',
      verifyView: 'idm/verify.njk',
      home: '/idm/dashboard',
      requireTerms: true,
      expiredPasswordPath: '/idm/expired-password',
    }),
  );
  // Before signing in: New User Registration, Forgot User ID, Forgot Password, Unlock Account, an expired password.
  router.use('/register', registrationRoutes(state));
  router.use(recoveryRoutes(state));
  router.use('/expired-password', expiredPasswordRoutes(state));

  const signedIn = requireSignIn(state, 'idm', '/idm/');

  // GET /idm/dashboard — the Self Service Dashboard; a signed-in person.
  router.get('/dashboard', signedIn, (_req, res) => {
    const account = currentAccount(res);
    res.render('idm/dashboard.njk', {
      pendingCount: pendingRequestsOf(state, account.userId).length,
      isApprover: account.roles.some((r) => r.role === 'AO' || r.role === 'BAO'),
      awaitingCount: requestsAwaiting(state, account).length,
    });
  });

  // The dashboard's windows, each its own router; all for a signed-in person, about that person only.
  const asWindow = [signedIn, windowLocals(state)];
  router.use('/roles', ...asWindow, rolesRoutes(state));
  router.use('/role-request', ...asWindow, roleRequestRoutes(state));
  router.use('/profile', ...asWindow, profileRoutes(state));
  router.use('/profile', ...asWindow, securityRoutes(state));
  router.use('/requests', ...asWindow, requestsRoutes(state));
  router.use('/approvals', ...asWindow, approvalsRoutes(state));

  return router;
}
