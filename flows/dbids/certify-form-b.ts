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
      const form = await s.see('region', 'Enter a bid');
      await (await s.find('field', 'Product category', form)).selectOption({ label: bid.productCategory });
      await (await s.find('field', 'Competitive bidding area (CBA)', form)).selectOption({ label: bid.cba });
      await (await s.find('field', 'Bid amount for the lead item ($)', form)).fill(bid.bidAmount);
      await (await s.find('field', 'Estimated capacity (units per year)', form)).fill(bid.capacity);
      const save = await s.find('button', 'Save Bid', form);
      await s.target(save);
      await save.click();
      await expect(page.getByRole('status').filter({ hasText: /Bid saved for / })).toBeVisible();
    }
  });

  return run.step(5, async (s) => {
    const section = await s.see('region', 'Certify Form B');
    await section.getByRole('checkbox', { name: /I certify that the bids in Form B/ }).check();
    const certify = await s.find('button', 'Certify Form B', section);
    await s.target(certify);
    await certify.click();
    await expect(page.getByRole('status').filter({ hasText: `Form B for bidder number ${input.bidderNumber} is certified.` })).toBeVisible();
    const certification = page.getByRole('region', { name: 'Certify Form B' }).getByText(/^Certified by /);
    await expect(certification).toContainText(`Certified by ${input.credentials.userId}`);
    return { certification: ((await certification.textContent()) ?? '').trim() };
  });
}
