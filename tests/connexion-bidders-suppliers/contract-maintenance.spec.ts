/**
 * Contract maintenance rules: Form C per CBA × product category with HCPCS of the category, due 1/15/2021 and a
 * Failure to Submit Form C notice after; location changes and transfers (AO, BAO) with their checks, transfer
 * documents only before the CHOW date; subcontractor disclosures limited to the permitted services; EU views limited.
 */
import type { PlaywrightWorkerArgs } from '@playwright/test';
import { test, expect } from '../../fixtures/test.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { becomeContractSupplier } from '../../fixtures/contract-supplier.ts';
import type { PortalControl } from '../../fixtures/control.ts';
import { pdfBytes } from '../../fixtures/files/make-files.ts';
import { HttpUser } from '../../fixtures/http-user.ts';

const CONTRACT = '/connexion/contracts/R21-210001';
const FORM_C = `${CONTRACT}/form-c/2020-12-31/16740-NC/ots-knee-braces`;

async function supplier(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined, control: PortalControl, at: string) {
  const { users } = await control.scenario(biddingWorld);
  await becomeContractSupplier(playwright, baseURL ?? '', control, users, at);
  return (userId: string) => HttpUser.signIn(playwright, baseURL ?? '', control, 'connexion', users.find((u) => u.userId === userId)!);
}
const pdf = async (name: string) => ({ field: 'file', name, buffer: Buffer.from(await pdfBytes(name)) });

test('Form C takes only HCPCS codes of the product category, with manufacturer and model', async ({ playwright, baseURL, control }) => {
  const eu = await (await supplier(playwright, baseURL, control, MOMENTS.formCOpen))('eddie.eu');
  const wrong = await eu.post(FORM_C, { hcpcs1: 'L0650', manufacturer1: 'Acme', model1: '' }, FORM_C);
  expect(wrong.status).toBe(400);
  expect(wrong.text).toContain('Product 1: select an HCPCS code of Off-The-Shelf (OTS) Knee Braces.');
  expect(wrong.text).toContain('Product 1: enter the model name or number');
  const empty = await eu.post(FORM_C, {}, FORM_C);
  expect(empty.text).toContain('Enter at least one product: its HCPCS code, manufacturer and model.');
  expect((await control.state()).maintenance.formC).toEqual([]);
});

test('a Form C not submitted by 8:59:59 p.m. ET on 1/15/2021 brings a Failure to Submit Form C notice, which a late report clears', async ({ playwright, baseURL, control }) => {
  const sign = await supplier(playwright, baseURL, control, '2021-01-16T01:59:00.000Z');
  const before = await sign('eddie.eu');
  const dueSoon = (await before.get('/connexion/dashboard')).text;
  expect(dueSoon).toContain('Form C for Off-The-Shelf (OTS) Knee Braces in Charlotte-Concord-Gastonia, NC (Reporting date December 31, 2020): submit by January 15, 2021 at 8:59:59 p.m. prevailing Eastern Time.');
  await control.setClock('2021-01-16T02:00:00.000Z');
  const eu = await sign('eddie.eu');
  expect((await eu.get('/connexion/dashboard')).text).toContain('Failure to Submit Form C: Form C for Off-The-Shelf (OTS) Knee Braces');
  expect((await eu.get(`${CONTRACT}/maintenance`)).text).toContain('Failure to Submit Form C: the Form C for Off-The-Shelf (OTS) Knee Braces in Charlotte-Concord-Gastonia, NC (Reporting date December 31, 2020) was due by January 15, 2021');
  expect((await eu.post(FORM_C, { hcpcs1: 'L1833', manufacturer1: 'Acme Orthotics', model1: 'KneeWrap 200' }, FORM_C)).status).toBe(302);
  expect((await eu.get(`${CONTRACT}/maintenance`)).text).toContain('You have no Failure to Submit Form C notices.');
});

test('location change requests: an active PTAN not yet on the contract to add; never the last location; no past dates', async ({ playwright, baseURL, control }) => {
  const bao = await (await supplier(playwright, baseURL, control, MOMENTS.contractActive))('bob.bao');
  const path = `${CONTRACT}/location-changes`;
  const already = await bao.post(path, { action: 'Add', ptan: '1234560001', effectiveDate: '2021-03-01' }, path);
  expect(already.text).toContain('PTAN 1234560001 is already a location on contract R21-210001.');
  const unknown = await bao.post(path, { action: 'Add', ptan: '7654320001', effectiveDate: '2021-03-01' }, path);
  expect(unknown.text).toContain('PTAN 7654320001 is not an active PTAN of your organization in PECOS.');
  const last = await bao.post(path, { action: 'Remove', ptan: '1234560001', effectiveDate: '2021-03-01' }, path);
  expect(last.text).toContain('This is the only location on the contract');
  const past = await bao.post(path, { action: 'Add', ptan: '1234560002', effectiveDate: '2021-01-15' }, path);
  expect(past.status).toBe(400);
  expect(past.text).toContain('The effective date cannot be in the past.');
  expect((await control.state()).maintenance.locationChanges).toEqual([]);
});

