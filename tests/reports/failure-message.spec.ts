import { test, expect } from '../../fixtures/test.ts';
import { ACTION_TIMEOUT_MS } from '../../flows/names.ts';
import { addPtan } from '../../flows/idm/add-ptan.ts';
import { buildMatrix } from '../../scripts/reports/traceability.ts';
import { matrixHtml } from '../../scripts/reports/traceability-page.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao'] };

test.describe('a step whose element is not there', () => {
  test('fails within the action time-out, naming the documented step, the role and name looked for, and the page', async ({ page, control, credentialsOf }) => {
    expect(test.info().project.use.actionTimeout).toBe(ACTION_TIMEOUT_MS);
    expect(ACTION_TIMEOUT_MS).toBeLessThanOrEqual(15_000);
    const { users } = await control.scenario({
      organizations: [acme],
      users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] }, { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001'] }] }],
    });
    // The portal renamed the button: the page says "Review Role Request" where seed 001 says "Review Request".
    await page.route('**/idm/**', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('>Review Request</button>', '>Review Role Request</button>') });
    });

    const failure = await addPtan(page, { credentials: credentialsOf(users[1]!), application: 'Connexion', ptans: ['1234560002'], justification: 'x' }).then(() => undefined, (e: Error) => e);

    expect(failure?.message.split('\n')[0]).toMatch(/^step 10 "Review the role request…": no button named "Review Request" in dialog named "Add Role" on \/idm\/\S+$/);
    expect(failure?.message).toContain('Documented step 10: Review the role request information and click the Review Request button. The Reason for Request dialog box appears.');
  });

  test('the traceability page shows why the step failed', () => {
    const error = 'step 10 "Review the role request…": no button named "Review Request" on /idm/roles/Connexion/add';
    const matrix = buildMatrix({
      startedAt: new Date(0).toISOString(), durationMs: 1, status: 'failed',
      tests: [{ procedureId: 'idm.add-ptan', title: 'idm.add-ptan: a replay', file: 'tests/procedures/idm.add-ptan.spec.ts', line: 1, status: 'failed', ok: false, durationMs: 1, performed: [1, 2], steps: [{ number: 10, title: '10. …', status: 'failed', durationMs: 1, error }] }],
    });
    expect(matrixHtml(matrix)).toContain('step 10 &quot;Review the role request…&quot;: no button named &quot;Review Request&quot; on /idm/roles/Connexion/add');
  });
});
