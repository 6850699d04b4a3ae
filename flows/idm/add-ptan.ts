import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { enterAttributes, reviewAndSubmit, type RoleAttributes } from './attribute-menu.ts';
import { readMyRequests, signInToIdm } from './sign-in.ts';
import { APPLICATION_NAMES, idmWindow, openManageMyRoles, roleOf, type IdmApplication } from './windows.ts';

export interface AddPtanInput extends RoleAttributes {
  credentials: Credentials;
  /** The application whose role gets the PTAN(s). */
  application: IdmApplication;
  justification: string;
}

export interface AddPtanResult {
  requestId: string;
  message: string;
  /** The My Requests indicator before and after. */
  myRequestsBefore: number;
  myRequests: number;
}

/** Seed 001 "How to Add More Than One Provider Transaction Access Number (PTAN) to a Role" (idm.add-ptan). */
export async function addPtan(page: Page, input: AddPtanInput): Promise<AddPtanResult> {
  const run = new ProcedureRun(page, 'idm.add-ptan');
  const { myRequests: before } = await signInToIdm(run, input.credentials);

  await run.step(5, async (s) => {
    await openManageMyRoles(page, s);
    await expect(roleOf(page, input.application)).toBeVisible();
  });
  await run.step(6, async (s) => {
    const add = await s.find('button', 'Add Role', roleOf(page, input.application));
    await s.target(add);
    await add.click();
    const application = await s.see('field', 'Selected Application', await s.see('dialog', 'Add Role'));
    await expect(application).toHaveValue(APPLICATION_NAMES[input.application]);
    await expect(application).not.toBeEditable();
  });
  await run.step(7, async (s) => {
    const window = idmWindow(page, 'Add Role');
    await expect(await s.see('field', 'Role', window)).not.toHaveValue('');
    const menu = await s.see('group', 'Attribute Menu', window);
    await s.target(menu);
    await expect(menu).toBeVisible();
  });
  await enterAttributes(run, 'Add Role', { ao: 8, other: 9 }, input);
  const submitted = await reviewAndSubmit(run, 'Add Role', { review: 10, submit: 11 }, input.justification);
  const myRequests = await run.step(12, async (s) => {
    const dashboard = await s.find('link', 'Self Service Dashboard');
    await s.target(dashboard);
    await dashboard.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Self Service Dashboard' })).toBeVisible();
    await expect(await s.see('link', 'My Requests')).toHaveText(new RegExp(`\\b${before + 1}\\b`));
    return readMyRequests(page);
  });
  return { ...submitted, myRequestsBefore: before, myRequests };
}
