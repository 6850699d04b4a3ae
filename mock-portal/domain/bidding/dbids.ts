import { cbicHelp } from '../../config.ts';
import { refuse } from '../errors.ts';
import { requirePermission, roleIn, type ActionId } from '../permissions.ts';
import type { MockState } from '../mock-state.ts';
import { TIMELINE, cba, productCategory } from '../program/round-2021.ts';
import { formatDeadline } from '../program/eastern-time.ts';
import type { FormFields } from '../forms.ts';
import type { Account } from '../types.ts';
import {
  ACCREDITATION_ORGANIZATIONS,
  type Bid,
  type BusinessOrganizationInformation,
  type LocationInformation,
} from './bids.ts';

export const DBIDS_MESSAGES = {
  noRole:
    'Your CMS IDM System account does not have a DBidS role. DBidS access must be added to your account as a role: log in to the CMS IDM System, ' +
    `select Role Request and request a DMEPOS Bidding System (DBidS) role, then log in to DBidS again once it is approved. For help, ${cbicHelp}.`,
  notYours: (bidderNumber: string) =>
    `Bidder number ${bidderNumber} is not one of your organization's bidder numbers. Choose a bidder number from your DBidS home page.`,
  notOpen: `The Round 2021 bid window is not open yet. It opens on July 16, 2019.`,
  closed: `The Round 2021 bid window closed on ${formatDeadline(TIMELINE.bidWindowCloses)}. Bids are final: Form A and Form B can no longer be changed, approved or certified.`,
  approvedCleared: 'Form A changed after it was approved: an AO or BAO must approve Form A again.',
  certifiedCleared: 'Form B changed after it was certified: an AO or BAO must certify Form B again.',
} as const;

/** Whether bids can still be entered, on the mock clock. [DOC DBIDS, TL] */
export function bidWindow(state: MockState): 'not-open' | 'open' | 'closed' {
  const now = state.clock.nowMs();
  if (now < Date.parse(TIMELINE.bidWindowOpens)) return 'not-open';
  return now > Date.parse(TIMELINE.bidWindowCloses) ? 'closed' : 'open';
}

function requireWindowOpen(state: MockState): void {
  const window = bidWindow(state);
  if (window === 'closed') throw refuse.conflict(DBIDS_MESSAGES.closed);
  if (window === 'not-open') throw refuse.conflict(DBIDS_MESSAGES.notOpen);
}

/** Lets only people holding a DBidS role into DBidS. */
export function admitToDbids(state: MockState, userId: string): Account {
  const account = state.findAccount(userId);
  if (!account || !roleIn(account, 'DBidS')) throw refuse.forbidden(DBIDS_MESSAGES.noRole);
  return account;
}

/** The bidder numbers of the organization of the person's DBidS role. */
export function dbidsBidderNumbers(state: MockState, account: Account): string[] {
  const role = roleIn(account, 'DBidS');
  const organization = role && state.organizations.get(role.organizationId);
  return organization ? [...organization.bidderNumbers] : [];
}

/** The bid of one of the person's organization's bidder numbers (created empty on first use); another's is refused. */
export function bidOf(state: MockState, account: Account, bidderNumber: string): Bid {
  const role = roleIn(account, 'DBidS');
  if (!role) throw refuse.forbidden(DBIDS_MESSAGES.noRole);
  if (!dbidsBidderNumbers(state, account).includes(bidderNumber)) throw refuse.notFound(DBIDS_MESSAGES.notYours(bidderNumber));
  const existing = state.bids.get(bidderNumber);
  if (existing) return existing;
  return { bidderNumber, organizationId: role.organizationId, formA: { locations: [] }, formB: { entries: [] } };
}

/**
 * The checks every DBidS action shares, in the order a person should hear them: the bidder number is the
 * organization's, the role may take the action (the role table), the bid window is open.
 */
