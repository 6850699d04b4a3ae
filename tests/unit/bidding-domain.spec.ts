/**
 * Bidding rules as plain functions (mock-portal/domain/bidding/): DBidS Form A and Form B in the bid window, the
 * notices answered by upload until their due dates, contract offers, contracts, and bid evaluation results with the
 * bidder inquiry. No server, no browser; the mock clock is set to the moment each rule is about.
 */
import { expect, test } from '@playwright/test';
import { FORM_A_BUSINESS, FORM_A_LOCATION, FORM_B_ENTRY } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { contractsOf, contractFor, myContracts } from '../../mock-portal/domain/bidding/contracts.ts';
import {
  DBIDS_MESSAGES, approveFormA, bidOf, bidStatus, bidWindow, certifyFormB, checkBusinessOrganization, checkFormBEntry, checkLocation, formAGaps,
  saveBusinessOrganizationForm, saveFormBEntryForm, saveLocationForm,
} from '../../mock-portal/domain/bidding/dbids.ts';
import { respondToNotice } from '../../mock-portal/domain/bidding/notice-response.ts';
import { isOpen, noticeFor, noticesOf, responsesTo, visibleNotices } from '../../mock-portal/domain/bidding/notices.ts';
import { decideOffer, offersOf, visibleOffers } from '../../mock-portal/domain/bidding/offers.ts';
import { bondReturnNotice, disqualificationNotice, isInquiryOpen, outcomeLinks, reviewNotice, submitInquiry } from '../../mock-portal/domain/bidding/outcomes.ts';
import { biddingToDoItems } from '../../mock-portal/domain/bidding/to-do.ts';
import { UPLOAD_MESSAGES } from '../../mock-portal/domain/connexion/upload-rules.ts';
import { Refusal } from '../../mock-portal/domain/errors.ts';
import { formOf } from '../../mock-portal/domain/forms.ts';
import { domainWorld } from './domain-world.ts';

