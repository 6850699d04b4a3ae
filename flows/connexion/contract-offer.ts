import { expect, type Page } from '@playwright/test';
import type { ProcedureRun } from '../step.ts';

export interface OfferReview {
  offer: string;
  singlePaymentAmount: string;
  respondBy: string;
}

/** Steps 3–4 of the contract offer procedures: open the offer from My To-Do List and review it. */
export async function openAndReviewOffer(run: ProcedureRun, offer: string): Promise<OfferReview> {
  const { page } = run;
  await run.step(3, async (s) => {
    const item = (await s.see('complementary', 'My To-Do List')).getByRole('link', { name: new RegExp(`^Contract offer for ${escape(offer)}`) });
    await s.target(item);
    await item.click();
    await expect(await s.see('heading', 'Contract Offer')).toBeVisible();
  });
  return run.step(4, async (s) => {
    const details = page.getByRole('definition');
    await s.target(details.first());
    await expect(details.first()).toHaveText(offer);
    const read = async (term: string) => ((await page.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]').textContent()) ?? '').trim();
    return { offer, singlePaymentAmount: await read('Single payment amount'), respondBy: await read('Respond by') };
  });
}

/** The offer's status line, once decided. */
export async function offerStatus(page: Page, expected: RegExp): Promise<string> {
  const status = page.getByRole('term').filter({ hasText: 'Status' }).locator('xpath=following-sibling::dd[1]');
  await expect(status).toHaveText(expected);
  return ((await status.textContent()) ?? '').trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
