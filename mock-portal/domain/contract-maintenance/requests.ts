import { storeSignedPdf } from '../connexion/uploads.ts';
import { isAccepted, signedPdfProblems, type ReceivedFile } from '../connexion/upload-rules.ts';
import { refuse } from '../errors.ts';
import type { FormFields } from '../forms.ts';
import { requirePermission, type ActionId } from '../permissions.ts';
import type { MockState } from '../mock-state.ts';
import { cbicDeadline, easternDate, formatDeadline } from '../program/eastern-time.ts';
import type { Account } from '../types.ts';
import { contractFor, type Contract } from '../bidding/contracts.ts';
import { normalizedNpi, npiProblem } from '../formats/npi.ts';
import { SUBCONTRACT_SERVICES, type ContractTransferRequest, type LocationChangeRequest, type SubcontractorDisclosure } from './records.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`)) && new Date(`${value}T12:00:00Z`).toISOString().startsWith(value);
const today = (state: MockState) => easternDate(state.clock.nowMs());
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

function nextId(state: MockState, prefix: string, taken: { id: string }[]): string {
  for (;;) {
    const id = `${prefix}-${state.random.digits(6)}`;
    if (!taken.some((t) => t.id === id)) return id;
  }
}

export type Errors = string[];

/** Checks a change of location request: Add an active PTAN not on the contract, or Remove one on it (never the last). [DOC RT, OBLIG; fields INF] */
export function checkLocationChange(state: MockState, contract: Contract, raw: { action: string; ptan: string; effectiveDate: string; npi?: string }):
  { ok: true; value: Pick<LocationChangeRequest, 'action' | 'ptan' | 'effectiveDate' | 'npi'> } | { ok: false; errors: Errors } {
  const errors: Errors = [];
  const ptan = raw.ptan.trim();
  const organization = state.organizations.get(contract.organizationId);
  if (raw.action !== 'Add' && raw.action !== 'Remove') errors.push('Select whether to add or remove a location.');
  else if (!/^\d{10}$/.test(ptan)) errors.push('Enter the location\'s PTAN: 10 digits.');
  else if (raw.action === 'Add') {
    if (contract.ptans.includes(ptan)) errors.push(`PTAN ${ptan} is already a location on contract ${contract.id}.`);
    else if (!organization?.ptans.includes(ptan)) errors.push(`PTAN ${ptan} is not an active PTAN of your organization in PECOS. Only properly enrolled locations can be added.`);
  } else if (!contract.ptans.includes(ptan)) errors.push(`PTAN ${ptan} is not a location on contract ${contract.id}.`);
  else if (contract.ptans.length === 1) errors.push('This is the only location on the contract; a contract needs at least one location. To end the contract, call the CBIC.');
  // [DOC PTAN1] each location has its own NPI; optional here, checked when given (rule 61).
  const npi = raw.npi?.trim() ? npiProblem(raw.npi, 'location NPI') : undefined;
  if (npi) errors.push(npi);
  if (!validDate(raw.effectiveDate)) errors.push('Enter the effective date as YYYY-MM-DD.');
  else if (raw.effectiveDate < today(state)) errors.push('The effective date cannot be in the past.');
  if (errors.length || (raw.action !== 'Add' && raw.action !== 'Remove')) return { ok: false, errors };
  return { ok: true, value: { action: raw.action, ptan, effectiveDate: raw.effectiveDate, ...(raw.npi?.trim() ? { npi: normalizedNpi(raw.npi) } : {}) } };
}

/** Submits a change of location request (AO, BAO). [rule 58] */
export function submitLocationChange(state: MockState, account: Account, contractId: string, value: Pick<LocationChangeRequest, 'action' | 'ptan' | 'effectiveDate' | 'npi'>): LocationChangeRequest {
  const contract = contractFor(state, account, contractId, 'connexion.current-contracts');
  requirePermission(account, 'connexion.location-change');
  const request: LocationChangeRequest = {
    id: nextId(state, 'LC', state.maintenance.locationChanges), contractId: contract.id, organizationId: contract.organizationId, ...value,
    status: 'Submitted – pending CMS review', saved: { by: account.userId, at: state.nowIso() },
  };
  state.maintenance.locationChanges.push(request);
  return request;
}

type TransferFields = Pick<ContractTransferRequest, 'type' | 'chowDate' | 'successorName' | 'successorTin' | 'successorNpi'>;

/** [DOC XFER] a contract supplier must notify CMS at least 60 days before the anticipated change of ownership. */
export const CHOW_NOTICE_DAYS = 60;

