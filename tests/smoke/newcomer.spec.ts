import { test, expect } from '@playwright/test';
import { DEMO_WORLD } from '../../mock-portal/domain/demo.ts';

/**
 * The newcomer's path of the README, against the portal `npm start` serves (playwright.config.ts webServer,
 * http://localhost:4010, demo world seeded): the CBIC home page to the Self Service Dashboard with a demo account.
 * Read-only on the shared portal: it signs in and looks, and changes nothing another test relies on.
 */
test('a newcomer signs in to IDM with a printed demo account', async ({ page, request }) => {
  const jane = DEMO_WORLD.users?.find((u) => u.userId === 'jane.ao');
  if (!jane?.password) throw new Error('the demo world has no jane.ao');
  const health = await request.get('/__admin/health');
  expect(await health.json()).toEqual({ status: 'ok' });

  await page.goto('/');
  await page.getByRole('link', { name: 'Phases' }).click();
  await page.getByRole('link', { name: 'Registration' }).click();
  await page.getByRole('button', { name: 'Visit CMS IDM System' }).click();
  await page.getByLabel('User ID').fill('jane.ao');
  await page.getByLabel('Password').fill(jane.password);
  await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByLabel('Verification Code')).toBeVisible();

  const mail = (await (await request.get('/__admin/mail', { params: { to: 'jane.ao@example.test' } })).json()) as { text: string }[];
  const code = /verification code is (\d+)/.exec(mail[0]?.text ?? '')?.[1];
  expect(code).toBeTruthy();
  await page.getByLabel('Verification Code').fill(code ?? '');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Self Service Dashboard' })).toBeVisible();
  await expect(page.getByText('Connexion: AO')).toBeVisible();
});
