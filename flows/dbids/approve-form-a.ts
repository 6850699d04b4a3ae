import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { logInToDbids, openForm } from './log-in.ts';

export interface ApproveFormAInput {
  credentials: Credentials;
  bidderNumber: string;
  business: { doingBusinessAs?: string; taxpayerId: string; contactName: string; contactPhone: string; contactEmail: string };
  /** Applied to every location listed in Form A. */
  location: { accreditationOrganization: string; stateLicenseNumber: string };
}

export interface ApproveFormAResult {
  /** "Approved by jane.ao on …" as Form A shows it. */
  approval: string;
}

/** dbids.approve-form-a: an AO or BAO completes Form A and approves it inside the bid window. */
export async function approveFormA(page: Page, input: ApproveFormAInput): Promise<ApproveFormAResult> {
  const run = new ProcedureRun(page, 'dbids.approve-form-a');
  await logInToDbids(run, input.credentials);
  await openForm(run, 3, input.bidderNumber, 'Form A');

  await run.step(4, async (s) => {
    const section = await s.see('region', 'Business Organization Information');
    await (await s.find('field', 'Doing business as (DBA) name', section)).fill(input.business.doingBusinessAs ?? '');
    await (await s.find('field', 'Taxpayer Identification Number (TIN)', section)).fill(input.business.taxpayerId);
    await (await s.find('field', 'Bid contact name', section)).fill(input.business.contactName);
    await (await s.find('field', 'Bid contact phone', section)).fill(input.business.contactPhone);
    await (await s.find('field', 'Bid contact e-mail', section)).fill(input.business.contactEmail);
    const save = await s.find('button', 'Save Business Organization Information', section);
    await s.target(save);
    await save.click();
    await expect(page.getByRole('status').filter({ hasText: 'Business Organization Information saved.' })).toBeVisible();
  });

  await run.step(5, async (s) => {
    const locations = (await s.see('region', 'Location Information')).getByRole('group');
    const count = await locations.count();
    expect(count, 'Form A lists at least one location').toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const location = page.getByRole('region', { name: 'Location Information' }).getByRole('group').nth(i);
      const name = (await location.locator('legend').textContent())?.trim() ?? '';
      await (await s.find('field', 'Accreditation organization', location)).selectOption(input.location.accreditationOrganization);
      await (await s.find('field', 'State license number', location)).fill(input.location.stateLicenseNumber);
      const save = await s.find('button', 'Save Location', location);
      await s.target(save);
      await save.click();
      const ptan = name.replace('Location PTAN ', '');
      await expect(page.getByRole('status').filter({ hasText: `Location information for PTAN ${ptan} saved.` })).toBeVisible();
    }
  });

  return run.step(6, async (s) => {
    const approve = await s.find('button', 'Approve Form A');
    await s.target(approve);
    await approve.click();
    await expect(page.getByRole('status').filter({ hasText: `Form A for bidder number ${input.bidderNumber} is approved.` })).toBeVisible();
    const approval = page.getByRole('region', { name: 'Approve Form A' }).getByText(/^Approved by /);
    await expect(approval).toContainText(`Approved by ${input.credentials.userId}`);
    return { approval: ((await approval.textContent()) ?? '').trim() };
  });
}
