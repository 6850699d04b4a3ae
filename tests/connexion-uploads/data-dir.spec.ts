import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../../fixtures/test.ts';
import { PortalControl } from '../../fixtures/control.ts';
import { startPortal } from '../../fixtures/portal-server.ts';
import { simplePdf } from '../../fixtures/files/make-files.ts';
import { ConnexionSession, validFields } from './connexion-http.ts';

/** Issue 5: with --data-dir given, uploads and their history survive a restart of the server. */
test('uploads and their history survive a restart with --data-dir', async ({ playwright }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cbp-data-dir-'));
  const jane = { userId: 'jane.ao', password: 'Correct-Horse-Battery-9', email: 'jane.ao@example.test' };
  const pdf = await simplePdf('restart-balance-sheet.pdf', 'Balance Sheet — kept across a restart');
  try {
    const first = await startPortal(['--data-dir', dataDir]);
    const api = await playwright.request.newContext({ baseURL: first.url });
    const control = new PortalControl(api, first.url);
    await control.scenario({
      organizations: [{ id: 'acme', ptans: ['1234560001'], bidderNumbers: ['210001'] }],
      users: [{ ...jane, organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] }],
    });
    const session = await ConnexionSession.logIn(api, control, jane);
    const upload = await session.upload({ ...validFields('jane.ao'), nickname: 'Kept', file: { name: 'restart-balance-sheet.pdf', mimeType: 'application/pdf', buffer: readFileSync(pdf) } });
    expect(upload.status(), await upload.text()).toBe(200);
    const before = await control.state();
    expect(before.uploads).toHaveLength(1);
    await api.dispose();
    await first.stop();

    const second = await startPortal(['--data-dir', dataDir]);
    const api2 = await playwright.request.newContext({ baseURL: second.url });
    const control2 = new PortalControl(api2, second.url);
    const after = await control2.state();
    expect(after.uploads).toEqual(before.uploads);
    expect(after.users.map((u) => u.userId)).toEqual(['jane.ao']);
    expect(after.now).toBe(before.now);
    const session2 = await ConnexionSession.logIn(api2, control2, jane);
    const history = await session2.page('/connexion/documents/history');
    expect(history.text).toContain('Kept');
    expect(history.text).toContain('restart-balance-sheet.pdf');
    await api2.dispose();
    await second.stop();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
