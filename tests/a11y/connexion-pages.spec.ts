import { pdfBytes } from '../../fixtures/files/make-files.ts';
import { expectNoSeriousA11yViolations } from '../../fixtures/a11y.ts';
import { test, expect } from '../../fixtures/test.ts';
import { logInToConnexion } from '../connexion-uploads/log-in.ts';

test('accessibility (axe): Connexion log-in, dashboard, Upload a Document (empty, refused, done), My Upload History', async ({ page, control, credentialsOf }) => {
  const { users } = await control.scenario({
    organizations: [{ id: 'acme', ptans: ['1234560001'], authorizedOfficials: ['jane.ao'], bidderNumbers: ['210001'] }],
    users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] }],
  });
  await page.goto('/connexion/');
  await expectNoSeriousA11yViolations(page, 'Log In to Connexion', 'Connexion log-in');
  await logInToConnexion(page, credentialsOf(users[0]!));
  await expectNoSeriousA11yViolations(page, 'Dashboard', 'Connexion dashboard');

  await page.getByRole('link', { name: 'Upload a Document' }).click();
  await expectNoSeriousA11yViolations(page, 'Upload a Document');
  await page.getByRole('button', { name: 'Confirm & Upload' }).click();
  await expect(page.getByRole('alert')).toContainText('Your upload failed.');
  await expectNoSeriousA11yViolations(page, 'Upload a Document', 'Upload a Document refused');

  await page.getByLabel('Bidder Number').selectOption('210001');
  await page.getByLabel('I am uploading…').selectOption('Bid Surety Bond');
  await page.getByLabel('This document includes…').selectOption({ index: 1 });
  await page.getByLabel('Please select a CBA').selectOption({ index: 1 });
  await page.getByLabel('Certification Statement & Signature').fill('jane.ao');
  await page.getByLabel('Select my file…').setInputFiles({ name: 'bond.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await pdfBytes('bond')) });
  await page.getByRole('button', { name: 'Confirm & Upload' }).click();
  await expect(page.getByRole('status')).toContainText('Your file was uploaded successfully.');
  await expectNoSeriousA11yViolations(page, 'Upload Complete', 'upload complete');

  await page.getByRole('link', { name: 'My Upload History' }).click();
  await expectNoSeriousA11yViolations(page, 'My Upload History');
});