export function requireBidAction(state: MockState, account: Account, bidderNumber: string, action: ActionId): Bid {
  const bid = bidOf(state, account, bidderNumber);
  requirePermission(account, action);
  requireWindowOpen(state);
  return bid;
}

function store(state: MockState, bid: Bid): void {
  state.bids.set(bid.bidderNumber, bid);
}

const stamp = (state: MockState, account: Account) => ({ by: account.userId, at: state.nowIso() });

export type FieldErrors<K extends string> = Partial<Record<K, string>>;
export type Checked<T, K extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<K> };

export type BusinessField = Exclude<keyof BusinessOrganizationInformation, 'legalBusinessName'>;

/** Checks the Business Organization Information section. [Fields INF; LBN auto-filled DOC REGOPEN] */
export function checkBusinessOrganization(raw: Record<BusinessField, string>): Checked<Omit<BusinessOrganizationInformation, 'legalBusinessName'>, BusinessField> {
  const errors: FieldErrors<BusinessField> = {};
  const tin = raw.taxpayerId.replace(/[\s-]/g, '');
  if (!/^\d{9}$/.test(tin)) errors.taxpayerId = 'Enter the Taxpayer Identification Number as 9 digits, for example 12-3456789.';
  if (!raw.contactName.trim()) errors.contactName = 'Enter the name of the bid contact.';
  const phone = raw.contactPhone.replace(/\D/g, '');
  if (phone.length !== 10) errors.contactPhone = 'Enter the contact phone number as 10 digits, for example 803-555-0142.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw.contactEmail.trim())) errors.contactEmail = 'Enter the contact e-mail address, for example name@example.com.';
  if (raw.doingBusinessAs.length > 120) errors.doingBusinessAs = 'Enter at most 120 characters for the doing business as (DBA) name.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      doingBusinessAs: raw.doingBusinessAs.trim(),
      taxpayerId: `${tin.slice(0, 2)}-${tin.slice(2)}`,
      contactName: raw.contactName.trim(),
      contactPhone: `${phone.slice(0, 3)}-${phone.slice(3, 6)}-${phone.slice(6)}`,
      contactEmail: raw.contactEmail.trim(),
    },
  };
}

/** Saves Form A's Business Organization Information (AO, BAO). Returns a notice when an approval was undone. */
export function saveBusinessOrganization(state: MockState, account: Account, bidderNumber: string, value: Omit<BusinessOrganizationInformation, 'legalBusinessName'>): string | undefined {
  const bid = requireBidAction(state, account, bidderNumber, 'dbids.form-a.business-organization');
  const organization = state.organizations.get(bid.organizationId);
  bid.formA.businessOrganization = { legalBusinessName: organization?.legalBusinessName ?? '', ...value, saved: stamp(state, account) };
  return clearApproval(state, bid);
}

export type LocationField = Exclude<keyof LocationInformation, 'ptan'>;

export function checkLocation(raw: Record<LocationField, string>): Checked<Omit<LocationInformation, 'ptan'>, LocationField> {
  const errors: FieldErrors<LocationField> = {};
  if (!(ACCREDITATION_ORGANIZATIONS as readonly string[]).includes(raw.accreditationOrganization)) {
    errors.accreditationOrganization = 'Select the accreditation organization of this location.';
  }
  if (!/^[A-Za-z0-9-]{1,30}$/.test(raw.stateLicenseNumber.trim())) {
    errors.stateLicenseNumber = 'Enter the state license number of this location (letters, digits and hyphens), or NA if the state requires no license.';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { accreditationOrganization: raw.accreditationOrganization, stateLicenseNumber: raw.stateLicenseNumber.trim() } };
}

