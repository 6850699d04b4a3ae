import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { openAndReviewOffer, offerStatus, type OfferReview } from './contract-offer.ts';
import { logInToConnexion } from './log-in.ts';

export interface ContractOfferInput {
  credentials: Credentials;
  /** The offer as Connexion names it: "<product category> in <CBA>". */
  offer: string;
}

export interface ContractOfferResult extends OfferReview {
  status: string;
}

/** connexion.accept-contract-offer: an AO or BAO accepts a contract offer before the deadline. */
export async function acceptContractOffer(page: Page, input: ContractOfferInput): Promise<ContractOfferResult> {
  const run = new ProcedureRun(page, 'connexion.accept-contract-offer');
  await logInToConnexion(run, input.credentials);
  const review = await openAndReviewOffer(run, input.offer);
  return run.step(5, async (s) => {
    const accept = await s.find('button', 'Accept Offer');
    await s.target(accept);
    await accept.click();
    await expect(page.getByRole('status').filter({ hasText: 'You accepted this contract offer.' })).toBeVisible();
    return { ...review, status: await offerStatus(page, new RegExp(`^Accepted by ${input.credentials.userId} on `)) };
  });
}
