import { refuse } from '../errors.ts';
import { sendMail } from '../mail.ts';
import type { MockState } from '../mock-state.ts';
import { TIMELINE } from '../program/round-2021.ts';
import { decideRequest, nextRequestId } from '../requests.ts';
import { checkMayRemoveOwnRole, checkRoleEligibility, removalRefusal } from '../role-rules.ts';
import { APPLICATIONS, APPLICATION_LABELS, ROLE_NAMES, type Account, type Application, type Organization, type Role, type RoleName, type RoleRequest } from '../types.ts';
import { ROLE_DISPLAY_MINUTES, checkRemovalWaitOver, isDisplayed } from './timing.ts';

/**
 * Removing and requesting roles in the CMS Enterprise Portal (seed 000). The people, roles and PECOS records are
 * the ones IDM uses, so a change here shows there.
 *
 * Approval: a request that passes the PECOS checks (PTAN active and of the person's organization; AO/BAO only
 * for an authorized official on the CMS-855S) is granted when submitted, as seed 000 says the role displays
 * within five minutes; the role carries `visibleFrom` = submission + 5 minutes. [DOC S0 step 12; approval INF]
 */
export const EP_ROLE_MESSAGES = {
  unknownApplication: 'Choose DBidS or Connexion in the Access Catalog.',
  unknownRole: 'Select your new role: AO, BAO or EU.',
  alreadyHolds: (application: Application, role: RoleName) =>
    `You already hold the ${role} role in ${application}. To change your role, first remove your current role (Request/Add Apps, then Remove Role in the My Access panel), wait five minutes, then request the new role.`,
  samePtan: (application: Application, ptans: string[]) =>
    `Enter the same PTAN you provided when you registered: your ${application} role is on PTAN ${ptans.join(' or ')}.`,
  identityFirst: 'Complete the Identity Verification before you request a role.',
  mfaFirst: 'Choose Add MFA or Skip MFA before you request a role.',
  dbidsClosed: 'Registration for DBidS closed on August 16, 2019 at 8:59:59 p.m. Eastern Time, so no new DBidS role can be requested. Connexion registration stays open.',
} as const;

export const APPROVED_BY = 'CMS Enterprise Portal (PECOS validation)';

export function parseApplication(value: unknown): Application {
  const found = APPLICATIONS.find((a) => a === value);
  if (!found) throw refuse.invalid(EP_ROLE_MESSAGES.unknownApplication, 'application');
  return found;
}

export function parseRole(value: unknown): RoleName {
  const found = ROLE_NAMES.find((r) => r === value);
  if (!found) throw refuse.invalid(EP_ROLE_MESSAGES.unknownRole, 'role');
  return found;
}

/** Removes the person's own role in `application` (after the OK of the confirmation box) and starts the wait. */
export function removeOwnRole(state: MockState, account: Account, applicationName: unknown): { role: RoleName | ''; application: Application } {
  const application = parseApplication(applicationName);
  checkMayRemoveOwnRole(state, account, application);
  const held = account.roles.find((r) => r.application === application);
  account.roles = account.roles.filter((r) => r.application !== application);
  account.lastRoleRemovalAt = state.nowIso();
  return { role: held?.role ?? '', application };
}

/** The person's displayed role in `applicationName` for Request to Remove Role, with why removing it is refused now; undefined when they hold none. */
export function removalOf(state: MockState, account: Account, applicationName: unknown): { role: Role; warning?: string } | undefined {
  const application = parseApplication(applicationName);
  const role = account.roles.find((r) => r.application === application && isDisplayed(state, r));
  if (!role) return undefined;
  const refusal = removalRefusal(state, account, application);
  return refusal ? { role, warning: refusal.message } : { role };
}

/** What the Access Catalog offers for each application. [DOC S0 "Requesting a New Role" step 6] */
const CATALOG_DESCRIPTIONS = {
  DBidS: 'The DMEPOS Bidding System is for suppliers submitting a bid for selected products in a particular Competitive Bidding Area (CBA).',
  Connexion: "The program's secure portal: upload documents, view notices and contract offers, and maintain your contract.",
} as const;

