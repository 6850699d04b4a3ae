import { Router } from 'express';
import { APPROVAL_MESSAGES, decideAsApprover, requestsAwaiting } from '../../domain/approvals.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { currentAccount, setNotice } from '../../http/session.ts';
import { field, render } from './shared.ts';

/**
 * Pending Approvals: the requests waiting on the signed-in AO or BAO, each with Approve and Reject.
 * A request not waiting on this person is refused, whatever ID is put in the URL. Mounted at /idm/approvals.
 */
export function approvalsRoutes(state: MockState): Router {
  const router = Router();

  // GET /idm/approvals — the requests this person may decide.
  router.get('/', (_req, res) => {
    const waiting = requestsAwaiting(state, currentAccount(res)).map((r) => {
      const requester = state.findAccount(r.userId);
      return { ...r, requesterName: requester ? `${requester.firstName} ${requester.lastName}` : r.userId };
    });
    render(res, 200, 'idm/approvals.njk', { requests: waiting });
  });

  // POST /idm/approvals/:id/approve and /reject — decide one request (optional reason); the requester is e-mailed.
  for (const action of ['approve', 'reject'] as const) {
    router.post(`/:id/${action}`, async (req, res) => {
      const decision = action === 'approve' ? 'approved' : 'rejected';
      const decided = await decideAsApprover(state, currentAccount(res), req.params.id, decision, field(req, 'reason'));
      setNotice(req, 'success', decision === 'approved' ? APPROVAL_MESSAGES.approved(decided.id) : APPROVAL_MESSAGES.rejected(decided.id));
      res.redirect('/idm/approvals');
    });
  }

  return router;
}
