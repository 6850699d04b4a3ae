// The stand-in replay of the pipeline's own tests (tests/reports/pipeline.spec.ts, partial-runs.spec.ts,
// shards.spec.ts): every documented step of a procedure on a page it draws itself, so `npm run flows` can be
// checked end to end quickly and without depending on any real flow.
import { existsSync } from 'node:fs';
import { expect, test } from '../../../fixtures/test.ts';
import type { ProcedureRun } from '../../../flows/step.ts';

/**
 * CBP_SAMPLE_FAIL_AT=n makes step n fail (`id#n`: only in that procedure). CBP_SAMPLE_HOLD=FILE makes step 1
 * wait until FILE exists, so a test can act while a run is certainly going on.
 */
export async function replaySample(run: ProcedureRun): Promise<void> {
  const { page, procedure } = run;
  const [failId, failStep] = (process.env.CBP_SAMPLE_FAIL_AT ?? '').includes('#') ? (process.env.CBP_SAMPLE_FAIL_AT ?? '').split('#') : [procedure.id, process.env.CBP_SAMPLE_FAIL_AT];
  const failAt = failId === procedure.id ? Number(failStep ?? 0) : 0;
  const hold = process.env.CBP_SAMPLE_HOLD;
  if (hold) test.info().setTimeout(300_000); // held for as long as the test that holds it needs, within bounds
  for (const step of procedure.steps) {
    await run.step(step.number, async (s) => {
      if (hold && step.number === 1) await expect.poll(() => existsSync(hold), { message: `waiting for ${hold}`, timeout: 280_000 }).toBe(true);
      await page.setContent(`<main style="font: 20px sans-serif; padding: 2rem"><h1>Sample page ${step.number}</h1><p>${step.text.replace(/</g, '&lt;')}</p><button>Do step ${step.number}</button></main>`);
      const button = page.getByRole('button', { name: `Do step ${step.number}` });
      await s.target(button);
      await button.click();
      await expect(button).toBeVisible();
      if (step.number === failAt) await expect(page.getByRole('heading', { name: 'A heading the sample never draws' }), 'sample failure').toBeVisible({ timeout: 100 });
    });
  }
}
