import { refuse } from './errors.ts';
import type { FormFields } from './forms.ts';
import type { MockState } from './mock-state.ts';
import { decideRequest, nextRequestId, pendingRequestsOf } from './requests.ts';
import { checkMayRemoveOwnRole, checkRoleEligibility, lookUpPtan } from './role-rules.ts';
import { APPLICATIONS, ROLE_NAMES, type Account, type Application, type Organization, type Role, type RoleName, type RoleRequest } from './types.ts';

/** [INF] How many PTANs one request may name (a bound on PECOS look-ups per request). */
const MAX_PTANS_AT_ONCE = 20;

/**
 * Submitting role requests of each kind, with every rule checked before anything is stored. [DOC S1; INF noted]
 *
 * Design (where seed 001 is silent):
 * - Role Request = a role in an application the person does not hold yet (kind new-role). Add Role = more PTANs
 *   on the role already held in that application (kind add-ptan). Edit Role Details: PTANs added → add-ptan,
 *   PTANs removed → modify-role (the PTANs left). Remove Role = kind remove-role.
 * - Anything that grants access (new role, added PTANs) waits for an approver and grants nothing until approved.
 * - Giving access up takes effect at once: a person may always remove their own role or PTANs (subject to the
 *   AO rule), so Remove Role and a PTAN removal are recorded with a Request ID and approved by the system right
 *   away ("Go to My Roles … displays the user's current roles", S1). Seed 001 says My Requests increments after
 *   adding attributes but not after removing PTANs or a role, which fits this reading.
 * - The AO rule ("call the CBIC to remove/change your own role") applies to Remove Role. Changing PTANs is a
 *   change of the role's attributes, which the seeds let every role holder do.
 */
export const IDM_ROLE_MESSAGES = {
  justification: 'Enter a justification: say why you need this change, so the approver can decide.',
  justificationTooLong: 'Keep the justification under 1,000 characters.',
  application: 'Select DMEPOS Bidding System (DBidS) or Connexion in Select an Application.',
  role: 'Select a Role: Authorized Official (AO), Backup Authorized Official (BAO) or End User (EU).',
  notVerified: 'Verify your identity first: a role can be requested only after the identity verification (RIDP) succeeds.',
  alreadyHolds: (application: Application) =>
    `You already hold a ${application} role. To add PTANs to it use Manage My Roles, then Add Role; to take another role, remove this one first.`,
  alreadyPending: (application: Application, id: string) =>
    `Your request ${id} for a ${application} role is already waiting for an approver. Wait for its decision (see My Requests).`,
  noRole: (application: Application) => `You do not hold a ${application} role. Use Role Request to ask for one.`,
  ptanOnRole: (ptan: string, application: Application) => `PTAN ${ptan} is already on your ${application} role. Enter a PTAN that is not on the role yet.`,
  ptanPending: (ptan: string, id: string) => `PTAN ${ptan} is already requested in request ${id}, which is waiting for an approver.`,
  ptanNotOnRole: (ptan: string, application: Application) => `PTAN ${ptan} is not on your ${application} role, so it cannot be removed.`,
  lastPtan: 'A role needs at least one PTAN, so you cannot remove the last one. To give up the role, use Remove Role instead.',
  nothingChanged: 'Nothing was changed: enter a PTAN to add, or select a PTAN to remove.',
  tooManyPtans: `Enter at most ${MAX_PTANS_AT_ONCE} PTANs at a time.`,
  legalBusinessName: 'Enter the organization\u2019s Legal Business Name as it appears in PECOS.',
  legalBusinessNameMismatch: (ptan: string) =>
    `The Legal Business Name does not match the one PECOS holds for PTAN ${ptan}. Enter it exactly as on your CMS-855S enrollment.`,
  dbidsClosed: 'Registration for DBidS closed on August 16, 2019 at 8:59:59 p.m. Eastern Time, so no new DBidS role can be requested. Connexion registration stays open.',
  submitted: 'Your request was successfully submitted to an approver for action.',
  changesSubmitted: 'Your request was successfully submitted.',
  removalDone: 'Your request was successfully submitted.',
} as const;

