/**
 * Rules 52, 57 and 61, each broken over HTTP as a person's browser would send it: commonly owned suppliers bidding
 * in one competition are both disqualified; Form C products come from the verified list; every NPI field checks its
 * check digit.
 */
import type { PlaywrightWorkerArgs } from '@playwright/test';
import { test, expect } from '../../fixtures/test.ts';
import { FORM_B_ENTRY, biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { becomeContractSupplier } from '../../fixtures/contract-supplier.ts';
import type { PortalControl } from '../../fixtures/control.ts';
import { pdfBytes } from '../../fixtures/files/make-files.ts';
import { HttpUser } from '../../fixtures/http-user.ts';

const CONTRACT = '/connexion/contracts/R21-210001';
const FORM_C = `${CONTRACT}/form-c/2020-12-31/16740-NC/ots-knee-braces`;
const clean = (html: string) => html.replace(/&#39;|&rsquo;/g, "'").replace(/&amp;/g, '&');

async function supplier(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined, control: PortalControl, at: string) {
  const { users } = await control.scenario(biddingWorld);
  await becomeContractSupplier(playwright, baseURL ?? '', control, users, at);
  return (userId: string) => HttpUser.signIn(playwright, baseURL ?? '', control, 'connexion', users.find((u) => u.userId === userId)!);
}

test('rule 52: two commonly owned suppliers that bid in the same competition are both disqualified, and the notice says why', async ({ playwright, baseURL, control }) => {
  const both = (role: 'AO') => [{ application: 'DBidS' as const, role }, { application: 'Connexion' as const, role }];
  const { users } = await control.scenario({
    organizations: [
      { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001'], bidderNumbers: ['210001'], authorizedOfficials: ['jane.ao'], ownershipGroup: 'Acme Holdings' },
      { id: 'acme-south', legalBusinessName: 'Acme South Medical LLC', ptans: ['1234570001'], bidderNumbers: ['210002'], authorizedOfficials: ['sue.ao'], ownershipGroup: 'Acme Holdings' },
      { id: 'globex', legalBusinessName: 'Globex Home Medical Inc', ptans: ['7654320001'], bidderNumbers: ['210099'], authorizedOfficials: ['olga.ao'] },
    ],
    users: [
      { userId: 'jane.ao', organization: 'acme', roles: both('AO') },
      { userId: 'sue.ao', organization: 'acme-south', roles: both('AO') },
      { userId: 'olga.ao', organization: 'globex', roles: both('AO') },
    ],
  });
  const person = (userId: string, system: 'dbids' | 'connexion') => HttpUser.signIn(playwright, baseURL ?? '', control, system, users.find((u) => u.userId === userId)!);
  // During the bid window each enters a bid for OTS Knee Braces in Washington, DC.
  for (const [userId, bidder] of [['jane.ao', '210001'], ['sue.ao', '210002'], ['olga.ao', '210099']] as const) {
    const dbids = await person(userId, 'dbids');
    const form = `/dbids/bids/${bidder}/form-b`;
    expect((await dbids.post(`${form}/entries`, FORM_B_ENTRY, form)).status).toBe(302);
    await dbids.dispose();
  }
  await control.setClock(MOMENTS.offersOpen);
  const noticeOf = async (userId: string, bidder: string) => clean((await (await person(userId, 'connexion')).get(`/connexion/bidders/${bidder}/disqualification`)).text);
  const jane = await noticeOf('jane.ao', '210001');
  expect(jane).toContain('This bid and the bid of Acme South Medical LLC (bidder number 210002), a commonly owned or controlled supplier, were both submitted for Off-The-Shelf (OTS) Knee Braces in Washington, DC, so both bids are disqualified.');
  expect(await noticeOf('sue.ao', '210002')).toContain('the bid of Acme Medical Supply LLC (bidder number 210001), a commonly owned or controlled supplier');
  expect(await noticeOf('olga.ao', '210099')).not.toContain('commonly owned');
});

test('rule 57: a Form C product comes from the verified list, its HCPCS code the one it is verified for; one not listed is entered by hand', async ({ playwright, baseURL, control }) => {
  const eu = await (await supplier(playwright, baseURL, control, MOMENTS.formCOpen))('eddie.eu');
  const page = (await eu.get(FORM_C)).text;
  expect(page).toContain('Acme Orthotics KneeWrap 200 (L1833)');
  expect(page).toContain('Product not listed');
  expect(page).not.toContain('BackRest 650');

  const before = await control.state();
  const mismatch = await eu.post(FORM_C, { hcpcs1: 'L1851', product1: 'l1833-acme-orthotics-kneewrap-200' }, FORM_C);
  expect(mismatch.status).toBe(400);
  expect(mismatch.text).toContain('Product 1: Acme Orthotics KneeWrap 200 (L1833) is verified for HCPCS L1833, not L1851.');
  const unlisted = await eu.post(FORM_C, { hcpcs1: 'L1833', manufacturer1: 'Brand X', model1: 'Knee 9' }, FORM_C);
  expect(unlisted.text).toContain('Product 1: Brand X Knee 9 is not on the list of verified products for HCPCS L1833.');
  expect(await control.state()).toEqual(before);

  const made = await eu.post(FORM_C, { hcpcs1: 'L1833', product1: 'l1833-acme-orthotics-kneewrap-200', hcpcs2: 'L1836', product2: 'not-listed', manufacturer2: 'Brand X', model2: 'Knee 9' }, FORM_C);
  expect(made.status).toBe(302);
  expect((await control.state()).maintenance.formC[0]?.products).toEqual([
    { hcpcs: 'L1833', manufacturer: 'Acme Orthotics', model: 'KneeWrap 200', listed: true },
    { hcpcs: 'L1836', manufacturer: 'Brand X', model: 'Knee 9', listed: false },
  ]);
});

test('rule 61: every NPI field checks 10 digits, a leading 1 or 2 and the check digit: 1234567893 accepted, 1234567890 refused', async ({ playwright, baseURL, control }) => {
  const sign = await supplier(playwright, baseURL, control, MOMENTS.contractActive);
  const bao = await sign('bob.bao');
  const path = `${CONTRACT}/location-changes`;
  const change = { action: 'Add', ptan: '1234560002', effectiveDate: '2021-03-01' };
  const before = await control.state();
  for (const [npi, refusal] of [['1234567890', 'The location NPI 1234567890 is not a valid NPI: its check digit does not match.'], ['3234567893', 'The location NPI must start with 1 or 2.'], ['12345', 'Enter the location NPI as 10 digits.']] as const) {
    const refused = await bao.post(path, { ...change, npi }, path);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain(refusal);
  }
  expect(await control.state()).toEqual(before);
  expect((await bao.post(path, { ...change, npi: '1234567893' }, path)).status).toBe(302);
  expect((await control.state()).maintenance.locationChanges[0]).toMatchObject({ ptan: '1234560002', npi: '1234567893' });

  const ao = await sign('jane.ao');
  const transfer = { type: 'Partial', chowDate: '2021-04-05', successorName: 'Initech Home Medical LLC', successorTin: '98-7654321', certification: 'jane.ao' };
  const file = { field: 'file', name: 'letter.pdf', buffer: Buffer.from(await pdfBytes('letter.pdf')) };
  const beforeTransfer = await control.state();
  const refused = await ao.postFile(`${CONTRACT}/transfers`, { ...transfer, successorNpi: '1234567890' }, file, `${CONTRACT}/transfers`);
  expect(refused.status).toBe(400);
  expect(clean(refused.text)).toContain("The successor's NPI 1234567890 is not a valid NPI");
  expect(await control.state()).toEqual(beforeTransfer);
  expect((await ao.postFile(`${CONTRACT}/transfers`, { ...transfer, successorNpi: '1234567893' }, file, `${CONTRACT}/transfers`)).status).toBe(302);
  expect((await control.state()).maintenance.transfers[0]).toMatchObject({ successorNpi: '1234567893' });
});