/** The Access Catalog: each application, available to request, held, or being set up (granted, not displayed yet). */
export function accessCatalog(state: MockState, account: Account) {
  return APPLICATIONS.map((application) => {
    const held = account.roles.find((r) => r.application === application);
    const status = !held ? 'available' : isDisplayed(state, held) ? 'held' : 'being-set-up';
    return { application, label: APPLICATION_LABELS[application], description: CATALOG_DESCRIPTIONS[application], status };
  });
}

/** Whether the person may begin a request for `application` now: DBidS still open, the five-minute wait, one role per application. */
export function checkMayRequest(state: MockState, account: Account, application: Application): void {
  // [DOC REGCL] as in IDM: DBidS registration for Round 2021 closed; Connexion stays open.
  if (application === 'DBidS' && state.clock.nowMs() > Date.parse(TIMELINE.dbidsRegistrationCloses)) {
    throw refuse.conflict(EP_ROLE_MESSAGES.dbidsClosed);
  }
  checkRemovalWaitOver(state, account);
  const held = account.roles.find((r) => r.application === application);
  if (held) throw refuse.conflict(EP_ROLE_MESSAGES.alreadyHolds(application, held.role));
}

/**
 * Checks the PTAN of Request New Application Access: the same PTAN the person registered with (when they hold
 * the other application's role), active in PECOS, of their organization, and AO/BAO only for a CMS-855S AO.
 */
export async function checkRequestedPtan(state: MockState, account: Account, application: Application, role: RoleName, ptan: string): Promise<Organization> {
  const registered = account.roles.find((r) => r.application !== application);
  if (registered && !registered.ptans.includes(ptan.trim())) {
    throw refuse.invalid(EP_ROLE_MESSAGES.samePtan(registered.application, registered.ptans), 'ptan');
  }
  return checkRoleEligibility(state, account, role, [ptan.trim()]);
}

export interface RoleRequestDraft {
  application: Application;
  role: RoleName;
  ptan: string;
}

export interface SubmittedRequest {
  request: RoleRequest;
  /** Whether the verification e-mail could be handed to the mail service. */
  mailed: boolean;
}

/** Submits the request: every rule again (nothing trusted from earlier pages), then the grant and the e-mail. */
export async function submitRoleRequest(state: MockState, account: Account, draft: RoleRequestDraft): Promise<SubmittedRequest> {
  checkMayRequest(state, account, draft.application);
  if (!account.identityVerified) throw refuse.forbidden(EP_ROLE_MESSAGES.identityFirst);
  if (account.mfa === 'not-asked') throw refuse.conflict(EP_ROLE_MESSAGES.mfaFirst);
  const organization = await checkRequestedPtan(state, account, draft.application, draft.role, draft.ptan);
  // Checked again after the PECOS call: another tab may have submitted meanwhile.
  checkMayRequest(state, account, draft.application);

  const request: RoleRequest = {
    id: nextRequestId(state),
    kind: 'new-role',
    system: 'enterprise-portal',
    userId: account.userId,
    application: draft.application,
    role: draft.role,
    organizationId: organization.id,
    ptans: [draft.ptan.trim()],
    justification: 'Requested in the CMS Enterprise Portal (Request New Application Access).',
    status: 'pending',
    submittedAt: state.nowIso(),
  };
  state.requests.push(request);
  const mailed = await sendMail(
    state,
    account.email,
    `CMS Enterprise Portal: your request ${request.id} was received`,
    `Your request for the ${draft.role} role in ${draft.application} (PTAN ${request.ptans.join(', ')}) was received.\n` +
      `Request tracking number: ${request.id}\n` +
      `Your role will take up to ${ROLE_DISPLAY_MINUTES} minutes to display on the View and Manage My Access page.`,
  ).then(
    () => true,
    () => false,
  );
  await decideRequest(state, request.id, 'approved', APPROVED_BY);
  return { request, mailed };
}
