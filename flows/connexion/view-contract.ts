import { expect, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { logInToConnexion } from './log-in.ts';

export interface ViewContractInput {
  credentials: Credentials;
  /** e.g. "R21-210001". */
  contract: string;
}

export interface ViewContractResult {
  status: string;
  /** Pages of the CMS-signed contract PDF: the contract, Attachment A, Attachment B. */
  pdfPages: number;
  pdfTitle: string;
}

/** connexion.view-contract: My Current Contract's status, then the CMS-signed contract as a PDF. */
export async function viewContract(page: Page, input: ViewContractInput): Promise<ViewContractResult> {
  const run = new ProcedureRun(page, 'connexion.view-contract');
  await logInToConnexion(run, input.credentials);
  const status = await run.step(3, async (s) => {
    const menu = await s.find('link', 'My Current Contract');
    await s.target(menu);
    await menu.click();
    await expect(await s.see('heading', 'My Current Contract')).toBeVisible();
    const contract = page.getByRole('region', { name: `Contract ${input.contract}` });
    const value = contract.getByRole('term').filter({ hasText: 'Status' }).locator('xpath=following-sibling::dd[1]');
    await expect(value).not.toBeEmpty();
    return ((await value.textContent()) ?? '').trim();
  });
  return run.step(4, async (s) => {
    const link = await s.find('link', 'View CMS-Signed Contract (PDF)', page.getByRole('region', { name: `Contract ${input.contract}` }));
    await s.target(link);
    const href = await link.getAttribute('href');
    // The browser's PDF viewer is not part of the page: fetch what the link opens, with the page's session.
    const response = await page.request.get(new URL(href ?? '', page.url()).toString());
    expect(response.headers()['content-type']).toContain('application/pdf');
    const pdf = await PDFDocument.load(await response.body());
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(3);
    return { status, pdfPages: pdf.getPageCount(), pdfTitle: pdf.getTitle() ?? '' };
  });
}
