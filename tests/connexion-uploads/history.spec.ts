import type { APIRequest } from '@playwright/test';
import type { PortalControl } from '../../fixtures/control.ts';
import { pdfBytes } from '../../fixtures/files/make-files.ts';
import { test, expect } from '../../fixtures/test.ts';
import { ConnexionSession, textOf, validFields, type FilePart } from './connexion-http.ts';

const PASSWORD = 'Correct-Horse-Battery-9';
const pdf = async (name: string): Promise<FilePart> => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(await pdfBytes(name)) });

test.describe('My Upload History and My To-Do List (seed 004)', () => {
  test.beforeEach(async ({ control }) => {
    await control.scenario({
      organizations: [{ id: 'acme', ptans: ['1234560001'], authorizedOfficials: ['jane.ao'], bidderNumbers: ['210001', '210002'] }],
      users: [
        { userId: 'jane.ao', password: PASSWORD, email: 'jane.ao@example.test', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eve.eu', password: PASSWORD, email: 'eve.eu@example.test', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU' }] },
      ],
    });
  });

  const logIn = (playwright: { request: APIRequest }, baseURL: string | undefined, control: PortalControl, userId: string) =>
    ConnexionSession.open(playwright, baseURL, control, { userId, password: PASSWORD, email: `${userId}@example.test` });

  test("the history lists the organization's uploads with their uploader, never another organization's; receipt is confirmed, never validity", async ({ control, playwright, baseURL }) => {
    await control.scenario({
      organizations: [{ id: 'summit', ptans: ['9876540001'], bidderNumbers: ['219001'] }],
      users: [{ userId: 'sam.ao', password: PASSWORD, email: 'sam.ao@example.test', organization: 'summit', roles: [{ application: 'Connexion', role: 'AO' }] }],
    });
    const jane = await logIn(playwright, baseURL, control, 'jane.ao');
    const eve = await logIn(playwright, baseURL, control, 'eve.eu');
    const sam = await logIn(playwright, baseURL, control, 'sam.ao');
    expect((await jane.upload({ ...validFields('jane.ao'), nickname: 'Jane balance sheet', file: await pdf('jane-balance-sheet.pdf') })).status()).toBe(200);
    expect((await eve.upload({ ...validFields('eve.eu'), description: 'Income Statement', file: await pdf('eve-income.pdf') })).status()).toBe(200);
    expect((await sam.upload({ ...validFields('sam.ao', '219001'), file: await pdf('summit-balance.pdf') })).status()).toBe(200);

    for (const session of [jane, eve]) {
      const history = textOf((await session.page('/connexion/documents/history')).text);
      expect(history).toContain('jane-balance-sheet.pdf');
      expect(history).toContain('Jane balance sheet');
      expect(history).toContain('eve-income.pdf');
      expect(history).toMatch(/eve-income\.pdf.*eve\.eu/s);
      expect(history).not.toContain('summit-balance.pdf');
      expect(history).toContain('It confirms receipt of your documents; it does not confirm the accuracy or completeness of your documents.');
      expect(history).toContain('Received');
      expect(history).not.toMatch(/validated|verified|accepted/i);
    }
    const samHistory = textOf((await sam.page('/connexion/documents/history')).text);
    expect(samHistory).toContain('summit-balance.pdf');
    expect(samHistory).not.toContain('jane-balance-sheet.pdf');

    // The confirmation page shows the person's own last upload only: Eve's session cannot show Jane's.
    expect(textOf((await eve.page('/connexion/documents/upload/complete')).text)).not.toContain('jane-balance-sheet.pdf');
    for (const s of [jane, eve, sam]) await s.api.dispose();
  });

  test('a person with no uploads is told so', async ({ control, playwright, baseURL }) => {
    const eve = await logIn(playwright, baseURL, control, 'eve.eu');
    expect(textOf((await eve.page('/connexion/documents/history')).text)).toContain('No one of your organization has uploaded any documents yet.');
    await eve.api.dispose();
  });

  test("My To-Do List asks for each bidder number's financial documents until all five are in, and not after the window closes", async ({ control, playwright, baseURL }) => {
    const jane = await logIn(playwright, baseURL, control, 'jane.ao');
    const eve = await logIn(playwright, baseURL, control, 'eve.eu');
    const toDo = async () => textOf((await jane.page('/connexion/dashboard')).text).split('My To-Do List')[1] ?? '';
    expect(await toDo()).toContain('Bidder number 210001: upload your required financial documents by 8:59:59 p.m. prevailing Eastern Time on September 18, 2019.');

    const five = ['Balance Sheet', 'Income Statement', 'Statement of Cash Flows', 'Tax Return Extract', 'Credit Report with Numerical Credit Score'];
    for (const [i, description] of five.entries()) {
      const who = i % 2 ? eve : jane; // anyone of the organization may upload them
      const userId = i % 2 ? 'eve.eu' : 'jane.ao';
      expect((await who.upload({ ...validFields(userId), description, file: await pdf(`${i}.pdf`) })).status()).toBe(200);
      if (i === 3) expect(await toDo()).toContain('Not yet received: Credit Report with Numerical Credit Score.');
    }
    expect(await toDo()).not.toContain('Bidder number 210001');
    expect(await toDo()).toContain('Bidder number 210002');

    await control.setClock('2019-09-19T01:00:00Z');
    const late = await logIn(playwright, baseURL, control, 'jane.ao');
    expect(textOf((await late.page('/connexion/dashboard')).text)).toContain('You have no action items at this time.');
    for (const s of [jane, eve, late]) await s.api.dispose();
  });
});
