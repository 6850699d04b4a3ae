import { refuse } from './errors.ts';
import type { MockState } from './mock-state.ts';
import { decideRequest } from './requests.ts';
import { mayApprove } from './role-rules.ts';
import type { Account, RoleRequest } from './types.ts';

/**
 * The approver's side: an AO decides BAO and EU requests of their organization, a BAO decides EU requests.
 * AO requests go to the CBIC's queue (the control API). [DOC S0, S1; INF for BAO and the CBIC queue]
 */
export const APPROVAL_MESSAGES = {
  notYours: (id: string) => `Request ${id} is not waiting on you, so you cannot decide it. You can decide only the requests listed on your Pending Approvals page.`,
  approved: (id: string) => `You approved request ${id}. The requester was e-mailed.`,
  rejected: (id: string) => `You rejected request ${id}. The requester was e-mailed.`,
  reasonTooLong: 'Keep the reason under 1,000 characters.',
} as const;

/** The pending requests this person may decide, oldest first. */
export function requestsAwaiting(state: MockState, approver: Account): RoleRequest[] {
  return state.requests.filter((r) => r.status === 'pending' && mayApprove(approver, r));
}

/** Decides a request waiting on `approver`; anything else is refused as if it did not exist for them. */
export async function decideAsApprover(
  state: MockState,
  approver: Account,
  id: string,
  decision: 'approved' | 'rejected',
  reason?: string,
): Promise<RoleRequest> {
  const request = state.requests.find((r) => r.id === id);
  if (!request || request.status !== 'pending' || !mayApprove(approver, request)) throw refuse.forbidden(APPROVAL_MESSAGES.notYours(id));
  const why = reason?.trim();
  if (why && why.length > 1000) throw refuse.invalid(APPROVAL_MESSAGES.reasonTooLong, 'reason');
  return decideRequest(state, id, decision, approver.userId, why || undefined);
}
