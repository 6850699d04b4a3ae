import { test, expect } from '../../fixtures/test.ts';
import { PROCEDURES } from '../../flows/catalog.ts';
import { DEMO_WORLD } from '../../mock-portal/domain/demo.ts';
import { nameAt, procedureOf, runDrift } from './run-drift.ts';

/**
 * The state the procedures could change: everything but the traces of the sign-ins themselves, the e-mail they send
 * (their one-time codes) and each person's last sign-in (rule 8 counts the 60 days from it).
 */
const records = ({ mail: _mail, users, ...rest }: Record<string, unknown>) => ({
  ...rest,
  users: (users as Record<string, unknown>[]).map(({ lastSignInAt: _signedIn, ...user }) => user),
});

test.describe('npm run drift on the unmodified mock', () => {
  test('the whole catalog against a fresh demo world: every name it reaches is found, exit 0, and nothing in the portal changed', async ({ control, portalServer }, testInfo) => {
    test.setTimeout(900_000); // twenty-seven procedures, one after the other, most signing in
    await control.scenario(DEMO_WORLD);
    const before = records(await control.state());

    const run = await runDrift(['--target', portalServer.url], testInfo.outputPath('reports'));

    expect(run.code, run.stdout + run.stderr).toBe(0);
    const report = run.report!;
    expect(report.procedures.map((p) => p.id)).toEqual(PROCEDURES.map((p) => p.id));
    expect(report.summary).toMatchObject({ renamed: 0, missing: 0, failed: 0 });
    expect(report.summary.found).toBeGreaterThan(150);
    // Without --commit each stops at its committing step; those that need a contract (an accepted offer) first are not replayed.
    const needContract = ['connexion.view-contract', 'connexion.submit-form-c', 'connexion.request-location-change', 'connexion.request-contract-transfer', 'connexion.disclose-subcontractor'];
    for (const p of report.procedures) {
      expect([p.id, p.outcome]).toEqual([p.id, needContract.includes(p.id) ? 'skipped' : 'stopped']);
      for (const step of p.steps) for (const n of step.expected) if (n.status === 'not-reached') expect(n.note, `${p.id} step ${step.number} ${n.role} "${n.name}"`).toBeTruthy();
    }
    expect(procedureOf(run, 'idm.add-ptan')).toMatchObject({ outcome: 'stopped', stoppedBeforeStep: 11 });
    expect(nameAt(run, 'idm.add-ptan', 11, 'button', 'Submit Role Request')).toMatchObject({ status: 'found', pressed: false });
    expect(nameAt(run, 'idm.add-ptan', 12, 'link', 'My Requests')).toMatchObject({ status: 'not-reached', note: 'after the committing step: replay with --commit to check it' });
    expect(run.stdout).toMatch(/^Documented names: \d+ found, 0 renamed, 0 missing, \d+ not reached/m);

    // The clock was moved for the notices and offers, and put back; nothing was submitted, uploaded or removed.
    expect(records(await control.state())).toEqual(before);
  });

  test('--commit on a deployment of this mock: each procedure starts from a reset world, the names after the committing step are found too', async ({ control, portalServer }, testInfo) => {
    test.setTimeout(600_000);
    await control.scenario(DEMO_WORLD);

    const run = await runDrift(['--target', portalServer.url, '--commit', '--grep', 'idm.add-ptan,connexion.view-contract,dbids.certify-form-b'], testInfo.outputPath('reports'));

    expect(run.code, run.stdout + run.stderr).toBe(0);
    for (const id of ['idm.add-ptan', 'connexion.view-contract', 'dbids.certify-form-b']) {
      const p = procedureOf(run, id);
      expect([id, p.outcome]).toEqual([id, 'passed']);
      const notFound = p.steps.flatMap((s) => s.expected.filter((n) => n.status !== 'found').map((n) => `${s.number} ${n.note}`));
      // Only the alternative the account's role does not take stays unreached.
      expect(notFound.every((n) => /the alternative for/.test(n)), notFound.join('\n')).toBe(true);
    }
    expect(nameAt(run, 'idm.add-ptan', 12, 'link', 'My Requests').status).toBe('found');
    // The world is the demo world again afterwards: the request made by idm.add-ptan is gone.
    expect((await control.state()).requests).toEqual([]);
  });
});
