import { test, expect } from '../../fixtures/test.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { becomeContractSupplier } from '../../fixtures/contract-supplier.ts';
import { requestLocationChange } from '../../flows/connexion/request-location-change.ts';

test.describe('connexion.request-location-change (seed 002)', () => {
  test('connexion.request-location-change: the BAO asks to add a second location to the contract', { tag: '@procedure' }, async ({ page, playwright, baseURL, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    await becomeContractSupplier(playwright, baseURL ?? '', control, users, MOMENTS.contractActive);

    const result = await requestLocationChange(page, { credentials: credentialsOf(users.find((u) => u.userId === 'bob.bao')!), contract: 'R21-210001', action: 'Add', ptan: '1234560002', effectiveDate: '2021-03-01' });

    expect(result.requestNumber).toMatch(/^LC-\d{6}$/);
    expect((await control.state()).maintenance.locationChanges).toMatchObject([{ id: result.requestNumber, action: 'Add', ptan: '1234560002', status: 'Submitted – pending CMS review', saved: { by: 'bob.bao' } }]);
  });
});
