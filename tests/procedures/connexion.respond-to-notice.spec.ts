import { test, expect } from '../../fixtures/test.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { simplePdf } from '../../fixtures/files/make-files.ts';
import { respondToNotice } from '../../flows/connexion/respond-to-notice.ts';

test.describe('connexion.respond-to-notice (seed 002)', () => {
  test('connexion.respond-to-notice: an EU answers the Bona Fide Bid notice from My To-Do List by uploading a PDF', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario(biddingWorld);
    await control.setClock(MOMENTS.bfbOpen);
    const file = await simplePdf('bona-fide-bid-invoices.pdf', 'Invoices substantiating the bid amounts');

    const result = await respondToNotice(page, { credentials: credentialsOf(users.find((u) => u.userId === 'eddie.eu')!), notice: 'Bona Fide Bid Notice', bidderNumber: '210001', file });

    expect(result.dueDate).toBe('November 14, 2019 at 8:59:59 p.m. prevailing Eastern Time');
    expect(result.response).toContain('bona-fide-bid-invoices.pdf, uploaded by eddie.eu');
    const state = await control.state();
    expect(state.noticeResponses).toMatchObject([{ noticeId: 'BFB-210001', organizationId: 'acme', fileName: 'bona-fide-bid-invoices.pdf', saved: { by: 'eddie.eu' } }]);
    expect(state.uploads).toMatchObject([{ bidderNumber: '210001', documentType: 'Response to Bona Fide Bid (Notice to Substantiate) Notice', certifiedBy: 'eddie.eu' }]);
    await expect(page.getByRole('complementary', { name: 'My To-Do List' }).getByRole('link', { name: /^Bona Fide Bid Notice/ })).toHaveCount(0);
  });
});
