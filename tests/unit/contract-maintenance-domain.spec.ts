/**
 * Contract maintenance as plain functions (mock-portal/domain/contract-maintenance/): Form C twice a year, change of
 * location requests, contract transfers 60 days before the change of ownership, subcontractor disclosures, and breach
 * of contract notices answered by upload. No server, no browser.
 */
import { VERIFIED_PRODUCTS } from '../../mock-portal/domain/program/verified-products.ts';
import { expect, test } from '@playwright/test';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { decideOffer, offersOf } from '../../mock-portal/domain/bidding/offers.ts';
import { breachNotices, breachResponses, isBreachResponseOpen, respondToBreachNotice } from '../../mock-portal/domain/contract-maintenance/breach.ts';
import { FORM_C_PERIODS, checkFormCProducts, failureNotices, formCDue, submitFormCFromForm } from '../../mock-portal/domain/contract-maintenance/form-c.ts';
import {
  CHOW_NOTICE_DAYS, addTransferDocument, checkDisclosure, checkTransfer, discloseSubcontractor, isBeforeChow, requestLocationChange, requestTransfer,
} from '../../mock-portal/domain/contract-maintenance/requests.ts';
import { contractFor } from '../../mock-portal/domain/bidding/contracts.ts';
import { Refusal } from '../../mock-portal/domain/errors.ts';
import { formOf } from '../../mock-portal/domain/forms.ts';
import { productCategory } from '../../mock-portal/domain/program/round-2021.ts';
import { domainWorld, type DomainWorld } from './domain-world.ts';

