import { config } from '../config.ts';
import { refuse } from './errors.ts';
import { sendMail } from './mail.ts';
import type { MockState } from './mock-state.ts';
import type { Account, RoleRequest } from './types.ts';
import { checkAoRegistered } from './ao-first.ts';

/** A new Request ID, unique in this portal. [DOC S1; format INF, see config] */
export function nextRequestId(state: MockState): string {
  for (;;) {
    const id = state.random.digits(config.requestIdDigits);
    if (!state.requests.some((r) => r.id === id)) return id;
  }
}

export function findRequest(state: MockState, id: string): RoleRequest {
  const request = state.requests.find((r) => r.id === id);
  if (!request) throw refuse.notFound(`No request has the ID ${id}.`);
  return request;
}

export function pendingRequestsOf(state: MockState, userId: string): RoleRequest[] {
  return state.requests.filter((r) => r.userId.toLowerCase() === userId.toLowerCase() && r.status === 'pending');
}

function requester(state: MockState, request: RoleRequest): Account {
  const account = state.findAccount(request.userId);
  if (!account) throw refuse.notFound(`The person who made request ${request.id} no longer has an account.`);
  return account;
}

/** What an approved request does to the requester's roles. */
function applyDecision(state: MockState, request: RoleRequest, account: Account): void {
  const existing = account.roles.find((r) => r.application === request.application);
  switch (request.kind) {
    case 'new-role':
      if (existing) throw refuse.conflict(`${account.userId} already holds a ${request.application} role; remove it before a new one is granted.`);
      // A person registered without an organization joins the one the first role's PTAN belongs to.
      if (!account.organizationId) account.organizationId = request.organizationId;
      account.roles.push({
        application: request.application,
        role: request.role,
        organizationId: request.organizationId,
        ptans: [...request.ptans],
        grantedAt: state.nowIso(),
        ...(request.system === 'enterprise-portal' ? { visibleFrom: new Date(state.clock.nowMs() + 5 * 60_000).toISOString() } : {}),
      });
      break;
    case 'add-ptan':
      if (!existing) throw refuse.conflict(`${account.userId} no longer holds a ${request.application} role to add PTANs to.`);
      existing.ptans = [...new Set([...existing.ptans, ...request.ptans])];
      break;
    case 'modify-role':
      if (!existing) throw refuse.conflict(`${account.userId} no longer holds a ${request.application} role to change.`);
      existing.ptans = [...request.ptans];
      break;
    case 'remove-role':
      account.roles = account.roles.filter((r) => r !== existing);
      account.lastRoleRemovalAt = state.nowIso();
      break;
  }
}

/** Approves or rejects a pending request and e-mails the requester either way. */
export async function decideRequest(
  state: MockState,
  id: string,
  decision: 'approved' | 'rejected',
  decidedBy: string,
  reason?: string,
): Promise<RoleRequest> {
  const request = findRequest(state, id);
  if (request.status !== 'pending') throw refuse.conflict(`Request ${id} was already ${request.status}; it cannot be decided again.`);
  const account = requester(state, request);
  if (decision === 'approved') {
    checkAoRegistered(state, request);
    applyDecision(state, request, account);
  }
  request.status = decision;
  request.decidedAt = state.nowIso();
  request.decidedBy = decidedBy;
  if (reason) request.decisionReason = reason;
  // The decision stands even when the notice cannot be sent; the requester sees it in My Requests.
  await sendMail(
    state,
    account.email,
    `Your request ${request.id} was ${decision}`,
    `Your request ${request.id} (${request.kind.replace('-', ' ')}: ${request.role} in ${request.application}) was ${decision} by ${decidedBy}.` +
      (reason ? `\nReason: ${reason}` : ''),
  ).catch(() => undefined);
  return request;
}
