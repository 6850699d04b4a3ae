import { createReadStream } from 'node:fs';
import { emptyFile, encryptedPdf, make49MiBPdf, make51MiBPdf, pdfBytes, zipNamedPdf } from '../../fixtures/files/make-files.ts';
import { test, expect } from '../../fixtures/test.ts';
import { ConnexionSession, textOf, validFields, type FilePart } from './connexion-http.ts';

const PASSWORD = 'Correct-Horse-Battery-9';
const TRY_AGAIN = 'Please attempt to upload the document again. If problems persist or you have any questions, please contact the CBIC customer service center at 877-577-5331 for assistance.';

const pdf = async (name = 'balance-sheet.pdf'): Promise<FilePart> => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(await pdfBytes(`Test document ${name}`)) });
const fileFrom = (name: string, buffer: Buffer): FilePart => ({ name, mimeType: 'application/pdf', buffer });

test.describe('Connexion Upload a Document: every rule is checked on the server (seed 004)', () => {
  let cx: ConnexionSession;

  test.beforeEach(async ({ control, playwright, baseURL }) => {
    await control.scenario({
      organizations: [
        { id: 'acme', ptans: ['1234560001'], authorizedOfficials: ['jane.ao'], bidderNumbers: ['210001', '210002'] },
        { id: 'summit', ptans: ['9876540001'], authorizedOfficials: ['sam.ao'], bidderNumbers: ['219001'] },
      ],
      users: [
        { userId: 'jane.ao', password: PASSWORD, email: 'jane.ao@example.test', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'sam.ao', password: PASSWORD, email: 'sam.ao@example.test', organization: 'summit', roles: [{ application: 'Connexion', role: 'AO' }] },
      ],
    });
    cx = await ConnexionSession.open(playwright, baseURL, control, { userId: 'jane.ao', password: PASSWORD, email: 'jane.ao@example.test' });
  });

  test.afterEach(async () => {
    await cx.api.dispose();
  });

  const expectRefused = async (response: Awaited<ReturnType<ConnexionSession['upload']>>, ...messages: string[]) => {
    const text = textOf(await response.text());
    expect(response.status(), text).toBe(400);
    expect(text).toContain('Your upload failed.');
    for (const m of messages) expect(text).toContain(m);
    expect(text).toContain(TRY_AGAIN);
  };

  test('a valid upload is stored and shown as uploaded successfully', async ({ control }) => {
    const response = await cx.upload({ ...validFields('jane.ao'), file: await pdf() });
    expect(response.url()).toContain('/connexion/documents/upload/complete');
    expect(textOf(await response.text())).toContain('Your file was uploaded successfully.');
    expect((await control.state()).uploads).toHaveLength(1);
  });

  test('an empty form: bidder number, type, file, description and certification are each asked for; nothing stored', async ({ control }) => {
    const response = await cx.upload({ bidCycle: 'Round 2021' });
    await expectRefused(
      response,
      'Select your bidder number from the Bidder Number drop down box.',
      'Under I am uploading…, select the type of document that you are uploading.',
      'Under Select my file…, click Browse for file and choose the PDF file to upload.',
      'Under This document includes…, select a description of the document.',
      'Under Certification Statement & Signature, enter your CMS IDM System user ID',
    );
    expect((await control.state()).uploads).toEqual([]);
  });

  test("another organization's bidder number is refused", async ({ control }) => {
    await expectRefused(await cx.upload({ ...validFields('jane.ao', '219001'), file: await pdf() }), "Bidder number 219001 is not one of your organization's bidder numbers.");
    expect((await control.state()).uploads).toEqual([]);
  });

  test('the bid cycle is Round 2021 only', async () => {
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), bidCycle: 'Round 2024', file: await pdf() }), 'Connexion takes uploads for the Round 2021 bid cycle only.');
  });

  test('an unknown document type, and a description that does not belong to the type, are refused', async () => {
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), documentType: 'Love Letter', file: await pdf() }), '"Love Letter" is not a type of document Connexion takes.');
    await expectRefused(
      await cx.upload({ ...validFields('jane.ao'), description: 'Entire Document', file: await pdf() }),
      '"Entire Document" is not a description of a Financial Documents document.',
    );
  });

  test('a bid surety bond needs its CBA; other documents take none; an unknown CBA is refused', async ({ control }) => {
    const bond = { ...validFields('jane.ao'), documentType: 'Bid Surety Bond', description: 'Bid Surety Bond (Entire Document)' };
    await expectRefused(await cx.upload({ ...bond, file: await pdf('bond.pdf') }), 'You are uploading a bid surety bond: choose the corresponding competitive bidding area (CBA) from Please select a CBA.');
    await expectRefused(await cx.upload({ ...bond, cba: '99999-XX', file: await pdf('bond.pdf') }), '"99999-XX" is not a Round 2021 competitive bidding area.');
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), cba: '12580-MD', file: await pdf() }), 'A CBA is chosen only for a bid surety bond.');
    expect((await control.state()).uploads).toEqual([]);
    const accepted = await cx.upload({ ...bond, cba: '12580-MD', file: await pdf('bond.pdf') });
    expect(accepted.status()).toBe(200);
    expect((await control.state()).uploads).toEqual([expect.objectContaining({ documentType: 'Bid Surety Bond', cba: '12580-MD' })]);
  });

  test('files that are not PDFs, empty, damaged or password protected are refused and not kept', async ({ control }) => {
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), file: createReadStream(await zipNamedPdf()) }), 'The file is not a PDF.');
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), file: fileFrom('notes.txt', Buffer.from('Balance sheet, in plain text')) }), 'The file is not a PDF.');
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), file: createReadStream(await emptyFile()) }), 'The file is empty.');
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), file: fileFrom('cut.pdf', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\n')) }), 'The file is damaged or incomplete');
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), file: createReadStream(await encryptedPdf()) }), 'The file is password protected.');
    expect((await control.state()).uploads).toEqual([]);
  });

  test('the file must be under 50 MB: 51 MiB is refused, 49 MiB is accepted', async ({ control }) => {
    test.setTimeout(120_000);
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), file: createReadStream(await make51MiBPdf()) }), 'The file must be under 50 MB');
    expect((await control.state()).uploads).toEqual([]);
    const accepted = await cx.upload({ ...validFields('jane.ao'), file: createReadStream(await make49MiBPdf()) });
    expect(accepted.status()).toBe(200);
    expect((await control.state()).uploads).toEqual([expect.objectContaining({ size: 49 * 1024 * 1024 })]);
    await control.reset(); // forgets the upload and deletes the stored 49 MiB copy
    expect((await control.state()).uploads).toEqual([]);
  });

  test('the certification must be signed with the logged-in user ID (any letter case)', async ({ control }) => {
    await expectRefused(
      await cx.upload({ ...validFields('jane.ao'), certification: 'sam.ao', file: await pdf() }),
      'The user ID under Certification Statement & Signature is not the CMS IDM System user ID you logged in with.',
    );
    expect((await control.state()).uploads).toEqual([]);
    expect((await cx.upload({ ...validFields('jane.ao'), certification: ' JANE.AO ', file: await pdf() })).status()).toBe(200);
  });

  test('the nickname is optional but limited to 100 printable characters', async ({ control }) => {
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), nickname: 'x'.repeat(101), file: await pdf() }), 'The nickname is 101 characters long.');
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), nickname: 'tab\there', file: await pdf() }), 'The nickname contains characters that cannot be shown');
    expect((await cx.upload({ ...validFields('jane.ao'), nickname: 'x'.repeat(100), file: await pdf() })).status()).toBe(200);
    expect((await control.state()).uploads).toHaveLength(1);
  });

  test('after the bid window closes (8:59:59 p.m. ET, 18 Sep 2019) bid documents are refused, other documents are not', async ({ control, playwright, baseURL }) => {
    await control.setClock('2019-09-18T20:59:00-04:00');
    await cx.api.dispose();
    cx = await ConnexionSession.open(playwright, baseURL, control, { userId: 'jane.ao', password: PASSWORD, email: 'jane.ao@example.test' });
    expect((await cx.upload({ ...validFields('jane.ao'), file: await pdf() })).status()).toBe(200);
    await control.advanceMinutes(1);
    await expectRefused(await cx.upload({ ...validFields('jane.ao'), file: await pdf() }), 'The Round 2021 bid window closed at 8:59:59 p.m. prevailing Eastern Time on September 18, 2019.');
    const other = await cx.upload({ ...validFields('jane.ao'), documentType: 'Other', description: 'Entire Document', file: await pdf('letter.pdf') });
    expect(other.status()).toBe(200);
    expect((await control.state()).uploads.map((u) => u.documentType)).toEqual(['Financial Documents', 'Other']);
  });

  test('an end user may not upload transfer, location-change or breach-of-contract documents (User Role Table); an AO may', async ({ control, playwright, baseURL }) => {
    await control.scenario({ users: [{ userId: 'eve.eu', password: PASSWORD, email: 'eve.eu@example.test', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU' }] }] });
    const eve = await ConnexionSession.open(playwright, baseURL, control, { userId: 'eve.eu', password: PASSWORD, email: 'eve.eu@example.test' });
    const form = textOf((await eve.page('/connexion/documents/upload')).text);
    expect(form).toContain('Subcontractor Disclosure');
    for (const documentType of ['Contract Transfer/CHOW Documentation', 'Change of Location Documentation', 'Response to Breach of Contract Notice']) {
      expect(form).not.toContain(documentType);
      const refused = await eve.upload({ ...validFields('eve.eu'), documentType, description: 'Entire Document', file: await pdf('chow.pdf') });
      await expectRefused(refused, 'requires the AO or BAO role in Connexion; your role is EU.');
    }
    await eve.api.dispose();
    expect((await control.state()).uploads).toEqual([]);
    const byAo = await cx.upload({ ...validFields('jane.ao'), documentType: 'Change of Location Documentation', description: 'Entire Document', file: await pdf('location.pdf') });
    expect(byAo.status()).toBe(200);
  });

  test('a failure while storing shows the failure message and keeps nothing; the next attempt succeeds', async ({ control }) => {
    await control.fault('connexion.upload', 1);
    const failed = await cx.upload({ ...validFields('jane.ao'), file: await pdf() });
    expect(failed.status()).toBe(503);
    const text = textOf(await failed.text());
    expect(text).toContain('Your upload failed.');
    expect(text).toContain(TRY_AGAIN);
    expect((await control.state()).uploads).toEqual([]);
    expect((await cx.upload({ ...validFields('jane.ao'), file: await pdf() })).status()).toBe(200);
  });

  test('an upload without the form token is refused before anything is read or kept', async ({ control }) => {
    const response = await cx.upload({ ...validFields('jane.ao'), file: await pdf() }, 'not-the-token');
    expect(response.status()).toBe(403);
    expect((await control.state()).uploads).toEqual([]);
  });

  test('a form carrying more than the form asks for (extra fields, a second file) is refused clearly and keeps nothing', async ({ control }) => {
    const extra = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`extra${i}`, 'x']));
    const tooManyFields = await cx.upload({ ...validFields('jane.ao'), ...extra, file: await pdf() });
    expect(tooManyFields.status()).toBe(400);
    expect(textOf(await tooManyFields.text())).toContain('The form sent more than Upload a Document asks for.');
    const twoFiles = await cx.upload({ ...validFields('jane.ao'), file: await pdf('one.pdf'), file2: await pdf('two.pdf') });
    expect(twoFiles.status()).toBe(400);
    expect((await control.state()).uploads).toEqual([]);
  });

  test('a form that is not a file upload gets a clear message, not a crash', async () => {
    const response = await cx.api.post(`/connexion/documents/upload?_csrf=${encodeURIComponent(await cx.token())}`, { form: validFields('jane.ao') });
    expect(response.status()).toBe(400);
    expect(textOf(await response.text())).toContain('The form did not arrive as a file upload.');
  });
});
