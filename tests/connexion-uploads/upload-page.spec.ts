import type { Page } from '@playwright/test';
import { pdfBytes } from '../../fixtures/files/make-files.ts';
import { test, expect } from '../../fixtures/test.ts';
import { logInToConnexion } from './log-in.ts';
import type { Credentials } from '../../flows/types.ts';

const pdfFile = async (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(await pdfBytes(name)) });

async function openUploadForm(page: Page, credentials: Credentials) {
  await logInToConnexion(page, credentials);
  await page.getByRole('link', { name: 'Upload a Document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Upload a Document' })).toBeVisible();
}

async function fillFinancialDocument(page: Page, userId: string) {
  await page.getByLabel('Bidder Number').selectOption('210001');
  await page.getByLabel('I am uploading…').selectOption('Financial Documents');
  await page.getByLabel('This document includes…').selectOption('Balance Sheet');
  await page.getByLabel('Certification Statement & Signature').fill(userId);
}

test.describe('Upload a Document in the browser (seed 004)', () => {
  let jane: Credentials;
  test.beforeEach(async ({ control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [{ id: 'acme', ptans: ['1234560001'], authorizedOfficials: ['jane.ao'], bidderNumbers: ['210001', '210002'] }],
      users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] }],
    });
    jane = credentialsOf(users[0]!);
  });

  test("Bid Cycle shows Round 2021; the bidder numbers are the organization's; CBA only for a bid surety bond; descriptions follow the type", async ({ page }) => {
    await openUploadForm(page, jane);
    await expect(page.getByLabel('Bid Cycle')).toHaveValue('Round 2021');
    await expect(page.getByText('Round 2021')).toBeVisible();
    await expect(page.getByLabel('Bid Cycle')).not.toBeEditable();
    await expect(page.getByLabel('Bidder Number').getByRole('option')).toHaveText(['Select', '210001', '210002']);
    const cba = page.getByLabel('Please select a CBA');
    await expect(cba).toBeHidden();
    await page.getByLabel('I am uploading…').selectOption('Bid Surety Bond');
    await expect(cba).toBeVisible();
    await expect(page.getByLabel('This document includes…').getByRole('option')).toHaveText(['Select', 'Bid Surety Bond (Entire Document)', 'Bid Surety Bond Rider or Amendment']);
    await cba.selectOption('47900-DC');
    await page.getByLabel('I am uploading…').selectOption('Financial Documents');
    await expect(cba).toBeHidden();
    await expect(cba).toHaveValue('');
    await expect(page.getByLabel('This document includes…').getByRole('option')).toHaveCount(6);
  });

  test('a refused file shows "Your upload failed." with the reason, keeps the choices, and a PDF then goes through', async ({ page }) => {
    await openUploadForm(page, jane);
    await fillFinancialDocument(page, 'jane.ao');
    await page.getByLabel('Select my file…').setInputFiles({ name: 'balance-sheet.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not a pdf') });
    await page.getByRole('button', { name: 'Confirm & Upload' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your upload failed.');
    await expect(alert).toContainText('The file is not a PDF.');
    await expect(alert).toContainText('Please attempt to upload the document again.');
    await expect(page.getByLabel('Bidder Number')).toHaveValue('210001');
    await expect(page.getByLabel('This document includes…')).toHaveValue('Balance Sheet');

    await page.getByLabel('Select my file…').setInputFiles(await pdfFile('balance-sheet.pdf'));
    await page.getByRole('button', { name: 'Confirm & Upload' }).click();
    await expect(page.getByRole('status')).toContainText('Your file was uploaded successfully.');
  });

  test('when Connexion fails to store the file the failure message appears; trying again succeeds', async ({ page, control }) => {
    await control.fault('connexion.upload', 1);
    await openUploadForm(page, jane);
    await fillFinancialDocument(page, 'jane.ao');
    await page.getByLabel('Select my file…').setInputFiles(await pdfFile('balance-sheet.pdf'));
    await page.getByRole('button', { name: 'Confirm & Upload' }).click();
    await expect(page.getByRole('alert')).toContainText('Your upload failed.');
    await expect(page.getByRole('alert')).toContainText('contact the CBIC customer service center at 877-577-5331');
    expect((await control.state()).uploads).toEqual([]);
    await expect(page.getByLabel('This document includes…')).toHaveValue('Balance Sheet');

    await page.getByLabel('Select my file…').setInputFiles(await pdfFile('balance-sheet.pdf'));
    await page.getByRole('button', { name: 'Confirm & Upload' }).click();
    await expect(page.getByRole('status')).toContainText('Your file was uploaded successfully.');
  });

  test('after an upload: Upload Another Document opens a fresh form, Return to Dashboard goes back', async ({ page }) => {
    await openUploadForm(page, jane);
    await fillFinancialDocument(page, 'jane.ao');
    await page.getByLabel('Select my file…').setInputFiles(await pdfFile('balance-sheet.pdf'));
    await page.getByRole('button', { name: 'Confirm & Upload' }).click();
    await page.getByRole('link', { name: 'Upload Another Document' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Upload a Document' })).toBeVisible();
    await expect(page.getByLabel('Bidder Number')).toHaveValue('');
    await page.goBack();
    await page.getByRole('link', { name: 'Return to Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'My To-Do List' })).toContainText('Not yet received: Income Statement');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the plain form uploads through the file field, and the server still asks for a CBA for a bond', async ({ page }) => {
      await openUploadForm(page, jane);
      await page.getByLabel('Bidder Number').selectOption('210002');
      await page.getByLabel('I am uploading…').selectOption('Bid Surety Bond');
      await page.getByLabel('This document includes…').selectOption('Bid Surety Bond (Entire Document)');
      await page.getByLabel('Certification Statement & Signature').fill('jane.ao');
      await page.getByLabel('Select my file…').setInputFiles(await pdfFile('bond.pdf'));
      await page.getByRole('button', { name: 'Confirm & Upload' }).click();
      await expect(page.getByRole('alert')).toContainText('choose the corresponding competitive bidding area (CBA) from Please select a CBA');

      await page.getByLabel('Please select a CBA').selectOption('38060-AZ');
      await page.getByLabel('Select my file…').setInputFiles(await pdfFile('bond.pdf'));
      await page.getByRole('button', { name: 'Confirm & Upload' }).click();
      await expect(page.getByRole('status')).toContainText('Your file was uploaded successfully.');
      await page.getByRole('link', { name: 'My Upload History' }).click();
      await expect(page.getByRole('row').filter({ hasText: 'bond.pdf' })).toContainText('38060-AZ');
    });
  });
});
