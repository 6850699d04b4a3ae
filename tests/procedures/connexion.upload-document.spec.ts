import { pdfBytes, simplePdf } from '../../fixtures/files/make-files.ts';
import { test, expect } from '../../fixtures/test.ts';
import { uploadDocument } from '../../flows/connexion/upload-document.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001'], authorizedOfficials: ['jane.ao'], bidderNumbers: ['210001', '210002'] };

test.describe('connexion.upload-document (seed 004)', () => {
  test('connexion.upload-document: an AO uploads a financial document with a nickname', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] }],
    });
    const file = await simplePdf('balance-sheet.pdf', 'Balance Sheet — Acme Medical Supply LLC');

    const result = await uploadDocument(page, {
      credentials: credentialsOf(users[0]!),
      bidderNumber: '210002',
      documentType: 'Financial Documents',
      description: 'Balance Sheet',
      nickname: 'Balance sheet FY2018',
      file,
    });

    expect(result.message).toBe('Your file was uploaded successfully.');
    expect(result.toDoList.join('\n')).toContain('Bidder number 210002');
    expect(result.history).toMatchObject({ File: 'balance-sheet.pdf', Nickname: 'Balance sheet FY2018', 'Bid Cycle': 'Round 2021', CBA: '—', Status: 'Received' });
    const { uploads } = await control.state();
    expect(uploads).toEqual([expect.objectContaining({ id: result.uploadId, userId: 'jane.ao', bidderNumber: '210002', certifiedBy: 'jane.ao' })]);
  });

  test('connexion.upload-document: an end user uploads a bid surety bond for its CBA', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [{ userId: 'eve.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU' }] }],
    });

    const result = await uploadDocument(page, {
      credentials: credentialsOf(users[0]!),
      bidderNumber: '210001',
      documentType: 'Bid Surety Bond',
      description: 'Bid Surety Bond (Entire Document)',
      cba: '12580-MD',
      file: { name: 'surety-bond-baltimore.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await pdfBytes('Bid surety bond — Baltimore-Columbia-Towson, MD')) },
    });

    expect(result.history).toMatchObject({ File: 'surety-bond-baltimore.pdf', Nickname: '—', CBA: '12580-MD', Status: 'Received' });
  });

  test('connexion.upload-document: a BAO uploads two documents in one visit, both in My Upload History', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [{ ...acme, authorizedOfficials: ['jane.ao', 'bob.bao'] }],
      users: [{ userId: 'bob.bao', organization: 'acme', roles: [{ application: 'Connexion', role: 'BAO' }] }],
    });
    const credentials = credentialsOf(users[0]!);
    const pdf = async (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(await pdfBytes(name)) });

    const first = await uploadDocument(page, { credentials, bidderNumber: '210001', documentType: 'Financial Documents', description: 'Income Statement', file: await pdf('income-statement.pdf') });
    const second = await uploadDocument(page, { credentials, bidderNumber: '210001', documentType: 'Financial Documents', description: 'Tax Return Extract', file: await pdf('tax-return-extract.pdf') });

    expect(second.uploadId).not.toBe(first.uploadId);
    const bidder210001 = second.toDoList.find((item) => item.startsWith('Bidder number 210001'));
    expect(bidder210001).toContain('Not yet received: Balance Sheet, Statement of Cash Flows, Tax Return Extract,');
    await expect(page.getByRole('row').filter({ hasText: 'income-statement.pdf' })).toHaveCount(1);
    await expect(page.getByRole('row').filter({ hasText: 'tax-return-extract.pdf' })).toHaveCount(1);
  });
});
