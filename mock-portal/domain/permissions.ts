/**
 * The DBidS and Connexion User Role Table (Round 2021, updated 11/20/2020, 01/06/2022 and 03/28/2023) as data
 * [DOC RT, S2; shared/docs/domain.md §2.2]. Every authorization check of DBidS and Connexion, every page deciding
 * whether to offer an action, and the authorization matrix tests read this one table.
 */
import { refuse } from './errors.ts';
import type { Account, Application, Role, RoleName } from './types.ts';

/** The table's three sections (the phases of the program), as the 03/28/2023 revision heads them. */
export const PHASES = {
  'dbids-bidding': 'DBidS (bidding phase)',
  'connexion-bidding': 'Connexion – Bidding and Bid Evaluation',
  'connexion-contract': 'Connexion – Contract Oversight and Maintenance (post-contract)',
} as const;
export type Phase = keyof typeof PHASES;

/**
 * The footnotes on the EU column. Their text was cut off in every copy of the table [GAP]; these are the readings
 * of domain.md §2.2 [INF].
 */
export const FOOTNOTES = {
  4: 'An EU may view a bid disqualification review notice only for a bidder inquiry that EU submitted.',
  5: 'An EU sees only the items and activity an EU can otherwise see (no offers, breach notices, location changes or transfers).',
} as const;
export type Footnote = keyof typeof FOOTNOTES;

export interface PermissionRow {
  action: ActionId;
  /** The row's label, word for word. */
  label: string;
  /** The action as a gerund phrase, for refusals: "Approving Form A requires …". */
  doing: string;
  phase: Phase;
  application: Application;
  /** Roles marked Y. */
  allowed: readonly RoleName[];
  /** The footnote on the EU's Y, when there is one. */
  euFootnote?: Footnote;
}

const AO_BAO: readonly RoleName[] = ['AO', 'BAO'];
const ALL: readonly RoleName[] = ['AO', 'BAO', 'EU'];

export const ROLE_TABLE = [
  // DBidS (bidding phase)
  { action: 'dbids.form-a.business-organization', label: 'Complete Business Organization Information section in Form A', doing: 'Completing the Business Organization Information section in Form A', phase: 'dbids-bidding', application: 'DBidS', allowed: AO_BAO },
  { action: 'dbids.form-a.locations', label: 'Enter location-specific information in Form A', doing: 'Entering location-specific information in Form A', phase: 'dbids-bidding', application: 'DBidS', allowed: ALL },
  { action: 'dbids.form-a.approve', label: 'Approve Form A', doing: 'Approving Form A', phase: 'dbids-bidding', application: 'DBidS', allowed: AO_BAO },
  { action: 'dbids.form-b.enter', label: 'Enter information in Form B', doing: 'Entering information in Form B', phase: 'dbids-bidding', application: 'DBidS', allowed: ALL },
  { action: 'dbids.form-b.certify', label: 'Certify Form B', doing: 'Certifying Form B', phase: 'dbids-bidding', application: 'DBidS', allowed: AO_BAO },
  // Connexion – Bidding and Bid Evaluation
  { action: 'connexion.upload-documents', label: 'Upload documents (e.g., bidding documents)', doing: 'Uploading documents', phase: 'connexion-bidding', application: 'Connexion', allowed: ALL },
  { action: 'connexion.pbe-notice', label: 'View and upload response to Preliminary Bid Evaluation (PBE) notice/table', doing: 'Viewing or answering a Preliminary Bid Evaluation notice', phase: 'connexion-bidding', application: 'Connexion', allowed: ALL },
  { action: 'connexion.cdrd-notice', label: 'View and upload response to Covered Document Review Date (CDRD) notice/table', doing: 'Viewing or answering a Covered Document Review Date notice', phase: 'connexion-bidding', application: 'Connexion', allowed: ALL },
  { action: 'connexion.bfb-notice', label: 'View and upload response to Bona Fide Bid (BFB) notice/table', doing: 'Viewing or answering a Bona Fide Bid notice', phase: 'connexion-bidding', application: 'Connexion', allowed: ALL },
  { action: 'connexion.financial-scoring-summary', label: 'View financial scoring summary', doing: 'Viewing the financial scoring summary', phase: 'connexion-bidding', application: 'Connexion', allowed: AO_BAO },
  { action: 'connexion.contract-offers.view', label: 'View contract offer(s)', doing: 'Viewing contract offers', phase: 'connexion-bidding', application: 'Connexion', allowed: AO_BAO },
  { action: 'connexion.contract-offers.respond', label: 'Accept or decline contract offer(s)', doing: 'Accepting or declining a contract offer', phase: 'connexion-bidding', application: 'Connexion', allowed: AO_BAO },
  { action: 'connexion.disqualification-notice', label: 'View disqualification notice/details', doing: 'Viewing a disqualification notice', phase: 'connexion-bidding', application: 'Connexion', allowed: AO_BAO },
  { action: 'connexion.bidder-inquiry', label: 'Submit bidder inquiry and upload supporting documentation', doing: 'Submitting a bidder inquiry', phase: 'connexion-bidding', application: 'Connexion', allowed: ALL },
  { action: 'connexion.disqualification-review-notice', label: 'View bid disqualification review notice/details', doing: 'Viewing a bid disqualification review notice', phase: 'connexion-bidding', application: 'Connexion', allowed: ALL, euFootnote: 4 },
  { action: 'connexion.cms-signed-contract', label: 'View CMS-signed contract', doing: 'Viewing the CMS-signed contract', phase: 'connexion-bidding', application: 'Connexion', allowed: ALL },
  { action: 'connexion.bond-return-notice', label: 'View return of bid surety bond liability notice', doing: 'Viewing a return of bid surety bond liability notice', phase: 'connexion-bidding', application: 'Connexion', allowed: ALL },
  // Connexion – Contract Oversight and Maintenance (post-contract)
  { action: 'connexion.current-contracts', label: 'View My Current Contract(s)', doing: 'Viewing My Current Contract', phase: 'connexion-contract', application: 'Connexion', allowed: ALL },
  { action: 'connexion.subcontractor-disclosure', label: 'Upload subcontractor disclosure(s)', doing: 'Uploading a subcontractor disclosure', phase: 'connexion-contract', application: 'Connexion', allowed: ALL },
  { action: 'connexion.form-c', label: 'View and submit Form C semi-annual reports', doing: 'Viewing or submitting Form C', phase: 'connexion-contract', application: 'Connexion', allowed: ALL },
  { action: 'connexion.form-c-failure-notice', label: 'View Failure to Submit Form C notice', doing: 'Viewing a Failure to Submit Form C notice', phase: 'connexion-contract', application: 'Connexion', allowed: ALL },
  { action: 'connexion.location-change', label: 'View and submit change of location request(s)', doing: 'Viewing or submitting a change of location request', phase: 'connexion-contract', application: 'Connexion', allowed: AO_BAO },
  { action: 'connexion.contract-transfer', label: 'View and upload contract transfer request(s) and documentation', doing: 'Viewing or submitting a contract transfer request', phase: 'connexion-contract', application: 'Connexion', allowed: AO_BAO },
  { action: 'connexion.breach-notice', label: 'View breach of contract notice and upload response', doing: 'Viewing or answering a breach of contract notice', phase: 'connexion-contract', application: 'Connexion', allowed: AO_BAO },
  { action: 'connexion.maintenance-summary', label: 'View contract maintenance summary', doing: 'Viewing the contract maintenance summary', phase: 'connexion-contract', application: 'Connexion', allowed: ALL, euFootnote: 5 },
  { action: 'connexion.recent-activity', label: 'View recent activity', doing: 'Viewing recent activity', phase: 'connexion-contract', application: 'Connexion', allowed: ALL, euFootnote: 5 },
] as const satisfies readonly (Omit<PermissionRow, 'action'> & { action: string })[];

