import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { ContractOfferInput, ContractOfferResult } from './accept-contract-offer.ts';
import { openAndReviewOffer, offerStatus } from './contract-offer.ts';
import { logInToConnexion } from './log-in.ts';

export interface DeclineContractOfferResult extends ContractOfferResult {
  /** The bid surety bond warning shown, if any. */
  warning: string;
}

/** connexion.decline-contract-offer: an AO or BAO declines an offer, acknowledging bond forfeiture when warned. */
export async function declineContractOffer(page: Page, input: ContractOfferInput): Promise<DeclineContractOfferResult> {
  const run = new ProcedureRun(page, 'connexion.decline-contract-offer');
  await logInToConnexion(run, input.credentials);
  const review = await openAndReviewOffer(run, input.offer);
  const warning = await run.step(5, async (s) => {
    const note = page.getByRole('note', { name: 'Bid surety bond warning' });
    if (!(await note.isVisible())) return '';
    await s.see('note', 'Bid surety bond warning');
    await s.target(note);
    await page.getByRole('checkbox', { name: /declining this offer forfeits my bid surety bond/ }).check();
    return ((await note.textContent()) ?? '').trim();
  });
  return run.step(6, async (s) => {
    const decline = await s.find('button', 'Decline Offer');
    await s.target(decline);
    await decline.click();
    await expect(page.getByRole('status').filter({ hasText: 'You declined this contract offer.' })).toBeVisible();
    return { ...review, warning, status: await offerStatus(page, new RegExp(`^Declined by ${input.credentials.userId} on `)) };
  });
}