const refusalOf = async (work: () => unknown): Promise<Refusal> => {
  try {
    await work();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

/** The bidding world with contract R21-210001 (the first offer accepted), at `at`. */
function withContract(at: string): DomainWorld {
  const world = domainWorld(MOMENTS.offersOpen);
  const [offer] = offersOf(world.state, 'acme');
  decideOffer(world.state, world.person('jane.ao'), offer?.id ?? '', 'accepted', false);
  world.state.clock.set(at);
  return world;
}

test.describe('Form C [DOC FORMC; rule 56]', () => {
  test('due 10 business days after June 30 and December 31, the first on 1/15/2021', () => {
    expect(FORM_C_PERIODS[0]).toMatchObject({ reportingDate: '2020-12-31', dueAt: '2021-01-16T01:59:59.999Z' });
  });

  test('each product line: an HCPCS code of the category, the manufacturer and the model; at least one line', () => {
    expect(checkFormCProducts('ots-knee-braces', [{ hcpcs: '', manufacturer: '', model: '' }])).toEqual({ ok: false, errors: ['Enter at least one product: its HCPCS code, manufacturer and model.'] });
    const wrong = checkFormCProducts('ots-knee-braces', [{ hcpcs: 'E0601', manufacturer: '', model: 'x'.repeat(101) }]);
    expect(wrong.ok ? [] : wrong.errors).toEqual([
      'Product 1: select an HCPCS code of Off-The-Shelf (OTS) Knee Braces.', 'Product 1: enter the manufacturer (at most 100 characters).', 'Product 1: enter the model name or number (at most 100 characters).',
    ]);
  });

  test('a submitted Form C clears the failure notice; a missing one becomes a breach of contract 30 days after its due date', async () => {
    const { state, person } = withContract(MOMENTS.formCOpen);
    const contract = contractFor(state, person('eddie.eu'), 'R21-210001', 'connexion.current-contracts');
    const [due] = formCDue(state, contract);
    if (!due) throw new Error('a Form C due');
    state.clock.set('2021-01-20T15:00:00.000Z');
    expect(failureNotices(state, contract)).toHaveLength(1);
    state.clock.set(MOMENTS.bondReturned);
    expect(breachNotices(state, contract)).toHaveLength(1);
    const hcpcs = productCategory(due.productCategoryId)?.hcpcs[0] ?? '';
    const key = { contractId: contract.id, periodId: due.period.id, cbaId: due.cbaId, productCategoryId: due.productCategoryId };
    expect((await refusalOf(() => submitFormCFromForm(state, person('eddie.eu'), key, formOf({})))).messages).toEqual(['Enter at least one product: its HCPCS code, manufacturer and model.']);
    // A product from the verified list (rule 57).
    const listed = VERIFIED_PRODUCTS.find((p) => p.hcpcs === hcpcs);
    if (!listed) throw new Error(`a verified product for ${hcpcs}`);
    submitFormCFromForm(state, person('eddie.eu'), key, formOf({ hcpcs1: hcpcs, product1: listed.id }));
    expect(failureNotices(state, contract)).toEqual([]);
    expect(breachNotices(state, contract)).toEqual([]);
  });
});

test.describe('change of location, transfers, subcontractors [DOC RT, XFER, SUBK; rules 58–60]', () => {
  test('a location is added only if it is an active PTAN of the organization, removed only if on the contract and not the last', async () => {
    const { state, person } = withContract(MOMENTS.contractActive);
    const jane = person('jane.ao');
    const errorsOf = async (fields: Record<string, string>) => (await refusalOf(() => requestLocationChange(state, jane, 'R21-210001', formOf(fields)))).messages;
    expect(await errorsOf({ action: 'Remove', ptan: '1234560001', effectiveDate: '2021-03-01' })).toEqual(['This is the only location on the contract; a contract needs at least one location. To end the contract, call the CBIC.']);
    expect(await errorsOf({ action: 'Add', ptan: '7654320001', effectiveDate: '2021-03-01' })).toEqual(['PTAN 7654320001 is not an active PTAN of your organization in PECOS. Only properly enrolled locations can be added.']);
    expect(await errorsOf({ action: 'Add', ptan: '1234560002', effectiveDate: '2021-01-01' })).toEqual(['The effective date cannot be in the past.']);
    expect((await refusalOf(() => requestLocationChange(state, person('eddie.eu'), 'R21-210001', formOf({})))).kind).toBe('forbidden');
    expect(requestLocationChange(state, jane, 'R21-210001', formOf({ action: 'Add', ptan: '1234560002', effectiveDate: '2021-03-01' })).status).toBe('Submitted – pending CMS review');
  });

  test(`a transfer is requested at least ${CHOW_NOTICE_DAYS} days before the change of ownership, its documents added only before it`, async () => {
    const { state, person, received } = withContract(MOMENTS.contractActive);
    const jane = person('jane.ao');
    const transfer = { type: 'Full', chowDate: '2021-03-01', successorName: 'Successor Medical LLC', successorTin: '98 7654321', certification: 'jane.ao' };
    expect(checkTransfer(state, transfer)).toMatchObject({ ok: false });
    expect(checkTransfer(state, { ...transfer, chowDate: '2021-04-02' })).toMatchObject({ ok: true, value: { successorTin: '98-7654321' } });
    const refused = await refusalOf(async () => requestTransfer(state, jane, 'R21-210001', formOf(transfer), await received()));
    expect(refused.messages[0]).toContain(`at least ${CHOW_NOTICE_DAYS} days from today`);
    expect(state.uploads).toEqual([]);
    const request = await requestTransfer(state, jane, 'R21-210001', formOf({ ...transfer, chowDate: '2021-04-02' }), await received());
    expect(request.documents).toHaveLength(1);
    await addTransferDocument(state, jane, 'R21-210001', request.id, formOf({ certification: 'jane.ao' }), await received('%PDF-1.4\n%%EOF\n', 'more.pdf'));
    expect(request.documents.map((d) => d.fileName)).toEqual(['document.pdf', 'more.pdf']);
    state.clock.set('2021-04-02T15:00:00.000Z');
    expect(isBeforeChow(state, request)).toBe(false);
    expect((await refusalOf(async () => addTransferDocument(state, jane, 'R21-210001', request.id, formOf({ certification: 'jane.ao' }), await received()))).kind).toBe('conflict');
  });

  test('a subcontractor disclosure names the location performing the permitted services, with its document', async () => {
    const { state, person, received } = withContract(MOMENTS.contractActive);
    const values = { subcontractorName: 'Delivery Co', locationAddress: '12 Main St, Columbia, SC', accreditation: 'Not applicable', services: ['Purchase of inventory'] };
    expect(checkDisclosure(values)).toMatchObject({ ok: true });
    expect(checkDisclosure({ ...values, services: ['Billing'] })).toMatchObject({ ok: false, errors: [expect.stringContaining('Subcontracting is permitted only for')] });
    const disclosure = await discloseSubcontractor(state, person('eddie.eu'), 'R21-210001', formOf({ ...values, service0: 'Purchase of inventory', certification: 'eddie.eu' }), await received());
    expect(disclosure).toMatchObject({ subcontractorName: 'Delivery Co', services: ['Purchase of inventory'] });
    expect(state.uploads[0]?.documentType).toBe('Subcontractor Disclosure');
  });
});

test.describe('breach of contract notices [DOC S2, RT]', () => {
  test('answered by an AO or BAO with a signed PDF until 30 days after issue', async () => {
    const { state, person, received } = withContract(MOMENTS.bondReturned);
    const contract = contractFor(state, person('jane.ao'), 'R21-210001', 'connexion.current-contracts');
    const [notice] = breachNotices(state, contract);
    if (!notice) throw new Error('a breach notice');
    expect((await refusalOf(async () => respondToBreachNotice(state, person('eddie.eu'), contract.id, notice.id, formOf({ certification: 'eddie.eu' }), await received()))).kind).toBe('forbidden');
    expect((await refusalOf(() => respondToBreachNotice(state, person('bob.bao'), contract.id, notice.id, formOf({ certification: 'bob.bao' }), undefined))).messages).toEqual(['Under Select my file…, click Browse for file and choose the PDF file to upload.']);
    const { response } = await respondToBreachNotice(state, person('bob.bao'), contract.id, notice.id, formOf({ certification: 'bob.bao' }), await received());
    expect(breachResponses(state, notice)).toEqual([response]);
    state.clock.set(new Date(Date.parse(notice.dueAt) + 1000).toISOString());
    expect(isBreachResponseOpen(state, notice)).toBe(false);
    expect((await refusalOf(async () => respondToBreachNotice(state, person('bob.bao'), contract.id, notice.id, formOf({ certification: 'bob.bao' }), await received()))).kind).toBe('conflict');
  });
});
