import { Router } from 'express';
import { pendingRequestsOf } from '../domain/requests.ts';
import type { MockState } from '../domain/mock-state.ts';
import { requireSignIn } from '../http/session.ts';
import { signInRoutes } from '../http/sign-in-routes.ts';
import { requestsAwaiting } from '../domain/approvals.ts';
import { get, routeTable } from '../http/adapter.ts';
import { approvalsRoutes } from './idm/approvals.ts';
import { expiredPasswordRoutes } from './idm/expired-password.ts';
import { profileRoutes } from './idm/profile.ts';
import { recoveryRoutes } from './idm/recovery.ts';
import { registrationRoutes } from './idm/registration.ts';
import { requestsRoutes } from './idm/requests.ts';
import { roleRequestRoutes } from './idm/role-request.ts';
import { rolesRoutes } from './idm/roles.ts';
import { securityRoutes } from './idm/security.ts';
import { windowLocals } from './idm/shared.ts';

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
  // The dashboard's windows: for a signed-in person, about that person only, each with the My Requests indicator.
  const idmUser = [signedIn, windowLocals(state)];

  router.use(routeTable(state, [
    // GET /idm/dashboard — the Self Service Dashboard; a signed-in person.
    get('/dashboard', signedIn, ({ account }) => ({
      view: 'idm/dashboard.njk',
      locals: {
        pendingCount: pendingRequestsOf(state, account.userId).length,
        isApprover: account.roles.some((r) => r.role === 'AO' || r.role === 'BAO'),
        awaitingCount: requestsAwaiting(state, account).length,
      },
    })),
  ]));
  router.use('/roles', rolesRoutes(state, idmUser));
  router.use('/role-request', roleRequestRoutes(state, idmUser));
  router.use('/profile', profileRoutes(state, idmUser));
  router.use('/profile', securityRoutes(state, idmUser));
  router.use('/requests', requestsRoutes(state, idmUser));
  router.use('/approvals', approvalsRoutes(state, idmUser));
  return router;
}
