import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { logInToDbids, openForm } from './log-in.ts';

export interface FormBBid {
  /** As the Product category drop-down shows it, e.g. "Off-The-Shelf (OTS) Knee Braces (lead item L1833)". */
  productCategory: string;
  /** As the CBA drop-down shows it, e.g. "Washington, DC". */
  cba: string;
  bidAmount: string;
  capacity: string;
}

export interface CertifyFormBInput {
  credentials: Credentials;
  bidderNumber: string;
  bids: FormBBid[];
}

export interface CertifyFormBResult {
  certification: string;
}

/** dbids.certify-form-b: enter Form B's bids, then an AO or BAO certifies Form B inside the bid window. */
export async function certifyFormB(page: Page, input: CertifyFormBInput): Promise<CertifyFormBResult> {
  const run = new ProcedureRun(page, 'dbids.certify-form-b');
  await logInToDbids(run, input.credentials);
  await openForm(run, 3, input.bidderNumber, 'Form B');

  await run.step(4, async (s) => {
    for (const bid of input.bids) {
      const form = page.getByRole('region', { name: 'Enter a bid' });
      await form.getByLabel('Product category').selectOption({ label: bid.productCategory });
      await form.getByLabel('Competitive bidding area (CBA)').selectOption({ label: bid.cba });
      await form.getByLabel('Bid amount for the lead item ($)').fill(bid.bidAmount);
      await form.getByLabel('Estimated capacity (units per year)').fill(bid.capacity);
      const save = form.getByRole('button', { name: 'Save Bid' });
      await s.target(save);
      await save.click();
      await expect(page.getByRole('status').filter({ hasText: /Bid saved for / })).toBeVisible();
    }
  });

  return run.step(5, async (s) => {
    const section = page.getByRole('region', { name: 'Certify Form B' });
    await section.getByRole('checkbox', { name: /I certify that the bids in Form B/ }).check();
    const certify = section.getByRole('button', { name: 'Certify Form B' });
    await s.target(certify);
    await certify.click();
    await expect(page.getByRole('status').filter({ hasText: `Form B for bidder number ${input.bidderNumber} is certified.` })).toBeVisible();
    const certification = page.getByRole('region', { name: 'Certify Form B' }).getByText(/^Certified by /);
    await expect(certification).toContainText(`Certified by ${input.credentials.userId}`);
    return { certification: ((await certification.textContent()) ?? '').trim() };
  });
}
