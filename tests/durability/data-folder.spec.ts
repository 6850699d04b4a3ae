import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { PortalControl } from '../../fixtures/control.ts';
import { startPortal } from '../../fixtures/portal-server.ts';
import { simplePdf } from '../../fixtures/files/make-files.ts';
import { ConnexionSession, validFields } from '../connexion-uploads/connexion-http.ts';

/** Issue 13: the data folder holds only what the records refer to, whatever a crash left behind. */
const jane = { userId: 'jane.ao', password: 'Correct-Horse-Battery-9', email: 'jane.ao@example.test' };
const world = {
  organizations: [{ id: 'acme', ptans: ['1234560001'], bidderNumbers: ['210001'] }],
  users: [{ ...jane, organization: 'acme', roles: [{ application: 'Connexion' as const, role: 'AO' as const }] }],
};

test.describe('the data folder', () => {
  let dataDir = '';
  test.beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cbp-data-folder-'));
  });
  test.afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  test('at start, files a crash left half-done are removed and the uploads the records refer to stay whole', async ({ playwright }) => {
    const pdf = readFileSync(await simplePdf('kept-at-start.pdf', 'Balance Sheet — kept at start'));
    const first = await startPortal(['--data-dir', dataDir]);
    const api = await playwright.request.newContext({ baseURL: first.url });
    const control = new PortalControl(api, first.url);
    await control.scenario(world);
    const session = await ConnexionSession.logIn(api, control, jane);
    const upload = await session.upload({ ...validFields(jane.userId), nickname: 'Kept', file: { name: 'kept-at-start.pdf', mimeType: 'application/pdf', buffer: pdf } });
    expect(upload.status(), await upload.text()).toBe(200);
    const [kept] = (await control.state()).uploads;
    await api.dispose();
    await first.crash();

    const uploads = join(dataDir, 'uploads');
    const leftovers = ['.incoming-0f.pdf.5d2e.part', 'incoming-7c1a.pdf', '9999999999.pdf'];
    for (const name of leftovers) writeFileSync(join(uploads, name), 'half');
    writeFileSync(join(dataDir, 'state.json.4242.tmp'), '{"format":1');

    const second = await startPortal(['--data-dir', dataDir]);
    const api2 = await playwright.request.newContext({ baseURL: second.url });
    expect((await new PortalControl(api2, second.url).state()).uploads).toEqual([kept]);
    expect(readdirSync(uploads)).toEqual([`${kept?.id}.pdf`]);
    expect(createHash('sha256').update(readFileSync(join(uploads, `${kept?.id}.pdf`))).digest('hex')).toBe(kept?.sha256);
    expect(existsSync(join(dataDir, 'state.json.4242.tmp'))).toBe(false);
    await api2.dispose();
    await second.stop();
  });

  test('a reset acknowledged with 204 has deleted the files of the uploads it forgot', async ({ playwright }) => {
    const pdf = readFileSync(await simplePdf('forgotten-by-reset.pdf', 'Balance Sheet — forgotten by a reset'));
    const portal = await startPortal(['--data-dir', dataDir]);
    const api = await playwright.request.newContext({ baseURL: portal.url });
    const control = new PortalControl(api, portal.url);
    await control.scenario(world);
    const session = await ConnexionSession.logIn(api, control, jane);
    expect((await session.upload({ ...validFields(jane.userId), file: { name: 'forgotten-by-reset.pdf', mimeType: 'application/pdf', buffer: pdf } })).status()).toBe(200);
    expect(readdirSync(join(dataDir, 'uploads'))).toHaveLength(1);
    await control.reset();
    expect(readdirSync(join(dataDir, 'uploads'))).toEqual([]);
    await api.dispose();
    await portal.crash();

    const again = await startPortal(['--data-dir', dataDir]);
    const api2 = await playwright.request.newContext({ baseURL: again.url });
    const state = await new PortalControl(api2, again.url).state();
    expect(state.uploads).toEqual([]);
    expect(state.users).toEqual([]);
    await api2.dispose();
    await again.stop();
  });

  test("an earlier version's state.json is carried over into the database", async ({ playwright }) => {
    const organization = { id: 'old-org', legalBusinessName: 'Old Org LLC', ptans: ['1234560009'], inactivePtans: [], authorizedOfficials: [], bidderNumbers: [], address: { street: '1 Main St', city: 'Columbia', state: 'SC', zip: '29201' } };
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'state.json'), JSON.stringify({ format: 1, now: '2020-01-02T03:04:05.000Z', randomState: 77, fields: { organizations: { __map__: [['old-org', organization]] } } }));
    const portal = await startPortal(['--data-dir', dataDir]);
    const api = await playwright.request.newContext({ baseURL: portal.url });
    const state = await new PortalControl(api, portal.url).state();
    expect(state.organizations).toEqual([organization]);
    expect(state.now).toBe('2020-01-02T03:04:05.000Z');
    expect(existsSync(join(dataDir, 'state.json'))).toBe(false);
    expect(existsSync(join(dataDir, 'state.json.carried-over'))).toBe(true);
    await api.dispose();
    await portal.stop();
  });
});
