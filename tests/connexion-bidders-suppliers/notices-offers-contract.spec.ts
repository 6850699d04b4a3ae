/**
 * Connexion for bidders and contract suppliers: notices answered by upload until their due date; contract offers
 * (AO, BAO) until 8:59:59 p.m. ET on 11/10/2020, once, with the bond forfeiture warning; My Current Contract and the
 * CMS-signed contract; My To-Do List items and the menu offering only what the role table allows.
 */
import type { PlaywrightWorkerArgs } from '@playwright/test';
import { test, expect } from '../../fixtures/test.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import type { PortalControl } from '../../fixtures/control.ts';
import { pdfBytes } from '../../fixtures/files/make-files.ts';
import { HttpUser } from '../../fixtures/http-user.ts';

const BFB = '/connexion/notices/BFB-210001';
const BACK_OFFER = '/connexion/contract-offers/210001-12580-MD-ots-back-braces';
const KNEE_OFFER = '/connexion/contract-offers/210001-16740-NC-ots-knee-braces';

async function world(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined, control: PortalControl, at: string) {
  const { users } = await control.scenario(biddingWorld);
  await control.setClock(at);
  return (userId: string) => HttpUser.signIn(playwright, baseURL ?? '', control, 'connexion', users.find((u) => u.userId === userId)!);
}
const pdf = async (name: string) => ({ field: 'file', name, buffer: Buffer.from(await pdfBytes(name)) });

test('a notice response is accepted until 8:59:59 p.m. ET on its due date, then refused and nothing is stored', async ({ playwright, baseURL, control }) => {
  const sign = await world(playwright, baseURL, control, '2019-11-15T01:58:00.000Z');
  const eu = await sign('eddie.eu');
  await control.setClock(MOMENTS.bfbLastSecond);
  expect((await eu.postFile(`${BFB}/response`, { certification: 'eddie.eu' }, await pdf('on-time.pdf'), BFB)).status).toBe(302);
  await control.setClock('2019-11-15T02:00:00.000Z');
  const before = await control.state();
  const late = await eu.postFile(`${BFB}/response`, { certification: 'eddie.eu' }, await pdf('late.pdf'), BFB);
  expect(late.status).toBe(409);
  expect(late.text).toContain('Responses to this Bona Fide Bid Notice were due by November 14, 2019 at 8:59:59 p.m. prevailing Eastern Time. Late responses are not accepted.');
  expect(await control.state()).toEqual(before);
  expect((await eu.get(BFB)).text).not.toContain('Upload Response');
});

test('a notice response needs a PDF and the person\'s own user ID as signature', async ({ playwright, baseURL, control }) => {
  const eu = await (await world(playwright, baseURL, control, MOMENTS.bfbOpen))('eddie.eu');
  const unsigned = await eu.postFile(`${BFB}/response`, { certification: 'jane.ao' }, { field: 'file', name: 'notes.txt', buffer: Buffer.from('plain text') }, BFB);
  expect(unsigned.status).toBe(400);
  expect(unsigned.text).toContain('is not the CMS IDM System user ID you logged in with');
  const noFile = await eu.postFile(`${BFB}/response`, { certification: 'eddie.eu' }, { field: 'other', name: 'x.pdf', buffer: Buffer.from(await pdfBytes('x')) }, BFB);
  expect(noFile.status).toBe(400);
  expect(noFile.text).toContain('click Browse for file');
  expect((await control.state()).noticeResponses).toEqual([]);
});

test('notices are not shown before they are issued; My To-Do List links each open notice', async ({ playwright, baseURL, control }) => {
  const sign = await world(playwright, baseURL, control, '2019-10-30T14:00:00.000Z');
  const early = await sign('eddie.eu');
  expect((await early.get(BFB)).status).toBe(404);
  await control.setClock(MOMENTS.allNoticesIssued);
  const eu = await sign('eddie.eu');
  const dashboard = (await eu.get('/connexion/dashboard')).text;
  expect(dashboard).toContain('href="/connexion/notices/PBE-210001"');
  expect(dashboard).toContain('Preliminary Bid Evaluation Notice for bidder number 210001: respond by December 17, 2019 at 8:59:59 p.m. prevailing Eastern Time.');
  expect(dashboard).not.toContain('BFB-210001'); // its due date has passed
});

