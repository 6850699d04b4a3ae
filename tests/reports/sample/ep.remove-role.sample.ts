// A stand-in procedure test for the pipeline's own test (tests/reports/pipeline.spec.ts): it replays every
// documented step of ep.remove-role on a page it draws itself, so `npm run flows` can be checked end to end
// without depending on any real flow. Not a *.spec.ts file: `npm test` does not run it directly.
import { test, expect } from '../../../fixtures/test.ts';
import { procedure } from '../../../flows/catalog.ts';
import { ProcedureRun } from '../../../flows/step.ts';

test.use({ baseURL: 'http://localhost/' });

const removeRole = procedure('ep.remove-role');
// The pipeline's test also checks a failing run: CBP_SAMPLE_FAIL_AT=n makes step n fail.
const failAt = Number(process.env.CBP_SAMPLE_FAIL_AT ?? 0);

async function replay(run: ProcedureRun): Promise<void> {
  const { page } = run;
  for (const step of removeRole.steps) {
    await run.step(step.number, async (s) => {
      await page.setContent(`<main style="font: 20px sans-serif; padding: 2rem"><h1>Sample page ${step.number}</h1><p>${step.text.replace(/</g, '&lt;')}</p><button>Do step ${step.number}</button></main>`);
      const button = page.getByRole('button', { name: `Do step ${step.number}` });
      await s.target(button);
      await button.click();
      await expect(button).toBeVisible();
      if (step.number === failAt) await expect(page.getByRole('heading', { name: 'Request to Remove Role' }), 'sample failure').toBeVisible({ timeout: 100 });
    });
  }
}

test('ep.remove-role: a sample replay removes a role', { tag: '@procedure' }, async ({ page }) => {
  await replay(new ProcedureRun(page, 'ep.remove-role'));
});

test('ep.remove-role: a sample variant <changes> a role', { tag: '@procedure' }, async ({ page }) => {
  await replay(new ProcedureRun(page, 'ep.remove-role'));
});
