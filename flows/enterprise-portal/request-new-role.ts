import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { PortalApplication } from './remove-role.ts';
import { logInToEnterprisePortal, type PortalCredentials } from './sign-in.ts';

export type PortalRole = 'AO' | 'BAO' | 'EU';
export type MfaChoice = 'Add MFA' | 'Skip MFA' | 'Cancel';
const MFA_CHOICES: readonly MfaChoice[] = ['Add MFA', 'Skip MFA', 'Cancel'];

/** What a first-time user gives the Identity Verification. */
export interface IdentityInput {
  /** Field label → value, e.g. { 'First Name': 'Jane', 'Date of Birth': '01/02/1970', … }. */
  information: Record<string, string>;
  /** The answer to each question, in the order the questions appear. */
  answers: string[];
}

export interface RequestNewRoleInput {
  credentials: PortalCredentials;
  application: PortalApplication;
  role: PortalRole;
  /** The PTAN entered on Request New Application Access. */
  ptan: string;
  /** A first-time user's Identity Verification; leave it out for a returning user, who must not be asked (step 8). */
  identity?: IdentityInput;
  /** The answer to the MFA offer; leave it out when the user has answered it before and must not be asked again. */
  mfa?: MfaChoice;
  /** When the review shows wrong information: Edit, correct these, Save, then Submit (step 11). */
  correction?: { role?: PortalRole; ptan?: string };
  /**
   * Lets the five minutes of step 12 pass before the flow checks View and Manage My Access: a test moves the mock
   * clock; against a real portal, wait.
   */
  letFiveMinutesPass: () => Promise<void>;
}

export interface RequestNewRoleResult {
  trackingNumber: string;
}

/** Thrown at step 9 when the user selects Cancel: the request ends there, as the portal says. */
export class RequestCancelled extends Error {
  constructor(readonly notice: string) {
    super(`The role request was cancelled at the MFA choice: ${notice}`);
    this.name = 'RequestCancelled';
  }
}

const NEXT_PAGES = /^(Identity Verification|Multi-Factor Authentication \(MFA\)|Request New Application Access)$/;

/**
 * Seed 000 "Requesting a New Role" (ep.request-new-role), steps 1–12. Checks the documented outcome: the
 * Acknowledgement page with the request tracking number, then, once five minutes have passed, the role on
 * View and Manage My Access.
 */
export async function requestNewRole(page: Page, input: RequestNewRoleInput): Promise<RequestNewRoleResult> {
  const run = new ProcedureRun(page, 'ep.request-new-role');
  await logInToEnterprisePortal(run, input.credentials);
  const h1 = page.getByRole('heading', { level: 1 });

  await run.step(5, async (s) => {
    const apps = await s.find('button', 'Request/Add Apps');
    await s.target(apps);
    await apps.click();
    await expect(await s.see('region', 'Access Catalog')).toBeVisible();
  });
  await run.step(6, async (s) => {
    const application = (await s.see('region', 'Access Catalog')).getByRole('region', { name: input.application });
    const request = await s.find('button', 'Request Access', application);
    await s.target(request);
    await request.click();
    await expect(await s.see('field', 'Select your new role')).toBeVisible();
  });
  await run.step(7, async (s) => {
    await (await s.find('field', 'Select your new role')).selectOption(input.role);
    const next = await s.find('button', 'Next');
    await s.target(next);
    await next.click();
    await expect(h1).toHaveText(NEXT_PAGES);
  });
  await run.step(8, async (s) => {
    if (!input.identity) {
      await expect(h1).not.toHaveText('Identity Verification');
      return;
    }
    await expect(h1).toHaveText('Identity Verification');
    await (await s.find('checkbox', 'I agree to the Terms and Conditions')).check();
    for (const [label, value] of Object.entries(input.identity.information)) {
      await page.getByRole('textbox', { name: label, exact: true }).fill(value);
    }
    await (await s.find('button', 'Next')).click();
    const questions = page.getByRole('main').getByRole('group');
    await expect(questions.first()).toBeVisible();
    const count = await questions.count();
    if (count !== input.identity.answers.length) throw new Error(`The Identity Verification asks ${count} questions; the input answers ${input.identity.answers.length}.`);
    for (let i = 0; i < count; i++) {
      await questions.nth(i).getByRole('radio', { name: input.identity.answers[i], exact: true }).check();
    }
    const verify = await s.find('button', 'Verify');
    await s.target(verify);
    await verify.click();
    await expect(h1).not.toHaveText('Identity Verification');
  });
  await run.step(9, async (s) => {
    if (!input.mfa) {
      await expect(h1).toHaveText('Request New Application Access');
      return;
    }
    await expect(h1).toHaveText('Multi-Factor Authentication (MFA)');
    // The three choices the step names are there; the one chosen is pressed.
    for (const other of MFA_CHOICES.filter((c) => c !== input.mfa)) await s.see('button', other);
    const choice = await s.find('button', input.mfa);
    await s.target(choice);
    await choice.click();
    if (input.mfa === 'Cancel') {
      await expect(h1).toHaveText('Welcome to CMS Enterprise Portal');
      throw new RequestCancelled((await page.getByRole('status').innerText()).trim());
    }
    await expect(h1).toHaveText('Request New Application Access');
  });
  await run.step(10, async (s) => {
    await (await s.find('field', 'Provider Transaction Access Number (PTAN)')).fill(input.ptan);
    const next = await s.find('button', 'Next');
    await s.target(next);
    await next.click();
    await expect(h1).toHaveText('Request New Application Access Review');
  });
  await run.step(11, async (s) => {
    if (input.correction) {
      await (await s.find('button', 'Edit')).click();
      if (input.correction.role) await page.getByLabel('Select your new role').selectOption(input.correction.role);
      if (input.correction.ptan) await page.getByLabel('Provider Transaction Access Number (PTAN)').fill(input.correction.ptan);
      await (await s.find('button', 'Save')).click();
    }
    await expect(await s.see('button', 'Edit')).toBeVisible();
    const review = page.getByRole('main');
    await expect(review).toContainText(input.correction?.ptan ?? input.ptan);
    const submit = await s.find('button', 'Submit');
    await s.target(submit);
    await submit.click();
  });
  return run.step(12, async (s) => {
    await expect(h1).toHaveText('Request New Application Access Acknowledgement');
    const confirmation = page.getByRole('status').filter({ hasText: 'request tracking number' });
    await expect(confirmation).toBeVisible();
    const trackingNumber = /tracking number is (\d+)/.exec(await confirmation.innerText())?.[1];
    if (!trackingNumber) throw new Error('The Acknowledgement page shows no request tracking number.');
    await expect(page.getByText('You will also receive a verification email')).toBeVisible();
    await input.letFiveMinutesPass();
    const myAccess = await s.find('link', 'View and Manage My Access');
    await s.target(myAccess);
    await myAccess.click();
    await expect(h1).toHaveText('View and Manage My Access');
    const role = input.correction?.role ?? input.role;
    await expect(page.getByRole('row').filter({ hasText: input.application }).filter({ hasText: `${role} –` })).toBeVisible();
    return { trackingNumber };
  });
}
