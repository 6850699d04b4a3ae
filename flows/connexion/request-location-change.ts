import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { openContractMaintenance } from './contract-maintenance.ts';
import { logInToConnexion } from './log-in.ts';

export interface LocationChangeInput {
  credentials: Credentials;
  contract: string;
  action: 'Add' | 'Remove';
  ptan: string;
  /** YYYY-MM-DD */
  effectiveDate: string;
}

export interface LocationChangeResult {
  requestNumber: string;
  message: string;
}

/** connexion.request-location-change: an AO or BAO asks CMS to add or remove a contract location. */
export async function requestLocationChange(page: Page, input: LocationChangeInput): Promise<LocationChangeResult> {
  const run = new ProcedureRun(page, 'connexion.request-location-change');
  await logInToConnexion(run, input.credentials);
  await openContractMaintenance(run, 3, input.contract);
  await run.step(4, async (s) => {
    const link = await s.find('link', 'Request a Location Change');
    await s.target(link);
    await link.click();
    await expect(await s.see('heading', 'Request a Location Change')).toBeVisible();
  });
  await run.step(5, async (s) => {
    await (await s.find('field', 'Add or remove a location')).selectOption(input.action);
    await (await s.find('field', 'Location PTAN')).fill(input.ptan);
    await (await s.find('field', 'Effective date (YYYY-MM-DD)')).fill(input.effectiveDate);
  });
  return run.step(6, async (s) => {
    const submit = await s.find('button', 'Submit Location Change Request');
    await s.target(submit);
    await submit.click();
    const message = page.getByRole('status').filter({ hasText: 'Your change of location request' });
    await expect(message).toContainText('Status: Submitted – pending CMS review.');
    const text = ((await message.textContent()) ?? '').trim();
    const requestNumber = /request (LC-\d+)/.exec(text)?.[1] ?? '';
    await expect(page.getByRole('listitem').filter({ hasText: `${requestNumber}: ${input.action} PTAN ${input.ptan}` })).toBeVisible();
    return { requestNumber, message: text };
  });
}
