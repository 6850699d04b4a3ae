import { test, expect } from '../../fixtures/test.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { becomeContractSupplier } from '../../fixtures/contract-supplier.ts';
import { submitFormC } from '../../flows/connexion/submit-form-c.ts';

test.describe('connexion.submit-form-c (seed 002)', () => {
  test('connexion.submit-form-c: an EU submits the first Form C from My To-Do List before 1/15/2021', { tag: '@procedure' }, async ({ page, playwright, baseURL, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    await becomeContractSupplier(playwright, baseURL ?? '', control, users, MOMENTS.formCOpen);

    const result = await submitFormC(page, {
      credentials: credentialsOf(users.find((u) => u.userId === 'eddie.eu')!),
      reportFor: 'Off-The-Shelf (OTS) Knee Braces in Charlotte-Concord-Gastonia, NC',
      products: [{ hcpcs: 'L1833', manufacturer: 'Acme Orthotics', model: 'KneeWrap 200' }, { hcpcs: 'L1851', manufacturer: 'Acme Orthotics', model: 'KneeHinge 3' }],
    });

    expect(result.status).toMatch(/^Submitted by eddie\.eu on /);
    const { maintenance } = await control.state();
    expect(maintenance.formC).toMatchObject([{ contractId: 'R21-210001', periodId: '2020-12-31', cbaId: '16740-NC', productCategoryId: 'ots-knee-braces', products: [{ hcpcs: 'L1833' }, { hcpcs: 'L1851' }] }]);
  });
});
