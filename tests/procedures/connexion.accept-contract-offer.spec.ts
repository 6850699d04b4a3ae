import { test, expect } from '../../fixtures/test.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { acceptContractOffer } from '../../flows/connexion/accept-contract-offer.ts';

test.describe('connexion.accept-contract-offer (seed 002)', () => {
  test('connexion.accept-contract-offer: the AO accepts the OTS Knee Braces offer before the deadline', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    await control.setClock(MOMENTS.offersOpen);

    const result = await acceptContractOffer(page, { credentials: credentialsOf(users.find((u) => u.userId === 'jane.ao')!), offer: 'Off-The-Shelf (OTS) Knee Braces in Charlotte-Concord-Gastonia, NC' });

    expect(result.respondBy).toBe('November 10, 2020 at 8:59:59 p.m. prevailing Eastern Time');
    expect(result.singlePaymentAmount).toBe('$512.75');
    expect(result.status).toMatch(/^Accepted by jane\.ao on /);
    expect((await control.state()).offerDecisions).toMatchObject([{ offerId: '210001-16740-NC-ots-knee-braces', answer: 'accepted', saved: { by: 'jane.ao' } }]);
  });
});
