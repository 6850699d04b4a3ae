import { test, expect } from '../../fixtures/test.ts';
import { DEMO_WORLD } from '../../mock-portal/domain/demo.ts';
import { driftedPortal, type DriftedPortal, type Rewrites } from './drifted-portal.ts';
import { nameAt, procedureOf, runDrift } from './run-drift.ts';

/**
 * The deployment drifted from the documents: IDM's Review Request button is now "Review Role Request", the Reason
 * for Request dialog lost its Justification label, and Connexion's upload form lost "This file’s nickname is…".
 */
const DRIFT: Rewrites = [
  ['>Review Request</button>', '>Review Role Request</button>'],
  ['<label class="ds-c-label" for="field-justification">Justification</label>', ''],
  [/<label class="ds-c-label" for="field-nickname">[\s\S]*?<input[^>]*id="field-nickname"[^>]*>/, ''],
];

test.describe('npm run drift against a deployment that drifted', () => {
  let drifted: DriftedPortal | undefined;
  test.beforeEach(async ({ control, portalServer }) => {
    await control.scenario(DEMO_WORLD);
    drifted = await driftedPortal(portalServer.url, DRIFT);
  });
  test.afterEach(async () => drifted?.close());

  test('a renamed button is reported renamed, with its new name, at its procedure and step; exit 1', async ({}, testInfo) => {
    test.setTimeout(300_000);
    const run = await runDrift(['--target', drifted!.url, '--grep', 'idm.add-ptan'], testInfo.outputPath('reports'));

    expect(run.code, run.stdout + run.stderr).toBe(1);
    const review = nameAt(run, 'idm.add-ptan', 10, 'button', 'Review Request');
    expect(review).toMatchObject({ status: 'renamed', candidate: { role: 'button', name: 'Review Role Request' } });
    expect(review.candidate?.score).toBeGreaterThanOrEqual(0.7);
    expect(review.candidate?.reason).toMatch(/same role, same place/);
    expect(review.picture).toMatch(/\.png$/);
    expect(nameAt(run, 'idm.add-ptan', 9, 'button', 'Search').status).toBe('found');
    expect(nameAt(run, 'idm.add-ptan', 11, 'field', 'Justification').status).toBe('not-reached');
    expect(procedureOf(run, 'idm.add-ptan')).toMatchObject({ outcome: 'drifted', healed: false });
    expect(run.report?.summary).toMatchObject({ renamed: 1, missing: 0 });
    expect(run.stdout).toMatch(/Documented names: \d+ found, 1 renamed, 0 missing, \d+ not reached/);
    testInfo.annotations.push({ type: 'drift figures', description: JSON.stringify({ exit: run.code, ...run.report?.summary }) });
  });

  test('a removed field is reported missing at its procedure and step; exit 1', async ({}, testInfo) => {
    test.setTimeout(300_000);
    const run = await runDrift(['--target', drifted!.url, '--grep', 'connexion.upload-document'], testInfo.outputPath('reports'));

    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(nameAt(run, 'connexion.upload-document', 11, 'field', 'This file’s nickname is…').status).toBe('missing');
    expect(nameAt(run, 'connexion.upload-document', 10, 'field', 'This document includes…').status).toBe('found');
    expect(nameAt(run, 'connexion.upload-document', 13, 'button', 'Confirm & Upload').status).toBe('not-reached');
    expect(run.report?.summary).toMatchObject({ renamed: 0, missing: 1 });
    testInfo.annotations.push({ type: 'drift figures', description: JSON.stringify({ exit: run.code, ...run.report?.summary }) });
  });

  test('--heal goes on past the rename, marks the healed step, reports the drift after it, and does not pass', async ({}, testInfo) => {
    test.setTimeout(300_000);
    const run = await runDrift(['--target', drifted!.url, '--heal', '--grep', 'idm.add-ptan'], testInfo.outputPath('reports'));

    expect(run.code, run.stdout + run.stderr).toBe(1);
    const addPtan = procedureOf(run, 'idm.add-ptan');
    expect(addPtan).toMatchObject({ outcome: 'drifted', healed: true });
    expect(addPtan.steps.find((s) => s.number === 10)).toMatchObject({ healed: true, outcome: 'passed' });
    expect(nameAt(run, 'idm.add-ptan', 10, 'button', 'Review Request')).toMatchObject({ status: 'renamed', healed: true, candidate: { name: 'Review Role Request' } });
    expect(nameAt(run, 'idm.add-ptan', 10, 'dialog', 'Reason for Request').status).toBe('found');
    expect(nameAt(run, 'idm.add-ptan', 11, 'field', 'Justification').status).toBe('missing');
    expect(run.stdout).toMatch(/healed/);
  });
});