/** [DOC REGCL] DBidS registration for Round 2021 closed 8/16/2019 8:59:59 p.m. ET (EDT, UTC-4). */
const DBIDS_REGISTRATION_CLOSES = Date.parse('2019-08-17T00:59:59.999Z');

export function isApplication(value: unknown): value is Application {
  return typeof value === 'string' && (APPLICATIONS as readonly string[]).includes(value);
}

export function isRoleName(value: unknown): value is RoleName {
  return typeof value === 'string' && (ROLE_NAMES as readonly string[]).includes(value);
}

/** The PTANs typed in one field: one or more, separated by commas, semicolons or spaces. */
export function parsePtans(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((p) => p.trim()).filter(Boolean))];
}

export function roleIn(account: Account, application: Application): Role | undefined {
  return account.roles.find((r) => r.application === application);
}

export function heldRole(account: Account, application: Application): Role {
  const role = roleIn(account, application);
  if (!role) throw refuse.notFound(IDM_ROLE_MESSAGES.noRole(application));
  return role;
}

function checkPtanCount(ptans: string[]): void {
  if (ptans.length > MAX_PTANS_AT_ONCE) throw refuse.invalid(IDM_ROLE_MESSAGES.tooManyPtans, 'ptan');
}

function checkJustification(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw refuse.invalid(IDM_ROLE_MESSAGES.justification, 'justification');
  if (trimmed.length > 1000) throw refuse.invalid(IDM_ROLE_MESSAGES.justificationTooLong, 'justification');
  return trimmed;
}

const normalized = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The attribute menu: an AO enters the organization details including the PTAN (the Legal Business Name must match
 * PECOS); a BAO or EU enters the PTAN and the organization is looked up. Returns the organization.
 */
export async function checkAttributes(
  state: MockState,
  account: Account,
  role: RoleName,
  attributes: { ptans: string[]; legalBusinessName?: string },
): Promise<Organization> {
  checkPtanCount(attributes.ptans);
  if (role === 'AO' && !attributes.legalBusinessName?.trim()) throw refuse.invalid(IDM_ROLE_MESSAGES.legalBusinessName, 'legalBusinessName');
  const organization = await checkRoleEligibility(state, account, role, attributes.ptans);
  if (role === 'AO' && normalized(attributes.legalBusinessName ?? '') !== normalized(organization.legalBusinessName)) {
    throw refuse.invalid(IDM_ROLE_MESSAGES.legalBusinessNameMismatch(attributes.ptans[0] ?? ''), 'legalBusinessName');
  }
  return organization;
}

/** Finds the organization a PTAN belongs to (the BAO/EU "search for the organization"), within the person's own. */
export async function searchOrganization(state: MockState, account: Account, ptan: string): Promise<Organization> {
  const record = await lookUpPtan(state, ptan);
  const own = account.organizationId || record.organizationId;
  const organization = record.organizationId === own ? state.organizations.get(record.organizationId) : undefined;
  if (!organization) throw refuse.invalid(`PTAN ${ptan.trim()} belongs to another organization in PECOS. Enter a PTAN of your own organization.`, 'ptan');
  return organization;
}

function record(state: MockState, request: Omit<RoleRequest, 'id' | 'status' | 'submittedAt'>): RoleRequest {
  const stored: RoleRequest = { id: nextRequestId(state), status: 'pending', submittedAt: state.nowIso(), ...request };
  state.requests.push(stored);
  return stored;
}

function pendingFor(state: MockState, account: Account, application: Application): RoleRequest[] {
  return pendingRequestsOf(state, account.userId).filter((r) => r.application === application);
}

export interface NewRoleInput {
  application: Application;
  role: RoleName;
  ptans: string[];
  legalBusinessName?: string;
  justification: string;
}

