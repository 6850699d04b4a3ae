/**
 * Bid evaluation results: what the role table lets each role see on Bid Results, the bidder inquiry (one per
 * bidder number, within 30 calendar days), the review notice for an EU only on their own inquiry, breach notices.
 */
import type { PlaywrightWorkerArgs } from '@playwright/test';
import { test, expect } from '../../fixtures/test.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { becomeContractSupplier } from '../../fixtures/contract-supplier.ts';
import type { PortalControl } from '../../fixtures/control.ts';
import { pdfBytes } from '../../fixtures/files/make-files.ts';
import { HttpUser } from '../../fixtures/http-user.ts';

const BIDDER = '/connexion/bidders/210001';
const pdf = async (name: string) => ({ field: 'file', name, buffer: Buffer.from(await pdfBytes(name)) });

async function world(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined, control: PortalControl, at: string) {
  const { users } = await control.scenario(biddingWorld);
  await control.setClock(at);
  return { users, sign: (userId: string) => HttpUser.signIn(playwright, baseURL ?? '', control, 'connexion', users.find((u) => u.userId === userId)!) };
}

test('Bid Results offers the financial scoring summary and disqualification notice to AO and BAO, not to an EU', async ({ playwright, baseURL, control }) => {
  const { sign } = await world(playwright, baseURL, control, MOMENTS.offersOpen);
  const ao = (await (await sign('bob.bao')).get('/connexion/bidders')).text;
  expect(ao).toContain('Financial Scoring Summary');
  expect(ao).toContain('Disqualification Notice');
  const eu = await sign('eddie.eu');
  const page = (await eu.get('/connexion/bidders')).text;
  expect(page).not.toContain('Financial Scoring Summary');
  expect(page).not.toContain('Disqualification Notice');
  expect(page).toContain('Bidder Inquiry');
  const refused = await eu.get(`${BIDDER}/financial-scoring-summary`);
  expect(refused.status).toBe(403);
  expect(refused.text).toContain('Viewing the financial scoring summary requires the AO or BAO role in Connexion; your role is EU.');
});

test('one bidder inquiry per bidder number: later posts add to it; none after 8:59:59 p.m. ET on 11/27/2020', async ({ playwright, baseURL, control }) => {
  const { sign } = await world(playwright, baseURL, control, '2020-11-28T01:58:00.000Z');
  const eu = await sign('eddie.eu');
  const empty = await eu.postFile(`${BIDDER}/inquiry`, { comments: '', certification: 'eddie.eu' }, await pdf('a.pdf'), `${BIDDER}/inquiry`);
  expect(empty.status).toBe(400);
  expect(empty.text).toContain('Explain in Comments why you believe the disqualification was in error.');
  expect((await eu.postFile(`${BIDDER}/inquiry`, { comments: 'The bond was uploaded.', certification: 'eddie.eu' }, await pdf('receipt.pdf'), `${BIDDER}/inquiry`)).status).toBe(302);
  const ao = await sign('jane.ao');
  expect((await ao.postFile(`${BIDDER}/inquiry`, { comments: 'Adding the surety letter.', certification: 'jane.ao' }, await pdf('surety-letter.pdf'), `${BIDDER}/inquiry`)).status).toBe(302);
  const { inquiries } = await control.state();
  expect(inquiries).toHaveLength(1);
  expect(inquiries[0]?.comments.map((c) => c.saved.by)).toEqual(['eddie.eu', 'jane.ao']);
  expect(inquiries[0]?.documents.map((d) => d.fileName)).toEqual(['receipt.pdf', 'surety-letter.pdf']);
  await control.setClock('2020-11-28T02:00:00.000Z');
  const late = await ao.postFile(`${BIDDER}/inquiry`, { comments: 'One more thing.', certification: 'jane.ao' }, await pdf('late.pdf'), `${BIDDER}/inquiry`);
  expect(late.status).toBe(409);
  expect(late.text).toContain('The bidder inquiry window closed on November 27, 2020 at 8:59:59 p.m. prevailing Eastern Time.');
  expect((await control.state()).inquiries).toEqual(inquiries);
});

test('the review notice: AO and BAO see it; an EU only for an inquiry that EU submitted', async ({ playwright, baseURL, control }) => {
  const { sign } = await world(playwright, baseURL, control, MOMENTS.offersOpen);
  const ao = await sign('jane.ao');
  await ao.postFile(`${BIDDER}/inquiry`, { comments: 'Please review.', certification: 'jane.ao' }, await pdf('receipt.pdf'), `${BIDDER}/inquiry`);
  expect((await ao.get(`${BIDDER}/review-notice`)).status).toBe(404); // not posted yet
  await control.setClock(MOMENTS.formCOpen);
  expect((await (await sign('bob.bao')).get(`${BIDDER}/review-notice`)).status).toBe(200);
  const eu = await (await sign('eddie.eu')).get(`${BIDDER}/review-notice`);
  expect(eu.status).toBe(403);
  expect(eu.text).toContain('requires the AO or BAO role in Connexion, or being the EU who submitted the bidder inquiry; your role is EU and the inquiry was submitted by someone else.');
});

test('breach of contract notices: AO and BAO only, answered by upload until the response date', async ({ playwright, baseURL, control }) => {
  const { users, sign } = await world(playwright, baseURL, control, MOMENTS.offersOpen);
  await becomeContractSupplier(playwright, baseURL ?? '', control, users, MOMENTS.bondReturned);
  const list = '/connexion/contracts/R21-210001/breach-notices';
  const eu = await sign('eddie.eu');
  const refused = await eu.get(list);
  expect(refused.status).toBe(403);
  expect(refused.text).toContain('Viewing or answering a breach of contract notice requires the AO or BAO role in Connexion; your role is EU.');
  expect((await eu.get('/connexion/contracts/R21-210001/maintenance')).text).not.toContain('Breach of Contract Notices');
  expect((await eu.get('/connexion/dashboard')).text).not.toContain('Breach of contract notice');
  const bao = await sign('bob.bao');
  expect((await bao.get(list)).text).toContain('BR-R21-210001-2020-12-31');
  expect((await bao.get('/connexion/dashboard')).text).toContain('href="/connexion/contracts/R21-210001/breach-notices/BR-R21-210001-2020-12-31"');
  await control.setClock('2021-03-17T15:00:00.000Z'); // the response was due 30 days after 2/14
  const late = await sign('jane.ao');
  const answer = await late.postFile(`${list}/BR-R21-210001-2020-12-31/response`, { certification: 'jane.ao' }, await pdf('plan.pdf'), list);
  expect(answer.status).toBe(409);
  expect(answer.text).toContain('Responses to this breach of contract notice were due by');
  expect((await control.state()).noticeResponses).toEqual([]);
});
