import { test, expect } from '../../fixtures/test.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { HttpUser } from '../../fixtures/http-user.ts';
import { viewContract } from '../../flows/connexion/view-contract.ts';

test.describe('connexion.view-contract (seed 002)', () => {
  test('connexion.view-contract: an EU sees the active contract and opens the CMS-signed contract PDF', { tag: '@procedure' }, async ({ page, playwright, baseURL, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    await control.setClock(MOMENTS.offersOpen);
    const ao = await HttpUser.signIn(playwright, baseURL ?? '', control, 'connexion', users.find((u) => u.userId === 'jane.ao')!);
    const offer = '/connexion/contract-offers/210001-16740-NC-ots-knee-braces';
    expect((await ao.post(`${offer}/accept`, {}, offer)).status).toBe(302);
    await ao.dispose();
    await control.setClock(MOMENTS.contractActive);

    const result = await viewContract(page, { credentials: credentialsOf(users.find((u) => u.userId === 'eddie.eu')!), contract: 'R21-210001' });

    expect(result.status).toBe('Active');
    expect(result.pdfPages).toBe(3);
    expect(result.pdfTitle).toBe('DMEPOS Competitive Bidding Program contract R21-210001');
  });
});
