import { test, expect } from '../../fixtures/test.ts';
import { expectNoSeriousA11yViolations } from '../../fixtures/a11y.ts';

test.describe('accessibility (axe): CBIC site, IDM sign-in, dashboard, mailbox', () => {
  for (const [path, heading] of [
    ['/', 'DMEPOS Competitive Bidding Program'],
    ['/portals', 'Portals'],
    ['/portals/enterprise-portal', 'CMS Enterprise Portal'],
    ['/phases', 'Phases'],
    ['/phases/registration', 'Registration'],
    ['/connexion-info', 'Connexion'],
    ['/chat', 'DMEPOS CBP Web Chat'],
    ['/idm/', 'Welcome to CMS IDM'],
    ['/mailbox/', 'Mailbox'],
    ['/no-such-page', 'We could not do that'], // the error page itself
  ] as const) {
    test(`${path} has no serious or critical violation`, async ({ page }) => {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page, heading, path);
    });
  }

  test('the chat form with its errors, the sign-in refusal, the verification page and the dashboard', async ({ page, control }) => {
    await page.goto('/chat');
    await page.getByRole('button', { name: 'Start Chat' }).click();
    await expectNoSeriousA11yViolations(page, 'DMEPOS CBP Web Chat', 'chat with errors');

    await control.scenario({ users: [{ userId: 'axe.user', password: 'Correct-Horse-Battery-9', email: 'axe@example.test' }] });
    await page.goto('/idm/');
    await page.getByRole('button', { name: 'Sign In' }).click();
    await expectNoSeriousA11yViolations(page, 'Welcome to CMS IDM', 'sign-in refusal');
    await page.getByLabel('User ID').fill('axe.user');
    await page.getByLabel('Password').fill('Correct-Horse-Battery-9');
    await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
    await page.getByRole('button', { name: 'Sign In' }).click();
    await expectNoSeriousA11yViolations(page, 'Verification');
    await page.getByLabel('Verification Code').fill(await control.latestCode('axe@example.test'));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('heading', { name: 'Self Service Dashboard' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Self Service Dashboard', 'dashboard');
    await page.goto('/mailbox/');
    await page.getByRole('link', { name: /verification code/ }).click();
    await expectNoSeriousA11yViolations(page, /verification code/, 'mail message');
  });
});

test('the scan itself catches a serious violation (an unlabelled field)', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'text';
    document.querySelector('main')?.append(input);
  });
  await expect(expectNoSeriousA11yViolations(page, 'DMEPOS Competitive Bidding Program', 'broken on purpose')).rejects.toThrow(/label/);
});

test('the scan refuses an error page in place of the page it was meant for', async ({ page }) => {
  await page.goto('/phases/no-such-phase');
  await expect(expectNoSeriousA11yViolations(page, 'Phases')).rejects.toThrow('Phases: the page shows its heading before the scan');
});
