import type { RequestHandler, Router } from 'express';
import type { MockState } from '../../domain/mock-state.ts';
import { cancelOwnRequest } from '../../domain/idm-roles.ts';
import { get, post, routeTable, type Ctx } from '../../http/adapter.ts';

/** My Requests: the signed-in person's own requests, newest first, with their status; pending ones can be cancelled. Mounted at /idm/requests. */
export function requestsRoutes(state: MockState, idmUser: readonly RequestHandler[]): Router {
  return routeTable(state, [
    // GET /idm/requests — the person's requests (never anyone else's).
    get('/', idmUser, ({ account }) => {
      const userId = account.userId.toLowerCase();
      return { view: 'idm/requests.njk', locals: { requests: state.requests.filter((r) => r.userId.toLowerCase() === userId).reverse() } };
    }),
    // POST /idm/requests/:id/cancel — Cancel Request: withdraws one of the person's own pending requests.
    post('/:id/cancel', idmUser, ({ account, param }: Ctx) => cancelOwnRequest(state, account, param('id')), {
      done: (cancelled) => ({ redirect: '/idm/requests', notice: { kind: 'success', text: `Request ${cancelled.id} was cancelled.` } }),
    }),
  ]);
}