export function checkTransfer(state: MockState, raw: { type: string; chowDate: string; successorName: string; successorTin: string; successorNpi?: string }):
  { ok: true; value: TransferFields } | { ok: false; errors: Errors } {
  const errors: Errors = [];
  if (raw.type !== 'Full' && raw.type !== 'Partial') errors.push('Select a full transfer of the entire contract or a partial transfer of a portion of it.');
  if (!validDate(raw.chowDate)) errors.push('Enter the anticipated change of ownership (CHOW) date as YYYY-MM-DD.');
  else if (daysBetween(today(state), raw.chowDate) < CHOW_NOTICE_DAYS) {
    errors.push(`The change of ownership date must be at least ${CHOW_NOTICE_DAYS} days from today: CMS must be notified at least ${CHOW_NOTICE_DAYS} days before the anticipated CHOW.`);
  }
  const name = raw.successorName.trim();
  if (!name || name.length > 120) errors.push('Enter the legal business name of the successor entity.');
  const tin = raw.successorTin.replace(/[\s-]/g, '');
  if (!/^\d{9}$/.test(tin)) errors.push('Enter the successor\'s Taxpayer Identification Number as 9 digits, for example 12-3456789.');
  // [DOC CHOWFORM] the purchaser's NPI; optional here, checked when given (rule 61).
  const npi = raw.successorNpi?.trim() ? npiProblem(raw.successorNpi, 'successor\'s NPI') : undefined;
  if (npi) errors.push(npi);
  if (errors.length || (raw.type !== 'Full' && raw.type !== 'Partial')) return { ok: false, errors };
  return { ok: true, value: { type: raw.type, chowDate: raw.chowDate, successorName: name, successorTin: `${tin.slice(0, 2)}-${tin.slice(2)}`, ...(raw.successorNpi?.trim() ? { successorNpi: normalizedNpi(raw.successorNpi) } : {}) } };
}

/** The transfer requests of the organization (AO, BAO). */
export function transfersOf(state: MockState, account: Account, contractId: string): ContractTransferRequest[] {
  const contract = contractFor(state, account, contractId, 'connexion.current-contracts');
  requirePermission(account, 'connexion.contract-transfer');
  return state.maintenance.transfers.filter((t) => t.contractId === contract.id && t.organizationId === contract.organizationId);
}

export function transferFor(state: MockState, account: Account, contractId: string, requestId: string): ContractTransferRequest {
  const found = transfersOf(state, account, contractId).find((t) => t.id === requestId);
  if (!found) throw refuse.notFound(`Transfer request ${requestId} is not one of your organization's requests.`);
  return found;
}

/** Documents can be added to a transfer request only before the CHOW date. [DOC XFER; rule 59] */
export function isBeforeChow(state: MockState, request: ContractTransferRequest): boolean {
  return Date.parse(cbicDeadline(request.chowDate)) >= state.clock.nowMs() && today(state) < request.chowDate;
}

export function requireBeforeChow(state: MockState, request: ContractTransferRequest): void {
  if (!isBeforeChow(state, request)) {
    throw refuse.conflict(`Documents for this transfer had to be uploaded before the change of ownership date (${formatDeadline(cbicDeadline(request.chowDate)).replace(/ at .*/, '')}). Call the CBIC for help.`);
  }
}

export function submitTransfer(state: MockState, account: Account, contractId: string, value: TransferFields, document: { id: string; fileName: string }): ContractTransferRequest {
  const contract = contractFor(state, account, contractId, 'connexion.current-contracts');
  requirePermission(account, 'connexion.contract-transfer');
  const saved = { by: account.userId, at: state.nowIso() };
  const request: ContractTransferRequest = {
    id: nextId(state, 'CT', state.maintenance.transfers), contractId: contract.id, organizationId: contract.organizationId, ...value,
    documents: [{ uploadId: document.id, fileName: document.fileName, saved }], status: 'Submitted – pending CMS review', saved,
  };
  state.maintenance.transfers.push(request);
  return request;
}

/** Another document for a transfer request, before the CHOW date (AO, BAO). [DOC XFER; rule 59] */
export async function addTransferDocument(state: MockState, account: Account, contractId: string, requestId: string, form: FormFields, file: ReceivedFile | undefined): Promise<{ request: ContractTransferRequest; fileName: string }> {
  const request = transferFor(state, account, contractId, requestId);
  requireBeforeChow(state, request);
  const contract = contractFor(state, account, contractId, 'connexion.current-contracts');
  const upload = await storeSigned(state, account, form, file, [], contract.bidderNumber, 'Contract Transfer/CHOW Documentation');
  request.documents.push({ uploadId: upload.id, fileName: upload.fileName, saved: { by: account.userId, at: state.nowIso() } });
  return { request, fileName: upload.fileName };
}

/** The signed PDF of a maintenance form, kept once the form's own `problems` and the file's are none. */
async function storeSigned(state: MockState, account: Account, form: FormFields, file: ReceivedFile | undefined, problems: Errors, bidderNumber: string, documentType: string) {
  const all = [...problems, ...Object.values(signedPdfProblems(account, file, form.text('certification')))];
  if (all.length || !isAccepted(file)) throw refuse.all(all);
  return storeSignedPdf(state, account, file, { bidderNumber, documentType });
}

/** The transfer form's fields as sent. */
export function transferValuesOf(form: FormFields) {
  return { type: form.text('type'), chowDate: form.text('chowDate'), successorName: form.text('successorName'), successorTin: form.text('successorTin'), successorNpi: form.text('successorNpi') };
}

