/**
 * DBidS rules: a DBidS role to log in, actions not offered to roles that may not take them, the bid window on the
 * mock clock (read-only after 8:59:59 p.m. ET, 18 Sep 2019), Form A complete before approval, Form A approved
 * before Form B is certified, bad input refused with what to do, changes after approval undo it.
 */
import { test, expect } from '../../fixtures/test.ts';
import { BIDDER, FORM_A_BUSINESS, FORM_A_LOCATION, FORM_B_ENTRY, biddingWorld } from '../../fixtures/bidding-world.ts';
import { HttpUser } from '../../fixtures/http-user.ts';
import type { PortalControl } from '../../fixtures/control.ts';
import type { PlaywrightWorkerArgs } from '@playwright/test';

const BID = '/dbids/bids/210001';
const bidOf = async (control: PortalControl) => (await control.state()).bids.find((b) => b.bidderNumber === '210001') ?? null;

async function as(userId: string, playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined, control: PortalControl) {
  const { users } = await control.scenario(biddingWorld);
  const sign = (id: string) => HttpUser.signIn(playwright, baseURL ?? '', control, 'dbids', users.find((u) => u.userId === id)!);
  return { person: await sign(userId), sign };
}

async function completeFormA(ao: HttpUser) {
  await ao.post(`${BID}/form-a/business-organization`, FORM_A_BUSINESS, `${BID}/form-a`);
  for (const ptan of BIDDER.ptans) await ao.post(`${BID}/form-a/locations/${ptan}`, FORM_A_LOCATION, `${BID}/form-a`);
}

