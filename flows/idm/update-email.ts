import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { signInToIdm } from './sign-in.ts';
import { idmWindow, openWindow } from './windows.ts';

export interface UpdateEmailInput {
  credentials: Credentials;
  newEmail: string;
}

export interface UpdateEmailResult {
  /** The e-mail address the Personal Contact Information window shows at the end. */
  email: string;
}

/** Seed 001 "Update Email Address" (idm.update-email). */
export async function updateEmail(page: Page, input: UpdateEmailInput): Promise<UpdateEmailResult> {
  const run = new ProcedureRun(page, 'idm.update-email');
  await signInToIdm(run, input.credentials);
  const contact = idmWindow(page, 'Personal Contact Information');

  await run.step(5, (s) => openWindow(page, s, 'My Profile', 'My Profile'));
  await run.step(6, (s) => openWindow(page, s, 'Personal Contact Information', 'Personal Contact Information', 'My Profile'));
  await run.step(7, async (s) => {
    const edit = await s.find('button', 'Edit', contact);
    await s.target(edit);
    await edit.click();
    await expect(await s.see('field', 'Email Address', contact)).toBeEditable();
  });
  return run.step(8, async (s) => {
    await (await s.find('field', 'Email Address', contact)).fill(input.newEmail);
    const submit = await s.find('button', 'Submit Changes', contact);
    await s.target(submit);
    await submit.click();
    await expect(contact.getByLabel('Email Address')).toHaveCount(0);
    await expect(contact).toContainText(input.newEmail);
    return { email: input.newEmail };
  });
}
