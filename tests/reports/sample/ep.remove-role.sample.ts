// A stand-in procedure test for the pipeline's own test (tests/reports/pipeline.spec.ts): it replays every
// documented step of ep.remove-role on a page it draws itself (sample-replay.ts). Not a *.spec.ts file: `npm test`
// does not run it directly.
import { test } from '../../../fixtures/test.ts';
import { ProcedureRun } from '../../../flows/step.ts';
import { replaySample } from './sample-replay.ts';

test.use({ baseURL: 'http://localhost/' });

test('ep.remove-role: a sample replay removes a role', { tag: '@procedure' }, async ({ page }) => {
  await replaySample(new ProcedureRun(page, 'ep.remove-role'));
});

test('ep.remove-role: a sample variant <changes> a role', { tag: '@procedure' }, async ({ page }) => {
  await replaySample(new ProcedureRun(page, 'ep.remove-role'));
});