export type ActionId = (typeof ROLE_TABLE)[number]['action'];

export function permissionRow(action: ActionId): PermissionRow {
  const row = (ROLE_TABLE as readonly PermissionRow[]).find((r) => r.action === action);
  if (!row) throw new Error(`No row "${action}" in the role table.`);
  return row;
}

/** The person's role in an application (one per application), if any. */
export function roleIn(account: Account, application: Application): Role | undefined {
  return account.roles.find((r) => r.application === application);
}

/** Whether the person's role in the row's application is marked Y for the action. */
export function may(account: Account | undefined, action: ActionId): boolean {
  if (!account) return false;
  const row = permissionRow(action);
  const role = roleIn(account, row.application);
  return !!role && row.allowed.includes(role.role);
}

/** What a role may do in one application: `{ 'dbids.form-a.approve': true, … }`, for the pages. */
export function permissionsOf(account: Account, application: Application): Record<string, boolean> {
  return Object.fromEntries(
    (ROLE_TABLE as readonly PermissionRow[]).filter((r) => r.application === application).map((r) => [r.action, may(account, r.action)]),
  );
}

const orList = (roles: readonly RoleName[]) => (roles.length === 1 ? roles[0] : `${roles.slice(0, -1).join(', ')} or ${roles[roles.length - 1]}`);

/** The refusal text naming the role(s) the action needs and the role the person has. */
export function refusalMessage(account: Account, action: ActionId): string {
  const row = permissionRow(action);
  const role = roleIn(account, row.application);
  const needs = `${row.doing} requires the ${orList(row.allowed)} role in ${row.application}`;
  return role ? `${needs}; your role is ${role.role}.` : `${needs}; you have no ${row.application} role. Request one in the CMS IDM System.`;
}

/** Throws a Refusal (403) naming the role(s) needed when the person may not take the action. */
export function requirePermission(account: Account, action: ActionId): Role {
  const row = permissionRow(action);
  const role = roleIn(account, row.application);
  if (!role || !row.allowed.includes(role.role)) throw refuse.forbidden(refusalMessage(account, action));
  return role;
}
