import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { signInToIdm } from './sign-in.ts';
import { idmWindow } from './windows.ts';

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

  await run.step(5, async (s) => {
    const button = page.getByRole('button', { name: 'My Profile' });
    await s.target(button);
    await button.click();
    await expect(idmWindow(page, 'My Profile')).toBeVisible();
  });
  await run.step(6, async (s) => {
    const button = idmWindow(page, 'My Profile').getByRole('button', { name: 'Personal Contact Information' });
    await s.target(button);
    await button.click();
    await expect(contact).toBeVisible();
  });
  await run.step(7, async (s) => {
    const edit = contact.getByRole('button', { name: 'Edit' });
    await s.target(edit);
    await edit.click();
    await expect(contact.getByLabel('Email Address')).toBeEditable();
  });
  return run.step(8, async (s) => {
    await contact.getByLabel('Email Address').fill(input.newEmail);
    const submit = contact.getByRole('button', { name: 'Submit Changes' });
    await s.target(submit);
    await submit.click();
    await expect(contact.getByLabel('Email Address')).toHaveCount(0);
    await expect(contact).toContainText(input.newEmail);
    return { email: input.newEmail };
  });
}
