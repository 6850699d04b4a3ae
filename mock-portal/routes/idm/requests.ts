import { Router } from 'express';
import type { Portal } from '../../domain/portal.ts';
import { currentAccount } from '../../http/session.ts';
import { render } from './shared.ts';

/** My Requests: the signed-in person's own requests, newest first, with their status. Mounted at /idm/requests. */
export function requestsRoutes(portal: Portal): Router {
  const router = Router();

  // GET /idm/requests — the person's requests (never anyone else's).
  router.get('/', (_req, res) => {
    const userId = currentAccount(res).userId.toLowerCase();
    const mine = portal.requests.filter((r) => r.userId.toLowerCase() === userId).reverse();
    render(res, 200, 'idm/requests.njk', { requests: mine });
  });

  return router;
}
