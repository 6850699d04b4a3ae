import { config } from '../config.ts';
import { refuse } from './errors.ts';
import { sendMail } from './mail.ts';
import type { Portal } from './portal.ts';
import type { Account, RoleRequest } from './types.ts';

/** A new Request ID, unique in this portal. [DOC S1; format INF, see config] */
export function nextRequestId(portal: Portal): string {
  for (;;) {
    const id = portal.random.digits(config.requestIdDigits);
    if (!portal.requests.some((r) => r.id === id)) return id;
  }
}

export function findRequest(portal: Portal, id: string): RoleRequest {
  const request = portal.requests.find((r) => r.id === id);
  if (!request) throw refuse.notFound(`No request has the ID ${id}.`);
  return request;
}

export function pendingRequestsOf(portal: Portal, userId: string): RoleRequest[] {
  return portal.requests.filter((r) => r.userId.toLowerCase() === userId.toLowerCase() && r.status === 'pending');
}

function requester(portal: Portal, request: RoleRequest): Account {
  const account = portal.findAccount(request.userId);
  if (!account) throw refuse.notFound(`The person who made request ${request.id} no longer has an account.`);
  return account;
}

/** What an approved request does to the requester's roles. */
function applyDecision(portal: Portal, request: RoleRequest, account: Account): void {
  const existing = account.roles.find((r) => r.application === request.application);
  switch (request.kind) {
    case 'new-role':
      if (existing) throw refuse.conflict(`${account.userId} already holds a ${request.application} role; remove it before a new one is granted.`);
      account.roles.push({
        application: request.application,
        role: request.role,
        organizationId: request.organizationId,
        ptans: [...request.ptans],
        grantedAt: portal.nowIso(),
        ...(request.system === 'portal' ? { visibleFrom: new Date(portal.clock.nowMs() + 5 * 60_000).toISOString() } : {}),
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
      account.lastRoleRemovalAt = portal.nowIso();
      break;
  }
}

/** Approves or rejects a pending request and e-mails the requester either way. */
export async function decideRequest(
  portal: Portal,
  id: string,
  decision: 'approved' | 'rejected',
  decidedBy: string,
  reason?: string,
): Promise<RoleRequest> {
  const request = findRequest(portal, id);
  if (request.status !== 'pending') throw refuse.conflict(`Request ${id} was already ${request.status}; it cannot be decided again.`);
  const account = requester(portal, request);
  if (decision === 'approved') applyDecision(portal, request, account);
  request.status = decision;
  request.decidedAt = portal.nowIso();
  request.decidedBy = decidedBy;
  if (reason) request.decisionReason = reason;
  // The decision stands even when the notice cannot be sent; the requester sees it in My Requests.
  await sendMail(
    portal,
    account.email,
    `Your request ${request.id} was ${decision}`,
    `Your request ${request.id} (${request.kind.replace('-', ' ')}: ${request.role} in ${request.application}) was ${decision} by ${decidedBy}.` +
      (reason ? `\nReason: ${reason}` : ''),
  ).catch(() => undefined);
  return request;
}