/** Checks that a new role may be requested in this application at all (before any attribute is entered). */
export function checkMayRequestRole(state: MockState, account: Account, application: Application): void {
  if (roleIn(account, application)) throw refuse.conflict(IDM_ROLE_MESSAGES.alreadyHolds(application));
  const waiting = pendingFor(state, account, application).find((r) => r.kind === 'new-role');
  if (waiting) throw refuse.conflict(IDM_ROLE_MESSAGES.alreadyPending(application, waiting.id));
  if (application === 'DBidS' && state.clock.nowMs() > DBIDS_REGISTRATION_CLOSES) throw refuse.forbidden(IDM_ROLE_MESSAGES.dbidsClosed);
}

/** Role Request: a role in an application the person does not hold yet; waits for an approver. */
export async function submitNewRole(state: MockState, account: Account, input: NewRoleInput, system: RoleRequest['system'] = 'idm'): Promise<RoleRequest> {
  if (!isApplication(input.application)) throw refuse.invalid(IDM_ROLE_MESSAGES.application, 'application');
  if (!isRoleName(input.role)) throw refuse.invalid(IDM_ROLE_MESSAGES.role, 'role');
  if (!account.identityVerified) throw refuse.forbidden(IDM_ROLE_MESSAGES.notVerified);
  checkMayRequestRole(state, account, input.application);
  const organization = await checkAttributes(state, account, input.role, input);
  const justification = checkJustification(input.justification);
  return record(state, {
    kind: 'new-role',
    system,
    userId: account.userId,
    application: input.application,
    role: input.role,
    organizationId: organization.id,
    ptans: [...input.ptans.map((p) => p.trim())],
    justification,
  });
}

/** Refuses PTANs already on the role or already waiting in another request for it. */
function checkNewPtans(state: MockState, account: Account, role: Role, ptans: string[]): void {
  for (const ptan of ptans) {
    if (role.ptans.includes(ptan)) throw refuse.conflict(IDM_ROLE_MESSAGES.ptanOnRole(ptan, role.application), 'ptan');
    const waiting = pendingFor(state, account, role.application).find((r) => r.kind !== 'remove-role' && r.ptans.includes(ptan));
    if (waiting) throw refuse.conflict(IDM_ROLE_MESSAGES.ptanPending(ptan, waiting.id), 'ptan');
  }
}

/** Checks the PTANs an Add Role would add, before the Reason for Request. Returns the organization. */
export async function checkAddPtans(state: MockState, account: Account, application: Application, attributes: { ptans: string[]; legalBusinessName?: string }): Promise<Organization> {
  const role = heldRole(account, application);
  const ptans = attributes.ptans.map((p) => p.trim());
  if (ptans.length === 0) throw refuse.invalid('Enter at least one PTAN.', 'ptan');
  checkPtanCount(ptans);
  checkNewPtans(state, account, role, ptans);
  return checkAttributes(state, account, role.role, { ...attributes, ptans });
}

/** Add Role: another PTAN on the role the person holds in this application; waits for an approver. */
export async function submitAddPtans(
  state: MockState,
  account: Account,
  application: Application,
  input: { ptans: string[]; legalBusinessName?: string; justification: string },
  system: RoleRequest['system'] = 'idm',
): Promise<RoleRequest> {
  const role = heldRole(account, application);
  await checkAddPtans(state, account, application, input);
  const justification = checkJustification(input.justification);
  return record(state, {
    kind: 'add-ptan',
    system,
    userId: account.userId,
    application,
    role: role.role,
    organizationId: role.organizationId,
    ptans: input.ptans.map((p) => p.trim()),
    justification,
  });
}

export interface RoleChanges {
  add: string[];
  remove: string[];
  justification: string;
}

/** The Edit Role Details window's fields as sent: PTANs to add (the PTAN field), to remove (checkboxes), the justification. */
export function roleChangesOf(form: FormFields): RoleChanges {
  return { add: parsePtans(form.text('ptan')), remove: form.list('remove'), justification: form.text('justification') };
}

