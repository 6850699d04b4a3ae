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
    const ptan = await s.find('field', 'PTAN', edit);
    await s.target(ptan);
    await ptan.fill(input.addPtans.join(', '));
  });
  const submitted = await run.step(9, async (s) => {
    await (await s.find('field', 'Justification Statement', edit)).fill(input.justification);
    const submit = await s.find('button', 'Submit Changes', edit);
    await s.target(submit);
    await submit.click();
    return readSubmitted(edit, /request was successfully submitted/);
  });
  return run.step(10, async (s) => {
    const go = await s.find('button', 'Go to My Roles', edit);
    await s.target(go);
    await go.click();
    await s.see('dialog', 'Manage My Roles');
    const roles = await readRoles(page);
    await expect(await s.see('link', 'My Requests')).toHaveText(new RegExp(`\\b${before + 1}\\b`));
    return { ...submitted, myRequestsBefore: before, myRequests: await readMyRequests(page), roles };
  });
}
