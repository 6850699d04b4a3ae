import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { openEditRoleDetails } from './edit-role-details.ts';
import { readMyRequests, signInToIdm } from './sign-in.ts';
import { readRoles, readSubmitted, type IdmApplication, type ShownRole } from './windows.ts';

export interface UpdatePtanOrganizationInput {
  credentials: Credentials;
  application: IdmApplication;
  /** The role attributes to add: one or more PTANs of the organization. */
  addPtans: string[];
  justification: string;
}

export interface UpdatePtanOrganizationResult {
  requestId: string;
  message: string;
  myRequestsBefore: number;
  myRequests: number;
  /** The roles Manage My Roles shows at the end (the added PTANs wait for an approver). */
  roles: ShownRole[];
}

/** Seed 001 "How to Update PTAN/Organization Information for an Existing Role" (idm.update-ptan-organization). */
export async function updatePtanOrganization(page: Page, input: UpdatePtanOrganizationInput): Promise<UpdatePtanOrganizationResult> {
  const run = new ProcedureRun(page, 'idm.update-ptan-organization');
  const { myRequests: before } = await signInToIdm(run, input.credentials);
  const edit = await openEditRoleDetails(run, input.application);

  await run.step(8, async (s) => {
    const ptan = edit.getByLabel('PTAN', { exact: true });
    await s.target(ptan);
    await ptan.fill(input.addPtans.join(', '));
  });
  const submitted = await run.step(9, async (s) => {
    await edit.getByLabel('Justification Statement').fill(input.justification);
    const submit = edit.getByRole('button', { name: 'Submit Changes' });
    await s.target(submit);
    await submit.click();
    return readSubmitted(edit, /request was successfully submitted/);
  });
  return run.step(10, async (s) => {
    const go = edit.getByRole('button', { name: 'Go to My Roles' });
    await s.target(go);
    await go.click();
    const roles = await readRoles(page);
    await expect(page.getByRole('link', { name: /^My Requests/ })).toHaveText(new RegExp(`\\b${before + 1}\\b`));
    return { ...submitted, myRequestsBefore: before, myRequests: await readMyRequests(page), roles };
  });
}
