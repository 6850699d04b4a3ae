import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { signInToIdm } from './sign-in.ts';
import { idmWindow, openManageMyRoles, readRoles, readSubmitted, roleOf, type IdmApplication, type ShownRole } from './windows.ts';

export interface RemoveRoleInput {
  credentials: Credentials;
  /** The application whose role is removed. */
  application: IdmApplication;
}

export interface RemoveRoleResult {
  requestId: string;
  message: string;
  /** The user's current roles, as Manage My Roles shows them at the end. */
  roles: ShownRole[];
}

/** Seed 001 "How to Remove a Role" (idm.remove-role). */
export async function removeRole(page: Page, input: RemoveRoleInput): Promise<RemoveRoleResult> {
  const run = new ProcedureRun(page, 'idm.remove-role');
  await signInToIdm(run, input.credentials);

  await run.step(5, async (s) => {
    await openManageMyRoles(page, s);
    await expect(roleOf(page, input.application)).toBeVisible();
  });
  await run.step(6, async (s) => {
    const remove = await s.find('button', 'Remove Role', roleOf(page, input.application));
    await s.target(remove);
    await remove.click();
    await expect(await s.see('dialog', 'Remove Role')).toBeVisible();
  });
  const submitted = await run.step(7, async (s) => {
    const remove = await s.find('button', 'Remove Role', idmWindow(page, 'Remove Role'));
    await s.target(remove);
    await remove.click();
    return readSubmitted(await s.see('dialog', 'Manage My Roles'), /request was successfully submitted/);
  });
  return run.step(8, async (s) => {
    const go = await s.find('button', 'Go to My Roles', idmWindow(page, 'Manage My Roles'));
    await s.target(go);
    await go.click();
    await s.see('dialog', 'Manage My Roles');
    await expect(roleOf(page, input.application)).toHaveCount(0);
    return { ...submitted, roles: await readRoles(page) };
  });
}
