import { expectNoSeriousA11yViolations } from '../../fixtures/a11y.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { becomeContractSupplier } from '../../fixtures/contract-supplier.ts';
import { test, expect } from '../../fixtures/test.ts';
import { logInToConnexion } from '../connexion-uploads/log-in.ts';

test('accessibility (axe): DBidS log-in, home, Form A and Form B', async ({ page, control, credentialsOf }) => {
  const { users } = await control.scenario(biddingWorld);
  const ao = credentialsOf(users.find((u) => u.userId === 'jane.ao')!);
  await page.goto('/dbids/');
  await expectNoSeriousA11yViolations(page, 'Log In to the DMEPOS Bidding System (DBidS)', 'DBidS log-in');
  await page.getByLabel('User ID').fill(ao.userId);
  await page.getByLabel('Password').fill(ao.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.getByLabel('Verification Code').fill(await ao.verificationCode());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DMEPOS Bidding System (DBidS)', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'DMEPOS Bidding System (DBidS)', 'DBidS home');
  await page.goto('/dbids/bids/210001/form-a');
  await page.getByRole('button', { name: 'Save Business Organization Information' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Form A', 'Form A with errors');
  await page.goto('/dbids/bids/210001/form-b');
  await expectNoSeriousA11yViolations(page, 'Form B');
});

test('accessibility (axe): Connexion notices, offers, contract, contract maintenance and bid results', async ({ page, playwright, baseURL, control, credentialsOf }) => {
  const { users } = await control.scenario(biddingWorld);
  await becomeContractSupplier(playwright, baseURL ?? '', control, users, MOMENTS.offersOpen);
  await logInToConnexion(page, credentialsOf(users.find((u) => u.userId === 'bob.bao')!));
  for (const [path, heading, label] of [
    ['/connexion/notices', 'Notices', 'Notices'],
    ['/connexion/notices/PBE-210001', 'Preliminary Bid Evaluation Notice', 'PBE notice'],
    ['/connexion/contract-offers', 'Contract Offers', 'Contract Offers'],
    ['/connexion/contract-offers/210001-12580-MD-ots-back-braces', 'Contract Offer', 'offer with the bond warning'],
    ['/connexion/contract', 'My Current Contract', 'My Current Contract'],
    ['/connexion/bidders', 'Bid Results', 'Bid Results'],
    ['/connexion/bidders/210001/financial-scoring-summary', 'Financial Scoring Summary', 'Financial Scoring Summary'],
    ['/connexion/bidders/210001/inquiry', 'Bidder Inquiry', 'Bidder Inquiry'],
  ] as const) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page, heading, label);
  }
  await control.setClock('2021-01-05T15:10:00.000Z');
  await logInToConnexion(page, credentialsOf(users.find((u) => u.userId === 'bob.bao')!));
  for (const [path, heading] of [
    ['/connexion/contracts/R21-210001/maintenance', 'Contract Maintenance'],
    ['/connexion/contracts/R21-210001/form-c/2020-12-31/16740-NC/ots-knee-braces', 'Form C'],
    ['/connexion/contracts/R21-210001/location-changes', 'Request a Location Change'],
    ['/connexion/contracts/R21-210001/transfers', 'Request a Contract Transfer'],
    ['/connexion/contracts/R21-210001/subcontractors', 'Disclose a Subcontractor'],
    ['/connexion/contracts/R21-210001/activity', 'Recent Activity'],
  ] as const) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page, heading);
  }
});
