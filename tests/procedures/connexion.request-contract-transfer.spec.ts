import { test, expect } from '../../fixtures/test.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { becomeContractSupplier } from '../../fixtures/contract-supplier.ts';
import { simplePdf } from '../../fixtures/files/make-files.ts';
import { requestContractTransfer } from '../../flows/connexion/request-contract-transfer.ts';

test.describe('connexion.request-contract-transfer (seed 002)', () => {
  test('connexion.request-contract-transfer: the AO requests a full transfer 90 days ahead with the CHOW cover letter', { tag: '@procedure' }, async ({ page, playwright, baseURL, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    await becomeContractSupplier(playwright, baseURL ?? '', control, users, MOMENTS.contractActive);
    const file = await simplePdf('chow-cover-letter.pdf', 'Cover letter describing the change of ownership');

    const result = await requestContractTransfer(page, {
      credentials: credentialsOf(users.find((u) => u.userId === 'jane.ao')!), contract: 'R21-210001', type: 'Full', chowDate: '2021-05-03',
      successorName: 'Initech Home Medical LLC', successorTin: '98-7654321', file,
    });

    expect(result.requestNumber).toMatch(/^CT-\d{6}$/);
    expect(result.documents).toEqual([expect.stringMatching(/^chow-cover-letter\.pdf, uploaded by jane\.ao on /)]);
    expect((await control.state()).maintenance.transfers).toMatchObject([{ id: result.requestNumber, type: 'Full', chowDate: '2021-05-03', successorTin: '98-7654321' }]);
  });
});
