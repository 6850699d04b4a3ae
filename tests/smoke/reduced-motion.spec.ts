import { test, expect } from '../../fixtures/test.ts';

/**
 * Every run opens the portal as for a person who asked for reduced motion (scripts/chromium.ts REDUCED_MOTION):
 * the Design System then scrolls at once, so actions do not wait out a smooth scroll (issue 14).
 */
test('the portal scrolls at once for the runs, as the Design System does for reduced motion', async ({ page }) => {
  await page.goto('/idm/');
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  await page.getByLabel('User ID').focus();
  // html:focus-within is where the Design System asks for smooth scrolling, unless motion is reduced.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});
