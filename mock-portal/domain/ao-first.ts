import { refuse } from './errors.ts';
import type { MockState } from './mock-state.ts';
import type { Application, RoleRequest } from './types.ts';

/**
 * Rule 19 [DOC VHG relaying REGOPEN: "AOs must register first" and approve the other users; behaviour INF]: a BAO
 * or EU request of an organization with no approved AO in that application cannot be approved; it stays pending
 * until the AO has registered and been approved. (Applies to IDM requests; the Enterprise Portal of seed 000
 * grants on Submit after its PECOS checks.)
 */
export function hasApprovedAo(state: MockState, organizationId: string, application: Application): boolean {
  return [...state.accounts.values()].some((a) => a.roles.some((r) => r.application === application && r.organizationId === organizationId && r.role === 'AO'));
}

/** True for a request that must wait for the organization's AO. */
export function waitsForAo(state: MockState, request: Pick<RoleRequest, 'kind' | 'system' | 'role' | 'organizationId' | 'application'>): boolean {
  return request.kind === 'new-role' && request.system === 'idm' && request.role !== 'AO' && !hasApprovedAo(state, request.organizationId, request.application);
}

export function aoFirstMessage(state: MockState, request: Pick<RoleRequest, 'organizationId' | 'application' | 'role'>): string {
  const name = state.organizations.get(request.organizationId)?.legalBusinessName ?? 'your organization';
  return `${name} has no approved Authorized Official (AO) in ${request.application} yet. The AO must register first: your ${request.role} request stays pending until the organization's AO has registered and been approved, and then approves it.`;
}

/** Refuses approving a request that must wait for the AO. */
export function checkAoRegistered(state: MockState, request: RoleRequest): void {
  if (waitsForAo(state, request)) throw refuse.conflict(`Request ${request.id} cannot be approved yet. ${aoFirstMessage(state, request)}`);
}