const refusalOf = async (work: () => unknown): Promise<Refusal> => {
  try {
    await work();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

test.describe('DBidS: Form A and Form B in the bid window [DOC DBIDS, RT]', () => {
  test('the bid window opens 7/16/2019 and closes 8:59:59 p.m. ET on 9/18/2019', () => {
    const { state } = domainWorld('2019-07-15T12:00:00.000Z');
    expect(bidWindow(state)).toBe('not-open');
    state.clock.set('2019-09-19T00:59:59.000Z');
    expect(bidWindow(state)).toBe('open');
    state.clock.set('2019-09-19T01:00:00.000Z');
    expect(bidWindow(state)).toBe('closed');
  });

  test('the Business Organization Information: each field checked, the TIN and phone written one way', () => {
    expect(checkBusinessOrganization({ ...FORM_A_BUSINESS, taxpayerId: '123456789', contactPhone: '(803) 555 0142' })).toMatchObject({ ok: true, value: { taxpayerId: '12-3456789', contactPhone: '803-555-0142' } });
    const refused = checkBusinessOrganization({ doingBusinessAs: 'x'.repeat(121), taxpayerId: '12', contactName: ' ', contactPhone: '1', contactEmail: 'nope' });
    expect(refused.ok ? [] : Object.keys(refused.errors).sort()).toEqual(['contactEmail', 'contactName', 'contactPhone', 'doingBusinessAs', 'taxpayerId']);
    expect(checkLocation({ accreditationOrganization: 'Nobody', stateLicenseNumber: 'a b' })).toMatchObject({ ok: false });
  });

  test('Form A: AO or BAO for the organization, EU for locations; approval once complete, undone by a change', async () => {
    const { state, person } = domainWorld();
    const jane = person('jane.ao');
    expect((await refusalOf(() => saveBusinessOrganizationForm(state, person('eddie.eu'), '210001', formOf(FORM_A_BUSINESS)))).message).toContain('your role is EU');
    expect((await refusalOf(() => saveBusinessOrganizationForm(state, person('olga.other'), '210001', formOf(FORM_A_BUSINESS)))).kind).toBe('not-found');
    expect((await refusalOf(() => saveBusinessOrganizationForm(state, jane, '210001', formOf({ ...FORM_A_BUSINESS, contactName: '' })))).problems).toEqual({ contactName: 'Enter the name of the bid contact.' });
    expect(saveBusinessOrganizationForm(state, jane, '210001', formOf(FORM_A_BUSINESS))).toBeUndefined();
    expect((await refusalOf(() => approveFormA(state, jane, '210001'))).message).toContain('enter the location information for PTAN 1234560001, 1234560002');
    for (const ptan of ['1234560001', '1234560002']) saveLocationForm(state, person('eddie.eu'), '210001', ptan, formOf(FORM_A_LOCATION));
    expect((await refusalOf(() => saveLocationForm(state, jane, '210001', '7654320001', formOf(FORM_A_LOCATION)))).kind).toBe('not-found');
    expect(formAGaps(state, bidOf(state, jane, '210001'))).toEqual([]);
    approveFormA(state, person('bob.bao'), '210001');
    expect((await refusalOf(() => approveFormA(state, jane, '210001'))).kind).toBe('conflict');
    expect(saveLocationForm(state, jane, '210001', '1234560001', formOf(FORM_A_LOCATION))).toBe(DBIDS_MESSAGES.approvedCleared);
    expect(bidOf(state, jane, '210001').formA.approved).toBeUndefined();
  });

  test('Form B: entries by anyone, certified by an AO or BAO after Form A is approved; everything read-only after the close', async () => {
    const { state, person } = domainWorld();
    const jane = person('jane.ao');
    expect(checkFormBEntry({ ...FORM_B_ENTRY, bidAmount: '$1,234.5', capacity: '1,200' })).toMatchObject({ ok: true, value: { bidAmount: '1234.50', capacity: 1200, leadItem: expect.any(String) } });
    expect((await refusalOf(() => certifyFormB(state, jane, '210001', true))).message).toContain('enter a bid for at least one product category');
    saveFormBEntryForm(state, person('eddie.eu'), '210001', formOf(FORM_B_ENTRY));
    expect((await refusalOf(() => certifyFormB(state, jane, '210001', true))).message).toContain('approve Form A first');
    saveBusinessOrganizationForm(state, jane, '210001', formOf(FORM_A_BUSINESS));
    for (const ptan of ['1234560001', '1234560002']) saveLocationForm(state, jane, '210001', ptan, formOf(FORM_A_LOCATION));
    approveFormA(state, jane, '210001');
    expect((await refusalOf(() => certifyFormB(state, jane, '210001', false))).field).toBe('certify');
    expect((await refusalOf(() => certifyFormB(state, person('eddie.eu'), '210001', true))).kind).toBe('forbidden');
    expect(bidStatus(certifyFormB(state, jane, '210001', true))).toBe('Complete');
    expect(saveFormBEntryForm(state, jane, '210001', formOf({ ...FORM_B_ENTRY, bidAmount: '500' })).notice).toBe(DBIDS_MESSAGES.certifiedCleared);
    state.clock.set('2019-09-19T01:00:00.000Z');
    expect((await refusalOf(() => saveFormBEntryForm(state, jane, '210001', formOf(FORM_B_ENTRY)))).message).toBe(DBIDS_MESSAGES.closed);
  });
});

test.describe('Connexion notices: issued on the mock clock, answered by upload until 10 business days later [rule 55]', () => {
  test('BFB on 10/31, CDRD on 11/15, PBE on 12/3; another organization\'s notice is not found', async () => {
    const { state, person } = domainWorld(MOMENTS.bfbOpen);
    expect(noticesOf(state, 'acme').map((n) => n.kind)).toEqual(['BFB']);
    state.clock.set(MOMENTS.allNoticesIssued);
    expect(visibleNotices(state, person('eddie.eu')).map((n) => n.id).sort()).toEqual(['BFB-210001', 'CDRD-210001', 'PBE-210001']);
    expect((await refusalOf(() => noticeFor(state, person('olga.other'), 'BFB-210001'))).kind).toBe('not-found');
  });

  test('a response is a signed PDF, accepted until 8:59:59 p.m. ET on the due date, then refused', async () => {
    const { state, person, received } = domainWorld(MOMENTS.bfbLastSecond);
    const eddie = person('eddie.eu');
    const unsigned = await refusalOf(async () => respondToNotice(state, eddie, 'BFB-210001', formOf({ certification: 'jane.ao' }), await received()));
    expect(unsigned.problems).toEqual({ certification: UPLOAD_MESSAGES.certificationWrong });
    const { notice, response } = await respondToNotice(state, eddie, 'BFB-210001', formOf({ certification: 'eddie.eu' }), await received());
    expect(responsesTo(state, notice)).toEqual([response]);
    expect(state.uploads[0]).toMatchObject({ bidderNumber: '210001', documentType: 'Response to Bona Fide Bid (Notice to Substantiate) Notice', description: 'Entire Document' });
    state.clock.advanceMinutes(1 / 60);
    expect(isOpen(state, notice)).toBe(false);
    const late = await refusalOf(async () => respondToNotice(state, eddie, 'BFB-210001', formOf({ certification: 'eddie.eu' }), await received()));
    expect(late.kind).toBe('conflict');
    expect(state.noticeResponses).toHaveLength(1);
  });
});

test.describe('contract offers and contracts [DOC VHG2, BSB; rule 53]', () => {
  test('offers post 10/27/2020 for AO and BAO; each is decided once, until the deadline; declining at or below the median needs the forfeiture acknowledged', async () => {
    const { state, person } = domainWorld('2020-10-26T12:00:00.000Z');
    expect(offersOf(state, 'acme')).toEqual([]);
    state.clock.set(MOMENTS.offersOpen);
    const [low, high] = visibleOffers(state, person('bob.bao'));
    if (!low || !high) throw new Error('two offers expected');
    expect([low.atOrBelowMedian, high.atOrBelowMedian]).toEqual([true, false]);
    expect((await refusalOf(() => visibleOffers(state, person('eddie.eu')))).kind).toBe('forbidden');
    expect((await refusalOf(() => decideOffer(state, person('jane.ao'), low.id, 'declined', false))).field).toBe('acknowledgeForfeit');
    decideOffer(state, person('jane.ao'), low.id, 'accepted', false);
    expect((await refusalOf(() => decideOffer(state, person('bob.bao'), low.id, 'declined', true))).message).toContain('already accepted by jane.ao');
    state.clock.set('2020-11-11T02:00:00.000Z');
    expect((await refusalOf(() => decideOffer(state, person('jane.ao'), high.id, 'accepted', false))).kind).toBe('conflict');
  });

  test('an accepted offer makes contract R21-<bidder number>, signed by CMS after the announcement, seen by every role of the organization only', async () => {
    const { state, person } = domainWorld(MOMENTS.offersOpen);
    expect(myContracts(state, person('eddie.eu'))).toEqual([]);
    const [offer] = offersOf(state, 'acme');
    decideOffer(state, person('jane.ao'), offer?.id ?? '', 'accepted', false);
    expect(contractsOf(state, 'acme')).toMatchObject([{ id: 'R21-210001', signedByCms: false }]);
    state.clock.set(MOMENTS.contractActive);
    expect(contractFor(state, person('eddie.eu'), 'R21-210001', 'connexion.current-contracts')).toMatchObject({ status: 'Active', signedByCms: true });
    expect((await refusalOf(() => contractFor(state, person('olga.other'), 'R21-210001', 'connexion.current-contracts'))).kind).toBe('not-found');
    expect(biddingToDoItems(state, person('jane.ao')).some((i) => i.href.includes('/form-c/'))).toBe(true);
  });
});

test.describe('bid evaluation results and the bidder inquiry [DOC BINQ, BSB; rule 54]', () => {
  test('the disqualification notice and the inquiry open with the offers; the first inquiry needs comments and a PDF', async () => {
    const { state, person, received } = domainWorld('2020-10-01T12:00:00.000Z');
    const eddie = person('eddie.eu');
    expect(isInquiryOpen(state, eddie, '210001')).toBe(false);
    state.clock.set(MOMENTS.offersOpen);
    expect(disqualificationNotice(state, person('jane.ao'), '210001').competitions).toHaveLength(1);
    expect((await refusalOf(() => disqualificationNotice(state, eddie, '210001'))).kind).toBe('forbidden');
    expect(isInquiryOpen(state, eddie, '210001')).toBe(true);
    expect((await refusalOf(() => submitInquiry(state, eddie, '210001', formOf({ certification: 'eddie.eu' }), undefined))).messages).toEqual([
      'Explain in Comments why you believe the disqualification was in error.', 'Under Select my file…, choose your supporting documentation (PDF).',
    ]);
    const { first } = await submitInquiry(state, eddie, '210001', formOf({ comments: ' The bond was uploaded. ', certification: 'eddie.eu' }), await received());
    expect(first).toBe(true);
    const again = await submitInquiry(state, person('jane.ao'), '210001', formOf({ comments: 'More.', certification: 'jane.ao' }), undefined);
    expect(again.first).toBe(false);
    expect(again.inquiry.comments.map((c) => c.text)).toEqual(['The bond was uploaded.', 'More.']);
    expect((await refusalOf(() => submitInquiry(state, eddie, '210001', formOf({ certification: 'eddie.eu' }), undefined))).messages).toEqual(['Add a comment or a document.']);
    expect((await refusalOf(() => submitInquiry(state, eddie, '210001', formOf({ comments: 'x'.repeat(4001), certification: 'eddie.eu' }), undefined))).messages).toEqual(['Enter at most 4,000 characters of comments.']);
    state.clock.set('2020-11-28T12:00:00.000Z');
    expect((await refusalOf(() => submitInquiry(state, eddie, '210001', formOf({ comments: 'Late.', certification: 'eddie.eu' }), undefined))).kind).toBe('conflict');
  });

  test('the review notice: AO, BAO, and an EU only for the inquiry that EU submitted; the bond return notice after 2/18/2021', async () => {
    const { state, person, received } = domainWorld(MOMENTS.offersOpen);
    await submitInquiry(state, person('jane.ao'), '210001', formOf({ comments: 'Please review.', certification: 'jane.ao' }), await received());
    state.clock.set(MOMENTS.bondReturned);
    expect(reviewNotice(state, person('bob.bao'), '210001').finding).toContain('upholds the disqualification');
    expect((await refusalOf(() => reviewNotice(state, person('eddie.eu'), '210001'))).kind).toBe('forbidden');
    expect(bondReturnNotice(state, person('eddie.eu'), '210001').cbas.length).toBeGreaterThan(0);
    expect(outcomeLinks(state, person('eddie.eu'), '210001').map((l) => l.label)).toEqual(['Bidder Inquiry', 'Return of Bid Surety Bond Liability Notice']);
  });
});