/** Contract transfer request → Submit: the request and its first document (AO, BAO). [DOC XFER; rule 59] */
export async function requestTransfer(state: MockState, account: Account, contractId: string, form: FormFields, file: ReceivedFile | undefined): Promise<ContractTransferRequest> {
  const contract = requireContractAction(state, account, contractId, 'connexion.contract-transfer');
  const checked = checkTransfer(state, transferValuesOf(form));
  const upload = await storeSigned(state, account, form, file, checked.ok ? [] : checked.errors, contract.bidderNumber, 'Contract Transfer/CHOW Documentation');
  if (!checked.ok) throw new Error('storeSigned kept a file for a refused transfer');
  return submitTransfer(state, account, contract.id, checked.value, upload);
}

/** The subcontractor disclosure form's fields as sent (the services are checkboxes service0, service1, …). */
export function disclosureValuesOf(form: FormFields) {
  const services = SUBCONTRACT_SERVICES.map((_, i) => form.text(`service${i}`)).filter(Boolean);
  return { subcontractorName: form.text('subcontractorName'), locationAddress: form.text('locationAddress'), accreditation: form.text('accreditation'), services };
}

/** Subcontractor disclosure → Submit: the disclosure and its document (every role). [DOC SUBK; rule 60] */
export async function discloseSubcontractor(state: MockState, account: Account, contractId: string, form: FormFields, file: ReceivedFile | undefined): Promise<SubcontractorDisclosure> {
  const contract = requireContractAction(state, account, contractId, 'connexion.subcontractor-disclosure');
  const checked = checkDisclosure(disclosureValuesOf(form));
  const upload = await storeSigned(state, account, form, file, checked.ok ? [] : checked.errors, contract.bidderNumber, 'Subcontractor Disclosure');
  if (!checked.ok) throw new Error('storeSigned kept a file for a refused disclosure');
  return submitDisclosure(state, account, contract.id, checked.value, upload);
}

/** The change of location form's fields as sent. */
export function locationChangeValuesOf(form: FormFields) {
  return { action: form.text('action'), ptan: form.text('ptan'), npi: form.text('npi'), effectiveDate: form.text('effectiveDate') };
}

/** Change of location request → Submit (AO, BAO). [DOC RT, OBLIG; rule 58] */
export function requestLocationChange(state: MockState, account: Account, contractId: string, form: FormFields): LocationChangeRequest {
  const contract = requireContractAction(state, account, contractId, 'connexion.location-change');
  const checked = checkLocationChange(state, contract, locationChangeValuesOf(form));
  if (!checked.ok) throw refuse.all(checked.errors);
  return submitLocationChange(state, account, contract.id, checked.value);
}

/** Checks a subcontractor disclosure: name, performing-location address, permitted services, accreditation. [DOC SUBK; rule 60] */
export function checkDisclosure(raw: { subcontractorName: string; locationAddress: string; services: string[]; accreditation: string }):
  { ok: true; value: Pick<SubcontractorDisclosure, 'subcontractorName' | 'locationAddress' | 'services' | 'accreditation'> } | { ok: false; errors: Errors } {
  const errors: Errors = [];
  const name = raw.subcontractorName.trim();
  const address = raw.locationAddress.trim();
  if (!name || name.length > 120) errors.push('Enter the subcontractor\'s name.');
  if (address.length < 10 || address.length > 200) errors.push('Enter the address of the specific location performing the services (not the corporate headquarters).');
  const services = [...new Set(raw.services)];
  if (!services.length) errors.push('Select the services the subcontractor provides.');
  const unknown = services.filter((s) => !(SUBCONTRACT_SERVICES as readonly string[]).includes(s));
  if (unknown.length) errors.push(`Subcontracting is permitted only for: ${SUBCONTRACT_SERVICES.join('; ')}.`);
  const accreditation = raw.accreditation.trim();
  if (!accreditation || accreditation.length > 120) errors.push('Enter the subcontractor\'s accreditation status, or "Not applicable" if accreditation does not apply.');
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { subcontractorName: name, locationAddress: address, services, accreditation } };
}

export function submitDisclosure(state: MockState, account: Account, contractId: string, value: Pick<SubcontractorDisclosure, 'subcontractorName' | 'locationAddress' | 'services' | 'accreditation'>, document: { id: string; fileName: string }): SubcontractorDisclosure {
  const contract = contractFor(state, account, contractId, 'connexion.current-contracts');
  requirePermission(account, 'connexion.subcontractor-disclosure');
  const disclosure: SubcontractorDisclosure = {
    id: nextId(state, 'SD', state.maintenance.disclosures), contractId: contract.id, organizationId: contract.organizationId, ...value,
    uploadId: document.id, fileName: document.fileName, saved: { by: account.userId, at: state.nowIso() },
  };
  state.maintenance.disclosures.push(disclosure);
  return disclosure;
}

/** Whether the refusal above would happen: used before a multipart body is read. */
export function requireContractAction(state: MockState, account: Account, contractId: string, action: ActionId): Contract {
  const contract = contractFor(state, account, contractId, 'connexion.current-contracts');
  requirePermission(account, action);
  return contract;
}
