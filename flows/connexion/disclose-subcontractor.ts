import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { openContractMaintenance } from './contract-maintenance.ts';
import { logInToConnexion } from './log-in.ts';

export interface DiscloseSubcontractorInput {
  credentials: Credentials;
  contract: string;
  subcontractorName: string;
  locationAddress: string;
  services: string[];
  accreditation: string;
  /** Path of the signed disclosure (PDF). */
  file: string;
}

export interface DiscloseSubcontractorResult {
  message: string;
  listed: string;
}

/** connexion.disclose-subcontractor: any role discloses a subcontracting arrangement with its signed document. */
export async function discloseSubcontractor(page: Page, input: DiscloseSubcontractorInput): Promise<DiscloseSubcontractorResult> {
  const run = new ProcedureRun(page, 'connexion.disclose-subcontractor');
  await logInToConnexion(run, input.credentials);
  await openContractMaintenance(run, 3, input.contract);
  await run.step(4, async (s) => {
    const link = await s.find('link', 'Disclose a Subcontractor');
    await s.target(link);
    await link.click();
    await expect(await s.see('heading', 'Disclose a Subcontractor')).toBeVisible();
  });
  await run.step(5, async (s) => {
    await (await s.find('field', 'Subcontractor name')).fill(input.subcontractorName);
    await (await s.find('field', 'Address of the location performing the services')).fill(input.locationAddress);
    for (const service of input.services) await page.getByRole('checkbox', { name: service }).check();
    await (await s.find('field', 'Accreditation status')).fill(input.accreditation);
  });
  return run.step(6, async (s) => {
    await (await s.find('field', 'Select my file…')).setInputFiles(input.file);
    await (await s.find('field', 'Certification Statement & Signature')).fill(input.credentials.userId);
    const upload = await s.find('button', 'Upload Disclosure');
    await s.target(upload);
    await upload.click();
    const message = page.getByRole('status').filter({ hasText: 'Your subcontractor disclosure' });
    await expect(message).toContainText(`for ${input.subcontractorName} was uploaded.`);
    const listed = page.getByRole('listitem').filter({ hasText: input.subcontractorName });
    await expect(listed).toBeVisible();
    return { message: ((await message.textContent()) ?? '').trim(), listed: ((await listed.textContent()) ?? '').trim() };
  });
}
