import { test, expect } from '../../fixtures/test.ts';
import { BIDDER, FORM_A_BUSINESS, FORM_A_LOCATION, biddingWorld } from '../../fixtures/bidding-world.ts';
import { approveFormA } from '../../flows/dbids/approve-form-a.ts';

test.describe('dbids.approve-form-a (role table)', () => {
  test('dbids.approve-form-a: the AO completes Business Organization Information and locations, then approves Form A', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    const ao = users.find((u) => u.userId === 'jane.ao')!;

    const result = await approveFormA(page, { credentials: credentialsOf(ao), bidderNumber: '210001', business: FORM_A_BUSINESS, location: FORM_A_LOCATION });

    expect(result.approval).toMatch(/^Approved by jane\.ao on /);
    const { bids } = await control.state();
    const bid = bids.find((b) => b.bidderNumber === '210001');
    expect(bid?.formA.approved?.by).toBe('jane.ao');
    expect(bid?.formA.businessOrganization?.legalBusinessName).toBe(BIDDER.legalBusinessName);
    expect(bid?.formA.locations.map((l) => l.ptan)).toEqual(BIDDER.ptans);
  });

  test('dbids.approve-form-a: a BAO may approve Form A too', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    const bao = users.find((u) => u.userId === 'bob.bao')!;

    const result = await approveFormA(page, { credentials: credentialsOf(bao), bidderNumber: '210001', business: FORM_A_BUSINESS, location: FORM_A_LOCATION });

    expect(result.approval).toMatch(/^Approved by bob\.bao on /);
  });
});
