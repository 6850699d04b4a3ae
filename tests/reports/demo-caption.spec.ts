import { test, expect } from '../../fixtures/test.ts';
import { procedure } from '../../flows/catalog.ts';
import { ProcedureRun } from '../../flows/step.ts';

test.use({ baseURL: 'http://localhost/' });

// Demo mode is switched on by the environment (`npm run demo` sets it for its own run); here only for this test.
test('in demo mode each step is captioned on the page, and the caption follows the page across navigation', async ({ page }) => {
  const saved = { demo: process.env.CBP_DEMO, hold: process.env.CBP_DEMO_HOLD_MS };
  process.env.CBP_DEMO = '1';
  process.env.CBP_DEMO_HOLD_MS = '0';
  try {
    const removeRole = procedure('ep.remove-role');
    const run = new ProcedureRun(page, removeRole.id);
    const caption = page.getByRole('status');
    await run.step(1, async () => {
      await expect(caption).toContainText(`1. ${removeRole.steps[0]?.text}`);
      await page.goto(`data:text/html,${encodeURIComponent('<title>Portals</title><h1>Portals</h1><a href="#portal">CMS Enterprise Portal</a>')}`);
      await expect(caption).toContainText(removeRole.title);
    });
    await run.step(2, async (s) => {
      await expect(caption).toContainText(`2. ${removeRole.steps[1]?.text}`);
      const link = page.getByRole('link', { name: 'CMS Enterprise Portal' });
      await s.target(link);
      await expect(link).toHaveCSS('outline-style', 'solid'); // outlined for the class before the click
    });
  } finally {
    for (const [key, value] of [['CBP_DEMO', saved.demo], ['CBP_DEMO_HOLD_MS', saved.hold]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
});
