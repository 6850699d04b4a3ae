import { test, expect } from '../../fixtures/test.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { becomeContractSupplier } from '../../fixtures/contract-supplier.ts';
import { simplePdf } from '../../fixtures/files/make-files.ts';
import { discloseSubcontractor } from '../../flows/connexion/disclose-subcontractor.ts';

test.describe('connexion.disclose-subcontractor (seed 002)', () => {
  test('connexion.disclose-subcontractor: an EU discloses a delivery subcontractor with the signed disclosure', { tag: '@procedure' }, async ({ page, playwright, baseURL, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    await becomeContractSupplier(playwright, baseURL ?? '', control, users, MOMENTS.contractActive);
    const file = await simplePdf('subcontractor-disclosure.pdf', 'Subcontractor disclosure: Speedy Delivery Co.');

    const result = await discloseSubcontractor(page, {
      credentials: credentialsOf(users.find((u) => u.userId === 'eddie.eu')!), contract: 'R21-210001', subcontractorName: 'Speedy Delivery Co.',
      locationAddress: '12 Depot Road, Charlotte, NC 28202', services: ['Delivery and instruction on the use of items'], accreditation: 'Not applicable', file,
    });

    expect(result.listed).toContain('Speedy Delivery Co. (Delivery and instruction on the use of items) — subcontractor-disclosure.pdf, by eddie.eu');
    expect((await control.state()).uploads).toMatchObject([{ documentType: 'Subcontractor Disclosure', bidderNumber: '210001', certifiedBy: 'eddie.eu' }]);
  });
});
