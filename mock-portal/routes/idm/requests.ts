import { Router } from 'express';
import type { MockState } from '../../domain/mock-state.ts';
import { cancelOwnRequest } from '../../domain/idm-roles.ts';
import { currentAccount, setNotice } from '../../http/session.ts';
import { render } from './shared.ts';

/** My Requests: the signed-in person's own requests, newest first, with their status; pending ones can be cancelled. Mounted at /idm/requests. */
export function requestsRoutes(state: MockState): Router {
  const router = Router();

  // GET /idm/requests — the person's requests (never anyone else's).
  router.get('/', (_req, res) => {
    const userId = currentAccount(res).userId.toLowerCase();
    const mine = state.requests.filter((r) => r.userId.toLowerCase() === userId).reverse();
    render(res, 200, 'idm/requests.njk', { requests: mine });
  });

  // POST /idm/requests/:id/cancel — Cancel Request: withdraws one of the person's own pending requests.
  router.post('/:id/cancel', async (req, res) => {
    const cancelled = await cancelOwnRequest(state, currentAccount(res), req.params.id);
    setNotice(req, 'success', `Request ${cancelled.id} was cancelled.`);
    res.redirect('/idm/requests');
  });

  return router;
}
