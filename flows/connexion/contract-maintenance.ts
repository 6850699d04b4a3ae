import { expect } from '@playwright/test';
import type { ProcedureRun } from '../step.ts';

/** The shared step of the contract maintenance procedures: My Current Contract, then Contract Maintenance. */
export async function openContractMaintenance(run: ProcedureRun, number: number, contract: string): Promise<void> {
  const { page } = run;
  await run.step(number, async (s) => {
    const menu = await s.find('link', 'My Current Contract');
    await s.target(menu);
    await menu.click();
    const maintenance = await s.find('link', 'Contract Maintenance', page.getByRole('region', { name: `Contract ${contract}` }));
    await s.target(maintenance);
    await maintenance.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Contract Maintenance' })).toBeVisible();
  });
}