test('a person without a DBidS role cannot log in to DBidS and is told to request the role in IDM', async ({ page, control, credentialsOf }) => {
  const { users } = await control.scenario(biddingWorld);
  const nora = credentialsOf(users.find((u) => u.userId === 'nora.none')!);
  await page.goto('/dbids/');
  await page.getByLabel('User ID').fill(nora.userId);
  await page.getByLabel('Password').fill(nora.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.getByLabel('Verification Code').fill(await nora.verificationCode());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toContainText('does not have a DBidS role');
  await expect(page.getByRole('alert')).toContainText('request a DMEPOS Bidding System (DBidS) role');
  await page.goto('/dbids/bids');
  await expect(page.getByRole('button', { name: 'Log In' })).toBeVisible();
});

test('an EU is not offered Business Organization Information, Approve Form A or Certify Form B, but may enter locations and bids', async ({ page, control, credentialsOf }) => {
  const { users } = await control.scenario(biddingWorld);
  const eu = credentialsOf(users.find((u) => u.userId === 'eddie.eu')!);
  await page.goto('/dbids/');
  await page.getByLabel('User ID').fill(eu.userId);
  await page.getByLabel('Password').fill(eu.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.getByLabel('Verification Code').fill(await eu.verificationCode());
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('region', { name: 'Bidder number 210001' }).getByRole('link', { name: 'Form A', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Save Business Organization Information' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Approve Form A' })).toHaveCount(0);
  await expect(page.getByText('Only an AO or BAO can approve Form A; your role is EU.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save Location' })).toHaveCount(BIDDER.ptans.length);
  await page.goto('/dbids/bids/210001/form-b');
  await expect(page.getByRole('button', { name: 'Save Bid' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Certify Form B' })).toHaveCount(0);
  await expect(page.getByText('Only an AO or BAO can certify Form B; your role is EU.')).toBeVisible();
});

test('another organization\'s bidder number cannot be opened', async ({ playwright, baseURL, control }) => {
  const { person } = await as('olga.other', playwright, baseURL, control);
  const answer = await person.get(`${BID}/form-a`);
  expect(answer.status).toBe(404);
  expect(answer.text).toContain('Bidder number 210001 is not one of your organization&#39;s bidder numbers.');
  expect((await person.get('/dbids/bids/210099/form-b')).status).toBe(200);
});

test('Form A cannot be approved until it is complete; the gaps are named and nothing changes', async ({ playwright, baseURL, control }) => {
  const { person: ao } = await as('jane.ao', playwright, baseURL, control);
  await ao.post(`${BID}/form-a/locations/${BIDDER.ptans[0]}`, FORM_A_LOCATION, `${BID}/form-a`);
  const before = await control.state();
  const answer = await ao.post(`${BID}/form-a/approve`, {}, `${BID}/form-a`);
  expect(answer.status).toBe(400);
  expect(answer.text).toContain(`Form A cannot be approved yet: complete the Business Organization Information section; enter the location information for PTAN ${BIDDER.ptans[1]}.`);
  expect(await control.state()).toEqual(before);
});

test('bad Business Organization Information, location and Form B input is refused with what to do', async ({ playwright, baseURL, control }) => {
  const { person: ao } = await as('jane.ao', playwright, baseURL, control);
  const business = await ao.post(`${BID}/form-a/business-organization`, { ...FORM_A_BUSINESS, taxpayerId: '12-345', contactEmail: 'nope' }, `${BID}/form-a`);
  expect(business.status).toBe(400);
  expect(business.text).toContain('Enter the Taxpayer Identification Number as 9 digits');
  expect(business.text).toContain('Enter the contact e-mail address');
  const location = await ao.post(`${BID}/form-a/locations/${BIDDER.ptans[0]}`, { accreditationOrganization: 'Made Up Accreditor', stateLicenseNumber: '' }, `${BID}/form-a`);
  expect(location.status).toBe(400);
  expect(location.text).toContain('Select the accreditation organization of this location.');
  const unknownPtan = await ao.post(`${BID}/form-a/locations/9999999999`, FORM_A_LOCATION, `${BID}/form-a`);
  expect(unknownPtan.status).toBe(404);
  expect(unknownPtan.text).toContain('PTAN 9999999999 is not an active PTAN of your organization');
  const entry = await ao.post(`${BID}/form-b/entries`, { ...FORM_B_ENTRY, bidAmount: '0', capacity: 'lots', cbaId: 'nowhere' }, `${BID}/form-b`);
  expect(entry.status).toBe(400);
  expect(entry.text).toContain('Enter the bid amount for the lead item in dollars and cents, more than $0');
  expect(entry.text).toContain('Enter the estimated capacity as a whole number of units');
  expect(entry.text).toContain('Select a competitive bidding area (CBA).');
  expect(await bidOf(control)).toBeNull();
});

test('Form B is certified only after Form A is approved and with the certification statement checked', async ({ playwright, baseURL, control }) => {
  const { person: ao } = await as('jane.ao', playwright, baseURL, control);
  await ao.post(`${BID}/form-b/entries`, FORM_B_ENTRY, `${BID}/form-b`);
  const early = await ao.post(`${BID}/form-b/certify`, { certify: 'yes' }, `${BID}/form-b`);
  expect(early.status).toBe(400);
  expect(early.text).toContain('an AO or BAO must approve Form A first');
  await completeFormA(ao);
  await ao.post(`${BID}/form-a/approve`, {}, `${BID}/form-a`);
  const unchecked = await ao.post(`${BID}/form-b/certify`, {}, `${BID}/form-b`);
  expect(unchecked.status).toBe(400);
  expect(unchecked.text).toContain('Check the certification statement to certify Form B.');
  expect((await bidOf(control))?.formB.certified).toBeUndefined();
  expect((await ao.post(`${BID}/form-b/certify`, { certify: 'yes' }, `${BID}/form-b`)).status).toBe(302);
  const home = await ao.get('/dbids/bids');
  expect(home.text).toMatch(/Bid<\/th><td>Complete/);
});

test('changing Form A after approval undoes the approval, and changing Form B undoes the certification', async ({ playwright, baseURL, control }) => {
  const { person: ao, sign } = await as('jane.ao', playwright, baseURL, control);
  await completeFormA(ao);
  await ao.post(`${BID}/form-a/approve`, {}, `${BID}/form-a`);
  await ao.post(`${BID}/form-b/entries`, FORM_B_ENTRY, `${BID}/form-b`);
  await ao.post(`${BID}/form-b/certify`, { certify: 'yes' }, `${BID}/form-b`);
  const complete = await bidOf(control);
  expect(complete?.formA.approved?.by).toBe('jane.ao');
  expect(complete?.formB.certified?.by).toBe('jane.ao');
  expect((await ao.get('/dbids/bids')).text).toMatch(/Bid<\/th><td>Complete/);

  const eu = await sign('eddie.eu');
  await eu.post(`${BID}/form-b/entries`, { ...FORM_B_ENTRY, bidAmount: '499.00' }, `${BID}/form-b`);
  expect((await eu.get(`${BID}/form-b`)).text).toContain('Form B changed after it was certified: an AO or BAO must certify Form B again.');
  const formBChanged = await bidOf(control);
  expect(formBChanged?.formB.certified).toBeUndefined();
  expect(formBChanged?.formA.approved?.by).toBe('jane.ao'); // a Form B change leaves Form A's approval alone

  await eu.post(`${BID}/form-a/locations/${BIDDER.ptans[0]}`, { ...FORM_A_LOCATION, stateLicenseNumber: 'MD-99999' }, `${BID}/form-a`);
  expect((await eu.get(`${BID}/form-a`)).text).toContain('Form A changed after it was approved: an AO or BAO must approve Form A again.');
  expect((await bidOf(control))?.formA.approved).toBeUndefined();
  expect((await ao.get('/dbids/bids')).text).toMatch(/Bid<\/th><td>Incomplete/);
});

test('the bid window: open until 8:59:59 p.m. ET on 18 Sep 2019, then read-only and every change refused', async ({ page, playwright, baseURL, control, credentialsOf }) => {
  await control.setClock('2019-09-19T00:59:00.000Z'); // 8:59 p.m. EDT
  const { person: ao } = await as('jane.ao', playwright, baseURL, control);
  await control.setClock('2019-09-19T00:59:59.000Z'); // 8:59:59 p.m. EDT: still open
  const last = await ao.post(`${BID}/form-a/business-organization`, FORM_A_BUSINESS, `${BID}/form-a`);
  expect(last.location).toBe(`${BID}/form-a`);
  await control.setClock('2019-09-19T01:00:00.000Z'); // 9:00:00 p.m. EDT
  const before = await control.state();
  for (const [path, form] of [
    [`${BID}/form-a/business-organization`, FORM_A_BUSINESS],
    [`${BID}/form-a/locations/${BIDDER.ptans[0]}`, FORM_A_LOCATION],
    [`${BID}/form-a/approve`, {}],
    [`${BID}/form-b/entries`, FORM_B_ENTRY],
    [`${BID}/form-b/certify`, { certify: 'yes' }],
  ] as const) {
    const answer = await ao.post(path, form, `${BID}/form-a`);
    expect(answer.status, path).toBe(409);
    expect(answer.text).toContain('The Round 2021 bid window closed on September 18, 2019 at 8:59:59 p.m. prevailing Eastern Time. Bids are final');
  }
  expect(await control.state()).toEqual(before);

  const { users } = await control.state();
  const jane = users.find((u) => u.userId === 'jane.ao')!;
  const credentials = credentialsOf({ userId: jane.userId, password: jane.password, email: jane.email });
  await page.goto('/dbids/');
  await page.getByLabel('User ID').fill(credentials.userId);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.getByLabel('Verification Code').fill(await credentials.verificationCode());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText('Bids are final and shown read-only.')).toBeVisible();
  await page.getByRole('region', { name: 'Bidder number 210001' }).getByRole('link', { name: 'Form A', exact: true }).click();
  await expect(page.getByRole('button')).toHaveText(['Log Out']);
  await expect(page.getByText('Form A was not approved before the bid window closed.')).toBeVisible();
});

test('a form sent in another encoding is refused as incomplete, never a server error', async ({ playwright, baseURL, control }) => {
  const { person: ao } = await as('jane.ao', playwright, baseURL, control);
  const file = { field: 'file', name: 'x.pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };
  const entry = await ao.postFile(`${BID}/form-b/entries`, { bidAmount: '10' }, file, `${BID}/form-b`);
  expect(entry.status).toBe(400);
  expect(entry.text).toContain('Select a product category.');
  const certify = await ao.postFile(`${BID}/form-b/certify`, {}, file, `${BID}/form-b`);
  expect(certify.status).toBe(400);
  expect(await bidOf(control)).toBeNull();
});
