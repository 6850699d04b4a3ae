import { test, expect } from '../../fixtures/test.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { declineContractOffer } from '../../flows/connexion/decline-contract-offer.ts';

test.describe('connexion.decline-contract-offer (seed 002)', () => {
  test('connexion.decline-contract-offer: the BAO declines an offer at or below the median after the bond forfeiture warning', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    await control.setClock(MOMENTS.offersLastMinute);

    const result = await declineContractOffer(page, { credentials: credentialsOf(users.find((u) => u.userId === 'bob.bao')!), offer: 'Off-The-Shelf (OTS) Back Braces in Baltimore-Columbia-Towson, MD' });

    expect(result.warning).toContain('If you decline this offer, your bid surety bond for this CBA will be forfeited.');
    expect(result.status).toMatch(/^Declined by bob\.bao on /);
    expect((await control.state()).offerDecisions).toMatchObject([{ offerId: '210001-12580-MD-ots-back-braces', answer: 'declined' }]);
  });

  test('connexion.decline-contract-offer: an offer above the median is declined without a warning', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    await control.setClock(MOMENTS.offersOpen);

    const result = await declineContractOffer(page, { credentials: credentialsOf(users.find((u) => u.userId === 'jane.ao')!), offer: 'Off-The-Shelf (OTS) Knee Braces in Charlotte-Concord-Gastonia, NC' });

    expect(result.warning).toBe('');
    expect(result.status).toMatch(/^Declined by jane\.ao on /);
  });
});
