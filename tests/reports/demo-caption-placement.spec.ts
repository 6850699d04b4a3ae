import type { Locator } from '@playwright/test';
import { test, expect } from '../../fixtures/test.ts';
import { procedure } from '../../flows/catalog.ts';
import { ProcedureRun } from '../../flows/step.ts';

test.use({ baseURL: 'http://localhost/' });

/** A tall page with one link near its top and one at its bottom edge. */
const PAGE = `data:text/html,${encodeURIComponent(`<title>Demo</title><style>body{margin:0}</style>
<p style="margin:8px"><a href="#a">CMS Enterprise Portal</a></p>
<div style="height:560px"></div>
<p style="margin:8px"><a href="#b">Modify CMS Enterprise Portal Profile</a></p>`)}`;

function withDemoEnv(vars: Record<string, string>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [r, s] = [await a.boundingBox(), await b.boundingBox()];
  if (!r || !s) throw new Error('an element has no box');
  return r.x < s.x + s.width && s.x < r.x + r.width && r.y < s.y + s.height && s.y < r.y + r.height;
}

test('the demo caption never covers the element being acted on: it moves to the other half of the screen', async ({ page }) => {
  const restore = withDemoEnv({ CBP_DEMO: '1', CBP_DEMO_HOLD_MS: '0', CBP_PICTURES: 'off' });
  try {
    const removeRole = procedure('ep.remove-role');
    const run = new ProcedureRun(page, removeRole.id);
    const caption = page.getByRole('status');
    await run.step(1, async () => {
      await page.goto(PAGE);
    });
    await run.step(2, async (s) => {
      const low = page.getByRole('link', { name: 'Modify CMS Enterprise Portal Profile' });
      await s.target(low);
      await expect(caption).toContainText(removeRole.steps[1]?.text ?? '');
      expect(await overlaps(caption, low)).toBe(false);
      expect((await caption.boundingBox())?.y).toBeLessThan(360);
    });
    await run.step(3, async (s) => {
      const high = page.getByRole('link', { name: 'CMS Enterprise Portal', exact: true });
      await s.target(high);
      expect(await overlaps(caption, high)).toBe(false);
      expect((await caption.boundingBox())?.y).toBeGreaterThan(360);
    });
  } finally {
    restore();
  }
});

test('with --pause each step waits on its caption until Resume demo is pressed, then goes on', async ({ page }) => {
  const restore = withDemoEnv({ CBP_DEMO: '1', CBP_DEMO_PAUSE: '1', CBP_PICTURES: 'off' });
  try {
    const removeRole = procedure('ep.remove-role');
    const run = new ProcedureRun(page, removeRole.id);
    await page.goto(PAGE);
    let ran = false;
    const step = run.step(1, async () => {
      ran = true;
    });
    const resume = page.getByRole('button', { name: 'Resume demo' });
    await expect(resume).toBeVisible();
    await expect(page.getByRole('status')).toContainText(`1. ${removeRole.steps[0]?.text}`);
    expect(ran).toBe(false); // paused: the step's body has not run yet
    await resume.click();
    await step;
    expect(ran).toBe(true);
    await expect(resume).toHaveCount(0);
  } finally {
    restore();
  }
});
