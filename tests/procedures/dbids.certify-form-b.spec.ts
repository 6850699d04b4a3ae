import { test, expect } from '../../fixtures/test.ts';
import { FORM_A_BUSINESS, FORM_A_LOCATION, biddingWorld } from '../../fixtures/bidding-world.ts';
import { approveFormA } from '../../flows/dbids/approve-form-a.ts';
import { certifyFormB } from '../../flows/dbids/certify-form-b.ts';

test.describe('dbids.certify-form-b (role table)', () => {
  test('dbids.certify-form-b: bids for two categories are entered and the AO certifies Form B; the bid is complete', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    const ao = credentialsOf(users.find((u) => u.userId === 'jane.ao')!);
    await approveFormA(page, { credentials: ao, bidderNumber: '210001', business: FORM_A_BUSINESS, location: FORM_A_LOCATION });

    const result = await certifyFormB(page, {
      credentials: ao,
      bidderNumber: '210001',
      bids: [
        { productCategory: 'Off-The-Shelf (OTS) Knee Braces (lead item L1833)', cba: 'Washington, DC', bidAmount: '512.75', capacity: '1200' },
        { productCategory: 'Off-The-Shelf (OTS) Back Braces (lead item L0650)', cba: 'Baltimore-Columbia-Towson, MD', bidAmount: '$1,020.10', capacity: '800' },
      ],
    });

    expect(result.certification).toMatch(/^Certified by jane\.ao on /);
    const bid = (await control.state()).bids.find((b) => b.bidderNumber === '210001');
    expect(bid?.formB.entries.map((e) => [e.leadItem, e.cbaId, e.bidAmount, e.capacity])).toEqual([
      ['L1833', '47900-DC', '512.75', 1200],
      ['L0650', '12580-MD', '1020.10', 800],
    ]);
    await page.getByRole('link', { name: 'DMEPOS Bidding System (DBidS) home' }).click();
    await expect(page.getByRole('region', { name: 'Bidder number 210001' }).getByRole('row', { name: /Bid Complete/ })).toBeVisible();
  });
});
