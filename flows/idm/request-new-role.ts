import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { enterAttributes, reviewAndSubmit, type RoleAttributes } from './attribute-menu.ts';
import { readMyRequests, signInToIdm } from './sign-in.ts';
import { APPLICATION_NAMES, idmWindow, openWindow, type IdmApplication, type IdmRole } from './windows.ts';

/** What the Identity Verification form asks, by its labels, and the answers to the proofing questions. */
export interface IdentityInput {
  /** Field label → value, e.g. { 'Date of Birth': '04/12/1970', … }. Fields left out keep what the form shows. */
  evidence: Record<string, string>;
  /** The choices to select, one per proofing question (each choice's label). */
  answers: string[];
}

export interface RequestNewRoleInput extends RoleAttributes {
  credentials: Credentials;
  application: IdmApplication;
  role: IdmRole;
  justification: string;
  /** Needed when the person has not verified their identity yet (asked once per person). */
  identity?: IdentityInput;
}

export interface RequestNewRoleResult {
  requestId: string;
  message: string;
  /** Whether the portal asked for identity verification (RIDP) this time. */
  identityVerificationAsked: boolean;
  myRequestsBefore: number;
  myRequests: number;
}

/** Seed 001 "How to Request a New Role" (idm.request-new-role), with identity proofing or, once done, without it. */
export async function requestNewRole(page: Page, input: RequestNewRoleInput): Promise<RequestNewRoleResult> {
  const run = new ProcedureRun(page, 'idm.request-new-role');
  const { myRequests: before } = await signInToIdm(run, input.credentials);
  const window = idmWindow(page, 'Role Request');

  await run.step(5, (s) => openWindow(page, s, 'Role Request', 'Role Request'));
  await run.step(6, async (s) => {
    const field = await s.find('field', 'Select an Application', window);
    await s.target(field);
    await field.selectOption({ label: APPLICATION_NAMES[input.application] });
  });
  await run.step(7, async (s) => {
    const field = await s.find('field', 'Select a Role', window);
    await s.target(field);
    await field.selectOption(input.role);
  });
  const asked = await run.step(8, async (s) => {
    const agree = await s.find('checkbox', 'I agree to the terms and conditions', window);
    await s.target(agree);
    await agree.check();
    await (await s.find('button', 'Next', window)).click();
    // A person already verified is not asked again: the attribute menu follows instead of the form.
    const form = idmWindow(page, 'Identity Verification');
    await expect(form.or(window.getByRole('group', { name: 'Attribute Menu' }))).toBeVisible();
    return form.isVisible();
  });
  await run.step(9, async (s) => {
    if (!asked) {
      // Identity verification is asked once per person: an already verified person goes straight to the attributes.
      await expect(page.getByText('Your identity is already verified')).toBeVisible();
      return;
    }
    if (!input.identity) throw new Error('The portal asks for identity verification, but the input has no identity evidence.');
    const form = await s.see('dialog', 'Identity Verification');
    for (const [label, value] of Object.entries(input.identity.evidence)) await form.getByLabel(label, { exact: true }).fill(value);
    const next = await s.find('button', 'Next', form);
    await s.target(next);
    await next.click();
    await expect(await s.see('dialog', 'RIDP Proofing Questions')).toBeVisible();
  });
  await run.step(10, async (s) => {
    if (asked && input.identity) {
      const questions = idmWindow(page, 'RIDP Proofing Questions');
      for (const answer of input.identity.answers) await questions.getByRole('radio', { name: answer, exact: true }).check();
      const verify = await s.find('button', 'Verify', questions);
      await s.target(verify);
      await verify.click();
    }
    await expect(await s.see('group', 'Attribute Menu', window)).toBeVisible();
  });
  await enterAttributes(run, 'Role Request', { ao: 11, other: 12 }, input);
  const submitted = await reviewAndSubmit(run, 'Role Request', { review: 13, submit: 14 }, input.justification);
  const myRequests = await run.step(15, async (s) => {
    const dashboard = await s.find('link', 'Self Service Dashboard');
    await s.target(dashboard);
    await dashboard.click();
    await expect(await s.see('link', 'My Requests')).toHaveText(new RegExp(`\\b${before + 1}\\b`));
    return readMyRequests(page);
  });
  return { ...submitted, identityVerificationAsked: asked, myRequestsBefore: before, myRequests };
}
