import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { openContractMaintenance } from './contract-maintenance.ts';
import { logInToConnexion } from './log-in.ts';

export interface ContractTransferInput {
  credentials: Credentials;
  contract: string;
  type: 'Full' | 'Partial';
  /** YYYY-MM-DD, at least 60 days away. */
  chowDate: string;
  successorName: string;
  successorTin: string;
  /** Path of the first document (PDF). */
  file: string;
}

export interface ContractTransferResult {
  requestNumber: string;
  status: string;
  documents: string[];
}

/** connexion.request-contract-transfer: an AO or BAO requests a full or partial transfer with its first document. */
export async function requestContractTransfer(page: Page, input: ContractTransferInput): Promise<ContractTransferResult> {
  const run = new ProcedureRun(page, 'connexion.request-contract-transfer');
  await logInToConnexion(run, input.credentials);
  await openContractMaintenance(run, 3, input.contract);
  await run.step(4, async (s) => {
    const link = await s.find('link', 'Request a Contract Transfer');
    await s.target(link);
    await link.click();
    await expect(await s.see('heading', 'Request a Contract Transfer')).toBeVisible();
  });
  await run.step(5, async (s) => {
    await (await s.find('field', 'Type of transfer')).selectOption(input.type);
    await (await s.find('field', 'Anticipated change of ownership date (YYYY-MM-DD)')).fill(input.chowDate);
    await (await s.find('field', 'Successor legal business name')).fill(input.successorName);
    await (await s.find('field', 'Successor Taxpayer Identification Number (TIN)')).fill(input.successorTin);
  });
  return run.step(6, async (s) => {
    await (await s.find('field', 'Select my file…')).setInputFiles(input.file);
    await (await s.find('field', 'Certification Statement & Signature')).fill(input.credentials.userId);
    const submit = await s.find('button', 'Submit Transfer Request');
    await s.target(submit);
    await submit.click();
    await expect(page.getByRole('status').filter({ hasText: 'Your contract transfer request' })).toBeVisible();
    const heading = page.getByRole('heading', { level: 1, name: /^Contract Transfer Request CT-\d+$/ });
    await expect(heading).toBeVisible();
    const requestNumber = (((await heading.textContent()) ?? '').trim()).replace('Contract Transfer Request ', '');
    const status = page.getByRole('term').filter({ hasText: 'Status' }).locator('xpath=following-sibling::dd[1]');
    await expect(status).toHaveText('Submitted – pending CMS review');
    const documents = await page.getByRole('region', { name: 'Documents' }).getByRole('listitem').allTextContents();
    return { requestNumber, status: 'Submitted – pending CMS review', documents: documents.map((d) => d.trim()) };
  });
}
