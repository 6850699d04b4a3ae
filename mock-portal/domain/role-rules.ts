import { cbicHelp, config } from '../config.ts';
import { refuse, type Refusal } from './errors.ts';
import type { MockState } from './mock-state.ts';
import type { Account, Application, Organization, RoleName } from './types.ts';
import { UpstreamUnavailable, type PecosPtanRecord } from './upstream.ts';

/**
 * Who may hold which role, checked against PECOS. [DOC S0, S1]
 * - Only a person listed as an authorized official on the organization's CMS-855S may be AO or BAO.
 * - Anyone the AO or a BAO approves may be an EU; a delegated official registers as an EU.
 * - A PTAN must exist, be active in PECOS and belong to the person's organization.
 */
export const ROLE_RULE_MESSAGES = {
  ptanFormat: 'Enter the PTAN as 10 digits, exactly as it appears in your enrollment record.',
  ptanUnknown: (ptan: string) => `PTAN ${ptan} was not found in PECOS. Check the number on your CMS-855S enrollment; updates made through the NSC can take up to 45 days to reach PECOS.`,
  ptanInactive: (ptan: string) => `PTAN ${ptan} is not active in PECOS. Enter an active PTAN of your organization.`,
  ptanOtherOrganization: (ptan: string) => `PTAN ${ptan} belongs to another organization in PECOS. Enter a PTAN of your own organization.`,
  notAuthorizedOfficial: (role: RoleName) =>
    `Only an individual identified as an authorized official on your organization's CMS-855S enrollment application and in PECOS can register as ${role === 'AO' ? 'an AO' : 'a BAO'}. Request the EU role, or have your CMS-855S updated through the NSC or in PECOS first.`,
  pecosUnavailable: `PECOS is not answering right now, so your PTAN could not be checked. Please try again in a few minutes; if it keeps failing, ${cbicHelp}.`,
  aoCannotRemove: `You are the authorized official (AO) and other members of your organization are registered (BAO or EU), so you cannot remove or change your own role here. Please ${cbicHelp} to remove or change your role.`,
} as const;

/** Looks a PTAN up in PECOS over the upstream service; a failure becomes a clear refusal. */
export async function lookUpPtan(state: MockState, ptan: string): Promise<PecosPtanRecord> {
  const trimmed = ptan.trim();
  if (!config.ptanPattern.test(trimmed)) throw refuse.invalid(ROLE_RULE_MESSAGES.ptanFormat, 'ptan');
  let record: PecosPtanRecord | undefined;
  try {
    record = await state.upstream.lookupPtan(trimmed);
  } catch (error) {
    if (error instanceof UpstreamUnavailable) throw refuse.unavailable(ROLE_RULE_MESSAGES.pecosUnavailable);
    throw error;
  }
  if (!record) throw refuse.invalid(ROLE_RULE_MESSAGES.ptanUnknown(trimmed), 'ptan');
  if (!record.active) throw refuse.invalid(ROLE_RULE_MESSAGES.ptanInactive(trimmed), 'ptan');
  return record;
}

/**
 * Checks that `account` may hold `role` on `ptans` (all of the person's own organization, active in PECOS).
 * Returns the organization. Throws a Refusal naming what is wrong and what to do.
 */
export async function checkRoleEligibility(state: MockState, account: Account, role: RoleName, ptans: string[]): Promise<Organization> {
  if (ptans.length === 0) throw refuse.invalid('Enter at least one PTAN.', 'ptan');
  let organizationId: string | undefined;
  for (const ptan of ptans) {
    const record = await lookUpPtan(state, ptan);
    // A newly registered person has no organization yet: the first role's PTAN names it (then all must agree).
    const own = account.organizationId || organizationId || record.organizationId;
    if (record.organizationId !== own) throw refuse.invalid(ROLE_RULE_MESSAGES.ptanOtherOrganization(ptan.trim()), 'ptan');
    organizationId = record.organizationId;
    if (role !== 'EU' && !record.authorizedOfficials.includes(account.userId)) {
      throw refuse.forbidden(ROLE_RULE_MESSAGES.notAuthorizedOfficial(role));
    }
  }
  const organization = organizationId ? state.organizations.get(organizationId) : undefined;
  if (!organization) throw refuse.invalid(ROLE_RULE_MESSAGES.ptanOtherOrganization(ptans[0] ?? ''), 'ptan');
  return organization;
}

/** Everyone else of the organization who holds a role (in any application). */
export function otherMembersRegistered(state: MockState, organizationId: string, exceptUserId: string): Account[] {
  return [...state.accounts.values()].filter(
    (a) => a.userId.toLowerCase() !== exceptUserId.toLowerCase() && a.roles.some((r) => r.organizationId === organizationId),
  );
}

/**
 * An AO may remove their own role only while no one else of the organization is registered; BAOs and EUs may
 * always remove or change their own role. [DOC S0, S1]
 */
export function checkMayRemoveOwnRole(state: MockState, account: Account, application: Application): void {
  const refusal = removalRefusal(state, account, application);
  if (refusal) throw refusal;
}

/** Why the person may not remove their own role in `application` now, or undefined when they may. */
export function removalRefusal(state: MockState, account: Account, application: Application): Refusal | undefined {
  const role = account.roles.find((r) => r.application === application);
  if (!role) return refuse.notFound(`You do not hold a ${application} role.`);
  if (role.role === 'AO' && otherMembersRegistered(state, role.organizationId, account.userId).length > 0) return refuse.forbidden(ROLE_RULE_MESSAGES.aoCannotRemove);
  return undefined;
}

/** Who may approve a request for `role` in `organizationId`: AO for BAO; AO or BAO for EU; the CBIC for AO. [DOC S0, S1; INF for BAO] */
export function mayApprove(approver: Account, request: { role: RoleName; organizationId: string; application: Application; userId: string }): boolean {
  if (approver.userId.toLowerCase() === request.userId.toLowerCase()) return false;
  const held = approver.roles.find((r) => r.application === request.application && r.organizationId === request.organizationId);
  if (!held) return false;
  if (request.role === 'EU') return held.role === 'AO' || held.role === 'BAO';
  if (request.role === 'BAO') return held.role === 'AO';
  return false;
}