test('EUs are not offered Contract Offers, and their To-Do List carries no offers', async ({ playwright, baseURL, control }) => {
  const sign = await world(playwright, baseURL, control, MOMENTS.offersOpen);
  const eu = await sign('eddie.eu');
  const euDashboard = (await eu.get('/connexion/dashboard')).text;
  expect(euDashboard).not.toContain('Contract Offers');
  expect(euDashboard).not.toContain('Contract offer for');
  const offers = await eu.get('/connexion/contract-offers');
  expect(offers.status).toBe(403);
  expect(offers.text).toContain('Viewing contract offers requires the AO or BAO role in Connexion; your role is EU.');
  const ao = await sign('jane.ao');
  const aoDashboard = (await ao.get('/connexion/dashboard')).text;
  expect(aoDashboard).toContain('href="/connexion/contract-offers"');
  expect(aoDashboard).toContain('Contract offer for Off-The-Shelf (OTS) Back Braces in Baltimore-Columbia-Towson, MD: accept or decline by November 10, 2020 at 8:59:59 p.m. prevailing Eastern Time.');
});

test('declining an offer at or below the median needs the forfeiture acknowledged; a decision is final', async ({ playwright, baseURL, control }) => {
  const ao = await (await world(playwright, baseURL, control, MOMENTS.offersOpen))('jane.ao');
  const page = await ao.get(BACK_OFFER);
  expect(page.text).toContain('If you decline this offer, your bid surety bond for this CBA will be forfeited.');
  const unacknowledged = await ao.post(`${BACK_OFFER}/decline`, {}, BACK_OFFER);
  expect(unacknowledged.status).toBe(400);
  expect(unacknowledged.text).toContain('To decline anyway, check the box acknowledging the forfeiture.');
  expect((await control.state()).offerDecisions).toEqual([]);
  expect((await ao.post(`${BACK_OFFER}/accept`, {}, BACK_OFFER)).status).toBe(302);
  const accepted = await control.state();
  expect(accepted.offerDecisions).toMatchObject([{ offerId: '210001-12580-MD-ots-back-braces', answer: 'accepted' }]);
  const again = await ao.post(`${BACK_OFFER}/decline`, { acknowledgeForfeit: 'yes' }, BACK_OFFER);
  expect(again.status).toBe(409);
  expect(again.text).toContain('This offer was already accepted by jane.ao. A decision cannot be changed.');
  expect(await control.state()).toEqual(accepted);
  expect((await ao.get(KNEE_OFFER)).text).not.toContain('forfeited');
});

test('contract offers lock at 8:59:59 p.m. ET on 11/10/2020', async ({ playwright, baseURL, control }) => {
  const sign = await world(playwright, baseURL, control, MOMENTS.offersLastMinute);
  const ao = await sign('jane.ao');
  await control.setClock('2020-11-11T02:00:00.000Z');
  const late = await ao.post(`${KNEE_OFFER}/accept`, {}, KNEE_OFFER);
  expect(late.status).toBe(409);
  expect(late.text).toContain('Responses to contract offers were due by November 10, 2020 at 8:59:59 p.m. prevailing Eastern Time.');
  expect((await control.state()).offerDecisions).toEqual([]);
  expect((await ao.get(KNEE_OFFER)).text).not.toContain('Accept Offer');
});

test('My Current Contract follows accepted offers; the CMS-signed contract is there once CMS signs', async ({ playwright, baseURL, control }) => {
  const sign = await world(playwright, baseURL, control, MOMENTS.offersOpen);
  const ao = await sign('jane.ao');
  expect((await ao.get('/connexion/contract')).text).toContain('Your organization has no contract at this time.');
  await ao.post(`${KNEE_OFFER}/accept`, {}, KNEE_OFFER);
  const pending = await ao.get('/connexion/contract');
  expect(pending.text).toContain('Offer accepted; awaiting CMS signature');
  const unsigned = await ao.get('/connexion/contracts/R21-210001/contract.pdf');
  expect(unsigned.status).toBe(409);
  expect(unsigned.text).toContain('CMS has not signed this contract yet.');
  await control.setClock('2020-12-01T15:00:00.000Z');
  const eu = await sign('eddie.eu');
  expect((await eu.get('/connexion/contract')).text).toContain('Signed by CMS; effective January 1, 2021');
  const signed = await eu.get('/connexion/contracts/R21-210001/contract.pdf');
  expect(signed.status).toBe(200);
  expect(signed.text.startsWith('%PDF-')).toBe(true);
  const other = await sign('olga.other');
  expect((await other.get('/connexion/contracts/R21-210001/contract.pdf')).status).toBe(404);
});
