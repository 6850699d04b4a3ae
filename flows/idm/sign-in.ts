import { expect, type Page } from '@playwright/test';
import type { ProcedureRun, StepContext } from '../step.ts';
import { followVerification } from '../verification.ts';
import type { Credentials } from '../types.ts';

export interface DashboardState {
  /** The My Requests indicator: the user's pending requests. */
  myRequests: number;
}

/** Reads the My Requests indicator on the Self Service Dashboard. */
export async function readMyRequests(page: Page): Promise<number> {
  const indicator = page.getByRole('link', { name: /^My Requests/ });
  await expect(indicator).toBeVisible();
  const text = (await indicator.textContent()) ?? '';
  const count = Number(/(\d+)/.exec(text)?.[1]);
  if (!Number.isInteger(count)) throw new Error(`The My Requests indicator shows no count: "${text}"`);
  return count;
}

/** Steps 1–3 of every IDM procedure: from the CBIC home page through Phases → Registration → Visit CMS IDM System. */
export async function openIdmSignIn(run: ProcedureRun): Promise<void> {
  const { page } = run;
  await run.step(1, async (s) => {
    await page.goto('/');
    const phases = await s.find('link', 'Phases');
    await s.target(phases);
    await phases.click();
  });
  await run.step(2, async (s) => {
    const registration = await s.find('link', 'Registration');
    await s.target(registration);
    await registration.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registration' })).toBeVisible();
  });
  await run.step(3, async (s) => {
    const visit = await s.find('button', 'Visit CMS IDM System');
    await s.target(visit);
    await visit.click();
    await expect(page.getByRole('button', { name: 'Sign In' })).toBeVisible();
  });
}

/** Step 4's actions: user ID, password, the terms box, Sign In, then the verification instructions. */
export async function enterIdmCredentials(page: Page, s: StepContext, credentials: Credentials): Promise<void> {
  const userId = await s.find('field', 'User ID');
  const password = await s.find('field', 'Password');
  const terms = await s.find('checkbox', 'I agree to the Terms & Conditions');
  await userId.fill(credentials.userId);
  await password.fill(credentials.password);
  await terms.check();
  const signIn = await s.find('button', 'Sign In');
  await s.target(userId, password, terms, signIn);
  await signIn.click();
  await followVerification(page, credentials, s);
}

/**
 * Steps 1–4 shared by every IDM procedure of seed 001: from the CBIC home page, through Phases → Registration →
 * Visit CMS IDM System, sign in with the terms box checked, follow the verification instructions, and land on
 * the Self Service Dashboard.
 */
export async function signInToIdm(run: ProcedureRun, credentials: Credentials): Promise<DashboardState> {
  const { page } = run;
  await openIdmSignIn(run);
  return run.step(4, async (s) => {
    await enterIdmCredentials(page, s, credentials);
    await expect(page.getByRole('heading', { level: 1, name: 'Self Service Dashboard' })).toBeVisible();
    return { myRequests: await readMyRequests(page) };
  });
}
