// One of three stand-in procedure tests for the tests of partial, parallel and sharded runs
// (tests/reports/partial-runs.spec.ts, shards.spec.ts): every documented step of idm.remove-role on a drawn page.
import { test } from '../../../fixtures/test.ts';
import { ProcedureRun } from '../../../flows/step.ts';
import { replaySample } from '../sample/sample-replay.ts';

test.use({ baseURL: 'http://localhost/' });

test('idm.remove-role: a sample replay', { tag: '@procedure' }, async ({ page }) => {
  await replaySample(new ProcedureRun(page, 'idm.remove-role'));
});
