import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { logInToConnexion } from './log-in.ts';

export interface SubmitFormCInput {
  credentials: Credentials;
  /** As My To-Do List names it: "Off-The-Shelf (OTS) Knee Braces in Charlotte-Concord-Gastonia, NC". */
  reportFor: string;
  /** Each product: from the list of verified products, or (`notListed`) typed in by hand. */
  products: { hcpcs: string; manufacturer: string; model: string; notListed?: boolean }[];
}

export interface SubmitFormCResult {
  status: string;
}

/** connexion.submit-form-c: open the Form C from My To-Do List, pick the products from the verified list (or enter one not listed), submit. */
export async function submitFormC(page: Page, input: SubmitFormCInput): Promise<SubmitFormCResult> {
  const run = new ProcedureRun(page, 'connexion.submit-form-c');
  await logInToConnexion(run, input.credentials);
  await run.step(3, async (s) => {
    const item = (await s.see('complementary', 'My To-Do List')).getByRole('link', { name: new RegExp(`Form C for ${input.reportFor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first();
    await s.target(item);
    await item.click();
    await expect(await s.see('heading', 'Form C')).toBeVisible();
  });
  await run.step(4, async (s) => {
    for (const [i, product] of input.products.entries()) {
      const line = page.getByRole('group', { name: `Product ${i + 1}` });
      const hcpcs = await s.find('field', 'HCPCS code', line);
      await hcpcs.selectOption(product.hcpcs);
      const choice = await s.find('field', 'Product', line);
      if (product.notListed) {
        await choice.selectOption({ label: 'Product not listed' });
        const manufacturer = await s.find('field', 'Manufacturer', line);
        const model = await s.find('field', 'Model name or number', line);
        await manufacturer.fill(product.manufacturer);
        await model.fill(product.model);
        await s.target(hcpcs, choice, manufacturer, model);
      } else {
        await choice.selectOption({ label: `${product.manufacturer} ${product.model} (${product.hcpcs})` });
        await s.target(hcpcs, choice);
      }
    }
  });
  return run.step(5, async (s) => {
    const submit = await s.find('button', 'Submit Form C');
    await s.target(submit);
    await submit.click();
    await expect(page.getByRole('status').filter({ hasText: /Form C for .* was submitted\./ })).toBeVisible();
    const status = page.getByRole('term').filter({ hasText: 'Status' }).locator('xpath=following-sibling::dd[1]');
    await expect(status).toHaveText(new RegExp(`^Submitted by ${input.credentials.userId} on `));
    return { status: ((await status.textContent()) ?? '').trim() };
  });
}