/** Saves the location-specific information of one of the organization's active PTANs (AO, BAO, EU). */
export function saveLocation(state: MockState, account: Account, bidderNumber: string, ptan: string, value: Omit<LocationInformation, 'ptan'>): string | undefined {
  const bid = requireBidAction(state, account, bidderNumber, 'dbids.form-a.locations');
  const organization = state.organizations.get(bid.organizationId);
  if (!organization?.ptans.includes(ptan)) throw refuse.notFound(`PTAN ${ptan} is not an active PTAN of your organization in PECOS. Choose a location listed in Form A.`);
  bid.formA.locations = [...bid.formA.locations.filter((l) => l.ptan !== ptan), { ptan, ...value, saved: stamp(state, account) }]
    .sort((a, b) => a.ptan.localeCompare(b.ptan));
  return clearApproval(state, bid);
}

function clearApproval(state: MockState, bid: Bid): string | undefined {
  const was = !!bid.formA.approved;
  delete bid.formA.approved;
  store(state, bid);
  return was ? DBIDS_MESSAGES.approvedCleared : undefined;
}

/** What still stops Form A from being approved. */
export function formAGaps(state: MockState, bid: Bid): string[] {
  const gaps: string[] = [];
  if (!bid.formA.businessOrganization) gaps.push('complete the Business Organization Information section');
  const ptans = state.organizations.get(bid.organizationId)?.ptans ?? [];
  const missing = ptans.filter((p) => !bid.formA.locations.some((l) => l.ptan === p));
  if (missing.length) gaps.push(`enter the location information for PTAN ${missing.join(', ')}`);
  return gaps;
}

/** Approves Form A (AO, BAO) once it is complete, inside the bid window. */
export function approveFormA(state: MockState, account: Account, bidderNumber: string): Bid {
  const bid = requireBidAction(state, account, bidderNumber, 'dbids.form-a.approve');
  if (bid.formA.approved) throw refuse.conflict(`Form A for bidder number ${bidderNumber} is already approved.`);
  const gaps = formAGaps(state, bid);
  if (gaps.length) throw refuse.invalid(`Form A cannot be approved yet: ${gaps.join('; ')}.`);
  bid.formA.approved = stamp(state, account);
  store(state, bid);
  return bid;
}

export type EntryField = 'productCategoryId' | 'cbaId' | 'bidAmount' | 'capacity';

export function checkFormBEntry(raw: Record<EntryField, string>): Checked<{ productCategoryId: string; cbaId: string; leadItem: string; bidAmount: string; capacity: number }, EntryField> {
  const errors: FieldErrors<EntryField> = {};
  const category = productCategory(raw.productCategoryId);
  if (!category) errors.productCategoryId = 'Select a product category.';
  if (!cba(raw.cbaId)) errors.cbaId = 'Select a competitive bidding area (CBA).';
  const amount = raw.bidAmount.trim().replace(/^\$/, '').replace(/,/g, '');
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(amount) || Number(amount) <= 0) errors.bidAmount = 'Enter the bid amount for the lead item in dollars and cents, more than $0, for example 512.75.';
  const capacity = raw.capacity.trim().replace(/,/g, '');
  if (!/^\d{1,7}$/.test(capacity) || Number(capacity) < 1) errors.capacity = 'Enter the estimated capacity as a whole number of units, at least 1.';
  if (Object.keys(errors).length || !category) return { ok: false, errors };
  return { ok: true, value: { productCategoryId: category.id, cbaId: raw.cbaId, leadItem: category.leadItem, bidAmount: Number(amount).toFixed(2), capacity: Number(capacity) } };
}

/** Enters (or replaces) a Form B line for a product category in a CBA (AO, BAO, EU). */
export function saveFormBEntry(state: MockState, account: Account, bidderNumber: string, entry: ReturnType<typeof checkFormBEntry> & { ok: true }): string | undefined {
  const bid = requireBidAction(state, account, bidderNumber, 'dbids.form-b.enter');
  const { value } = entry;
  bid.formB.entries = [
    ...bid.formB.entries.filter((e) => !(e.productCategoryId === value.productCategoryId && e.cbaId === value.cbaId)),
    { ...value, saved: stamp(state, account) },
  ];
  const was = !!bid.formB.certified;
  delete bid.formB.certified;
  store(state, bid);
  return was ? DBIDS_MESSAGES.certifiedCleared : undefined;
}

