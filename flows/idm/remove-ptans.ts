import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { openEditRoleDetails } from './edit-role-details.ts';
import { signInToIdm } from './sign-in.ts';
import { readRoles, readSubmitted, roleOf, type IdmApplication, type ShownRole } from './windows.ts';

export interface RemovePtansInput {
  credentials: Credentials;
  application: IdmApplication;
  /** The PTAN(s) to take off the role. */
  removePtans: string[];
  justification: string;
}

export interface RemovePtansResult {
  requestId: string;
  message: string;
  /** The user's current roles, as Manage My Roles shows them at the end. */
  roles: ShownRole[];
}

/** Seed 001 "How to Remove PTANs from a Role" (idm.remove-ptans). */
export async function removePtans(page: Page, input: RemovePtansInput): Promise<RemovePtansResult> {
  const run = new ProcedureRun(page, 'idm.remove-ptans');
  await signInToIdm(run, input.credentials);
  const edit = await openEditRoleDetails(run, input.application);

  await run.step(8, async (s) => {
    for (const ptan of input.removePtans) {
      const box = edit.getByRole('checkbox', { name: `Remove ${ptan}` });
      await s.target(box);
      await box.check();
    }
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
    const ptans = roleOf(page, input.application).getByRole('list', { name: 'PTAN(s)' });
    for (const ptan of input.removePtans) await expect(ptans.getByRole('listitem').filter({ hasText: ptan })).toHaveCount(0);
    return { ...submitted, roles: await readRoles(page) };
  });
}
