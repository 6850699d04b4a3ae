import type { Page } from '@playwright/test';
import type { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { logInWithCode } from '../log-in-with-code.ts';

/** The Connexion dashboard's heading: where a logged-in person lands. */
export const dashboardHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Dashboard' });

/**
 * Steps 1–2 of seed 004: from the CBIC website's Connexion link (upper right) to Access Connexion, then log in with
 * the CMS IDM System user ID and password and the e-mailed verification code, landing on the dashboard. A person
 * who is still logged in from an earlier upload goes straight to the dashboard.
 */
export async function logInToConnexion(run: ProcedureRun, credentials: Credentials): Promise<void> {
  const { page } = run;
  await run.step(1, async (s) => {
    await page.goto('/');
    const connexion = await s.find('link', 'Connexion');
    await s.target(connexion);
    await connexion.click();
    const access = await s.find('link', 'Access Connexion');
    await s.target(access);
    await access.click();
  });
  await run.step(2, (s) => logInWithCode(page, s, credentials, dashboardHeading(page)));
}