/** Certifies Form B (AO, BAO): Form A approved first [INF], at least one line, the certification statement accepted. */
export function certifyFormB(state: MockState, account: Account, bidderNumber: string, statementAccepted: boolean): Bid {
  const bid = requireBidAction(state, account, bidderNumber, 'dbids.form-b.certify');
  if (bid.formB.certified) throw refuse.conflict(`Form B for bidder number ${bidderNumber} is already certified.`);
  if (!bid.formB.entries.length) throw refuse.invalid('Form B cannot be certified yet: enter a bid for at least one product category and CBA.');
  if (!bid.formA.approved) throw refuse.invalid('Form B cannot be certified yet: an AO or BAO must approve Form A first.');
  if (!statementAccepted) throw refuse.invalid('Check the certification statement to certify Form B.', 'certify');
  bid.formB.certified = stamp(state, account);
  store(state, bid);
  return bid;
}

/** A bid counts as complete only when Form A is approved and Form B certified. [DOC RT, DBIDS, PBE; rule 49] */
export function bidStatus(bid: Bid): 'Complete' | 'Incomplete' {
  return bid.formA.approved && bid.formB.certified ? 'Complete' : 'Incomplete';
}

/** The fields of each DBidS form, as the pages name them. */
export const BUSINESS_FIELDS: readonly BusinessField[] = ['doingBusinessAs', 'taxpayerId', 'contactName', 'contactPhone', 'contactEmail'];
export const LOCATION_FIELDS: readonly LocationField[] = ['accreditationOrganization', 'stateLicenseNumber'];
export const ENTRY_FIELDS: readonly EntryField[] = ['productCategoryId', 'cbaId', 'bidAmount', 'capacity'];

/** A form's named fields as sent (missing ones empty). */
export function valuesOf<K extends string>(form: FormFields, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((n) => [n, form.text(n)])) as Record<K, string>;
}

/**
 * Form A → Business Organization Information → Save (AO, BAO; bid window open). Returns the notice to show when
 * an approval was undone. The checks come in the order a person should hear them: bidder number, role, window, fields.
 */
export function saveBusinessOrganizationForm(state: MockState, account: Account, bidderNumber: string, form: FormFields): string | undefined {
  requireBidAction(state, account, bidderNumber, 'dbids.form-a.business-organization');
  const checked = checkBusinessOrganization(valuesOf(form, BUSINESS_FIELDS));
  if (!checked.ok) throw refuse.fields(checked.errors);
  return saveBusinessOrganization(state, account, bidderNumber, checked.value);
}

/** Form A → a location's information → Save (AO, BAO, EU; bid window open). */
export function saveLocationForm(state: MockState, account: Account, bidderNumber: string, ptan: string, form: FormFields): string | undefined {
  requireBidAction(state, account, bidderNumber, 'dbids.form-a.locations');
  const checked = checkLocation(valuesOf(form, LOCATION_FIELDS));
  if (!checked.ok) throw refuse.fields(checked.errors);
  return saveLocation(state, account, bidderNumber, ptan, checked.value);
}

/** Form B → Save a bid (AO, BAO, EU; bid window open). */
export function saveFormBEntryForm(state: MockState, account: Account, bidderNumber: string, form: FormFields): { notice?: string; productCategoryId: string; cbaId: string } {
  requireBidAction(state, account, bidderNumber, 'dbids.form-b.enter');
  const checked = checkFormBEntry(valuesOf(form, ENTRY_FIELDS));
  if (!checked.ok) throw refuse.fields(checked.errors);
  const notice = saveFormBEntry(state, account, bidderNumber, checked);
  return { ...(notice ? { notice } : {}), productCategoryId: checked.value.productCategoryId, cbaId: checked.value.cbaId };
}
