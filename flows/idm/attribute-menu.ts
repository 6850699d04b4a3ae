import { expect, type Page } from '@playwright/test';
import type { ProcedureRun } from '../step.ts';
import { idmWindow, readSubmitted, type SubmittedRequest } from './windows.ts';

/** The role attributes a person enters: the PTAN(s) and, for an AO, the organization details. */
export interface RoleAttributes {
  ptans: string[];
  /** An AO's organization details: the Legal Business Name as PECOS holds it (the window pre-fills the person's own). */
  legalBusinessName?: string;
}

/** Reads which role the window populated ("Authorized Official (AO)" → AO). */
async function populatedRole(page: Page, windowTitle: string): Promise<string> {
  const role = idmWindow(page, windowTitle).getByLabel('Role', { exact: true });
  await expect(role).not.toHaveValue('');
  return /\((AO|BAO|EU)\)/.exec(await role.inputValue())?.[1] ?? '';
}

/**
 * The attribute-menu steps shared by "Add More Than One PTAN" (8, 9) and "Request a New Role" (11, 12):
 * "For an AO, enter the organization details, including the PTAN." or "For a BAO/EU, enter the PTAN and search
 * for the organization." The two are alternatives: the run takes the one for the role the window populated
 * (fixtures/step-coverage.ts counts either as the group).
 */
export async function enterAttributes(run: ProcedureRun, windowTitle: string, steps: { ao: number; other: number }, attributes: RoleAttributes): Promise<void> {
  const { page } = run;
  const window = idmWindow(page, windowTitle);
  const role = await populatedRole(page, windowTitle);
  if (role === 'AO') {
    await run.step(steps.ao, async (s) => {
      const name = await s.find('field', 'Legal Business Name', window);
      if (attributes.legalBusinessName !== undefined) await name.fill(attributes.legalBusinessName);
      await expect(name).not.toHaveValue('');
      const ptan = await s.find('field', 'PTAN', window);
      await ptan.fill(attributes.ptans.join(', '));
      await s.target(name, ptan);
    });
    return;
  }
  await run.step(steps.other, async (s) => {
    const ptan = await s.find('field', 'PTAN', window);
    await ptan.fill(attributes.ptans.join(', '));
    const search = await s.find('button', 'Search', window);
    await s.target(ptan, search);
    await search.click();
    await expect(idmWindow(page, windowTitle).getByRole('status')).toContainText('Organization:');
  });
}

/**
 * "Review the role request information and click the Review Request button. The Reason for Request dialog box
 * appears." then "Enter a justification and click the Submit Role Request button. The Role Request window
 * displays … Request ID … submitted to an approver for action."
 */
export async function reviewAndSubmit(run: ProcedureRun, windowTitle: string, steps: { review: number; submit: number }, justification: string): Promise<SubmittedRequest> {
  const { page } = run;
  await run.step(steps.review, async (s) => {
    const review = await s.find('button', 'Review Request', idmWindow(page, windowTitle));
    await s.target(review);
    await review.click();
    await expect(await s.see('dialog', 'Reason for Request')).toBeVisible();
  });
  return run.step(steps.submit, async (s) => {
    const dialog = idmWindow(page, 'Reason for Request');
    const reason = await s.find('field', 'Justification', dialog);
    await reason.fill(justification);
    const submit = await s.find('button', 'Submit Role Request', dialog);
    await s.target(reason, submit);
    await submit.click();
    return readSubmitted(await s.see('dialog', 'Role Request'), /request was successfully submitted to an approver for action/);
  });
}