/**
 * Edit Role Details: only the role's attributes (its PTANs) change. Removed PTANs leave the role at once (a
 * modify-role request holding the PTANs left, approved by the system); added PTANs wait for an approver as an
 * add-ptan request, which on approval adds them to whatever the role then holds (so decisions in any order keep
 * every change). Everything is checked before anything is stored. The last PTAN cannot be removed.
 * Returns the request to show (the one waiting, when PTANs were added) and whether it already took effect.
 */
export async function submitRoleChanges(
  state: MockState,
  account: Account,
  application: Application,
  changes: RoleChanges,
  system: RoleRequest['system'] = 'idm',
): Promise<{ request: RoleRequest; immediate: boolean }> {
  const role = heldRole(account, application);
  const add = [...new Set(changes.add.map((p) => p.trim()).filter(Boolean))];
  const remove = [...new Set(changes.remove.map((p) => p.trim()).filter(Boolean))];
  for (const ptan of remove) {
    if (!role.ptans.includes(ptan)) throw refuse.invalid(IDM_ROLE_MESSAGES.ptanNotOnRole(ptan, application), 'remove');
  }
  if (add.length === 0 && remove.length === 0) throw refuse.invalid(IDM_ROLE_MESSAGES.nothingChanged, 'ptan');
  checkPtanCount(add);
  const left = role.ptans.filter((p) => !remove.includes(p));
  if (left.length === 0) throw refuse.invalid(IDM_ROLE_MESSAGES.lastPtan, 'remove');
  if (add.length) {
    checkNewPtans(state, account, role, add);
    await checkRoleEligibility(state, account, role.role, add);
  }
  const justification = checkJustification(changes.justification);
  const common = { system, userId: account.userId, application, role: role.role, organizationId: role.organizationId, justification };
  let removal: RoleRequest | undefined;
  if (remove.length) {
    removal = record(state, { ...common, kind: 'modify-role', ptans: left });
    await decideRequest(state, removal.id, 'approved', 'CMS IDM System (removal by the role holder)');
  }
  if (add.length) return { request: record(state, { ...common, kind: 'add-ptan', ptans: add }), immediate: false };
  return { request: removal ?? record(state, { ...common, kind: 'modify-role', ptans: left }), immediate: true };
}

/**
 * Remove Role: takes effect at once when the person may remove their own role (an AO only while no BAO or EU of
 * the organization is registered). Requests still waiting for this application's role are withdrawn.
 */
export async function removeOwnRole(state: MockState, account: Account, application: Application, system: RoleRequest['system'] = 'idm'): Promise<RoleRequest> {
  const role = heldRole(account, application);
  checkMayRemoveOwnRole(state, account, application);
  for (const waiting of pendingFor(state, account, application)) {
    await decideRequest(state, waiting.id, 'rejected', 'CMS IDM System', `Withdrawn: the ${application} role was removed.`);
  }
  const request = record(state, {
    kind: 'remove-role',
    system,
    userId: account.userId,
    application,
    role: role.role,
    organizationId: role.organizationId,
    ptans: [...role.ptans],
    justification: 'Removed by the role holder (Remove Role).',
  });
  await decideRequest(state, request.id, 'approved', 'CMS IDM System (removal by the role holder)');
  return request;
}

/** A request of the signed-in person; anyone else's is "not found", so IDs cannot be probed. */
export function ownRequest(state: MockState, account: Account, id: string): RoleRequest {
  const request = state.requests.find((r) => r.id === id && r.userId.toLowerCase() === account.userId.toLowerCase());
  if (!request) throw refuse.notFound(`You have no request with the ID ${id}. See My Requests for yours.`);
  return request;
}

/** My Requests → Cancel Request: the person withdraws one of their own pending requests (recorded as rejected). [DOC IDMUG "view and cancel role requests"] */
export async function cancelOwnRequest(state: MockState, account: Account, id: string): Promise<RoleRequest> {
  const request = ownRequest(state, account, id);
  if (request.status !== 'pending') throw refuse.conflict(`Request ${id} was already ${request.status}; only a pending request can be cancelled.`);
  return decideRequest(state, id, 'rejected', account.userId, 'Cancelled by the requester.');
}