test('contract transfers: at least 60 days before the CHOW; documents only before the CHOW date', async ({ playwright, baseURL, control }) => {
  const sign = await supplier(playwright, baseURL, control, MOMENTS.contractActive);
  const ao = await sign('jane.ao');
  const form = { type: 'Partial', successorName: 'Initech Home Medical LLC', successorTin: '98-7654321', certification: 'jane.ao' };
  const tooSoon = await ao.postFile(`${CONTRACT}/transfers`, { ...form, chowDate: '2021-03-15' }, await pdf('letter.pdf'), `${CONTRACT}/transfers`);
  expect(tooSoon.status).toBe(400);
  expect(tooSoon.text).toContain('The change of ownership date must be at least 60 days from today');
  expect((await control.state()).maintenance.transfers).toEqual([]);
  const made = await ao.postFile(`${CONTRACT}/transfers`, { ...form, chowDate: '2021-04-05' }, await pdf('letter.pdf'), `${CONTRACT}/transfers`);
  expect(made.status).toBe(302);
  expect((await ao.postFile(`${made.location}/documents`, { certification: 'jane.ao' }, await pdf('bill-of-sale.pdf'), made.location)).status).toBe(302);
  await control.setClock('2021-04-05T14:00:00.000Z');
  const late = await sign('bob.bao');
  const before = (await control.state()).maintenance.transfers;
  const refused = await late.postFile(`${made.location}/documents`, { certification: 'bob.bao' }, await pdf('tax-return-extract.pdf'), made.location);
  expect(refused.status).toBe(409);
  expect(refused.text).toContain('Documents for this transfer had to be uploaded before the change of ownership date');
  expect((await control.state()).maintenance.transfers).toEqual(before);
  expect(before[0]?.documents.map((d) => d.fileName)).toEqual(['letter.pdf', 'bill-of-sale.pdf']);
});

test('subcontractor disclosures: permitted services only, with the performing location and a signed PDF', async ({ playwright, baseURL, control }) => {
  const eu = await (await supplier(playwright, baseURL, control, MOMENTS.contractActive))('eddie.eu');
  const path = `${CONTRACT}/subcontractors`;
  const bad = await eu.postFile(path, { subcontractorName: 'Speedy Delivery Co.', locationAddress: 'HQ', service0: 'Billing', accreditation: '', certification: 'eddie.eu' }, await pdf('d.pdf'), path);
  expect(bad.status).toBe(400);
  expect(bad.text).toContain('Subcontracting is permitted only for: Purchase of inventory; Delivery and instruction on the use of items; Maintenance and repair of rented equipment.');
  expect(bad.text).toContain('Enter the address of the specific location performing the services');
  const noFile = await eu.postFile(path, { subcontractorName: 'Speedy Delivery Co.', locationAddress: '12 Depot Road, Charlotte, NC', service1: 'Delivery and instruction on the use of items', accreditation: 'Not applicable', certification: 'eddie.eu' }, { field: 'attachment', name: 'd.pdf', buffer: Buffer.from(await pdfBytes('d')) }, path);
  expect(noFile.text).toContain('click Browse for file');
  const state = await control.state();
  expect(state.maintenance.disclosures).toEqual([]);
  expect(state.uploads).toEqual([]);
});

test('an EU is not offered location changes or transfers, and recent activity shows an EU only EU items', async ({ playwright, baseURL, control }) => {
  const sign = await supplier(playwright, baseURL, control, MOMENTS.contractActive);
  const ao = await sign('jane.ao');
  await ao.post(`${CONTRACT}/location-changes`, { action: 'Add', ptan: '1234560002', effectiveDate: '2021-03-01' }, `${CONTRACT}/location-changes`);
  await ao.post(FORM_C, { hcpcs1: 'L1833', manufacturer1: 'Acme Orthotics', model1: 'KneeWrap 200' }, FORM_C);
  expect((await ao.get(`${CONTRACT}/activity`)).text).toContain('Change of location request LC-');
  const eu = await sign('eddie.eu');
  const summary = (await eu.get(`${CONTRACT}/maintenance`)).text;
  expect(summary).not.toContain('Request a Location Change');
  expect(summary).not.toContain('Request a Contract Transfer');
  expect(summary).toContain('Disclose a Subcontractor');
  const activity = (await eu.get(`${CONTRACT}/activity`)).text;
  expect(activity).toContain('Form C submitted for Off-The-Shelf (OTS) Knee Braces');
  expect(activity).not.toContain('Change of location request');
  const refused = await eu.get(`${CONTRACT}/location-changes`);
  expect(refused.status).toBe(403);
  expect(refused.text).toContain('Viewing or submitting a change of location request requires the AO or BAO role in Connexion; your role is EU.');
});
