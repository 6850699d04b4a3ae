import { expect, type Page } from '@playwright/test';
import type { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { logInWithCode } from '../log-in-with-code.ts';

/** The DBidS home page's heading: where a logged-in person lands. */
export const dbidsHome = (page: Page) => page.getByRole('heading', { level: 1, name: 'DMEPOS Bidding System (DBidS)', exact: true });

/**
 * Steps 1–2 of every DBidS procedure: from the CBIC website's Portals menu to DBidS, then log in with the CMS IDM
 * System user ID and password and the e-mailed verification code, landing on the DBidS home page. A person still
 * logged in goes straight home.
 */
export async function logInToDbids(run: ProcedureRun, credentials: Credentials): Promise<void> {
  const { page } = run;
  await run.step(1, async (s) => {
    await page.goto('/');
    const portals = await s.find('link', 'Portals');
    await s.target(portals);
    await portals.click();
    const dbids = await s.find('link', 'DMEPOS Bidding System (DBidS)');
    await s.target(dbids);
    await dbids.click();
  });
  await run.step(2, (s) => logInWithCode(page, s, credentials, dbidsHome(page)));
}

/** Step 3 of every DBidS procedure: under the bidder number on the home page, open Form A or Form B. */
export async function openForm(run: ProcedureRun, number: number, bidderNumber: string, form: 'Form A' | 'Form B'): Promise<void> {
  const { page } = run;
  await run.step(number, async (s) => {
    const link = await s.find('link', form, page.getByRole('region', { name: `Bidder number ${bidderNumber}` }));
    await s.target(link);
    await link.click();
    await expect(await s.see('heading', form)).toBeVisible();
  });
}
