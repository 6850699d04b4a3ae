import type { RequestHandler, Router } from 'express';
import { APPROVAL_MESSAGES, decideAsApprover, requestsAwaiting } from '../../domain/approvals.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { get, post, routeTable, type Ctx } from '../../http/adapter.ts';

/**
 * Pending Approvals: the requests waiting on the signed-in AO or BAO, each with Approve and Reject.
 * A request not waiting on this person is refused, whatever ID is put in the URL. Mounted at /idm/approvals.
 */
export function approvalsRoutes(state: MockState, idmUser: readonly RequestHandler[]): Router {
  return routeTable(state, [
    // GET /idm/approvals — the requests this person may decide.
    get('/', idmUser, ({ account }) => ({
      view: 'idm/approvals.njk',
      locals: {
        requests: requestsAwaiting(state, account).map((r) => {
          const requester = state.findAccount(r.userId);
          return { ...r, requesterName: requester ? `${requester.firstName} ${requester.lastName}` : r.userId };
        }),
      },
    })),
    // POST /idm/approvals/:id/approve and /reject — decide one request (optional reason); the requester is e-mailed.
    ...(['approved', 'rejected'] as const).map((decision) =>
      post(`/:id/${decision === 'approved' ? 'approve' : 'reject'}`, idmUser, ({ account, param, form }: Ctx) => decideAsApprover(state, account, param('id'), decision, form.text('reason')), {
        done: (decided) => ({ redirect: '/idm/approvals', notice: { kind: 'success', text: decision === 'approved' ? APPROVAL_MESSAGES.approved(decided.id) : APPROVAL_MESSAGES.rejected(decided.id) } }),
      })),
  ]);
}
