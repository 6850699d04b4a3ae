import { test, expect } from '../../fixtures/test.ts';

test.describe('CBIC website', () => {
  test('top navigation: Portals → CMS Enterprise Portal → Modify CMS Enterprise Portal Profile', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Portals' }).click();
    await page.getByRole('link', { name: 'CMS Enterprise Portal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'CMS Enterprise Portal' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Modify CMS Enterprise Portal Profile' })).toHaveAttribute('href', '/portal/');
  });

  test('Phases → Registration → Visit CMS IDM System opens the IDM sign-in', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Phases' }).click();
    await page.getByRole('link', { name: 'Registration' }).click();
    await page.getByRole('button', { name: 'Visit CMS IDM System' }).click();
    await expect(page).toHaveURL(/\/idm\/\??$/);
    await expect(page.getByRole('button', { name: 'Sign In' })).toBeVisible();
  });

  test('Connexion (upper right) offers Visit CMS IDM System and Access Connexion', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Connexion' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    await expect(page.getByText('Paperless • Interactive • Secure')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Visit CMS IDM System' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Access Connexion' })).toHaveAttribute('href', '/connexion/');
  });

  test('the customer service line and its hours are on every CBIC page', async ({ page }) => {
    for (const path of ['/', '/portals', '/phases/registration', '/connexion-info']) {
      await page.goto(path);
      await expect(page.getByRole('contentinfo')).toContainText('877-577-5331');
      await expect(page.getByRole('contentinfo')).toContainText('9 a.m. and 5:30 p.m. prevailing Eastern Time, Monday through Friday');
    }
  });

  test('the web chat refuses a form without its required fields, naming each', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Chat Now' }).click();
    await expect(page.getByRole('heading', { name: 'DMEPOS CBP Web Chat' })).toBeVisible();
    await expect(page.getByText('Fields with a red asterisk (*) are required.')).toBeVisible();
    await page.getByRole('button', { name: 'Start Chat' }).click();
    const summary = page.getByRole('alert');
    for (const message of ['Enter your first name.', 'Enter your last name.', 'Enter your email address.', 'Select a topic.', 'Enter your question.']) {
      await expect(summary).toContainText(message);
    }
    await expect(page.getByLabel('First Name')).toHaveAttribute('aria-invalid', 'true');
  });

  test('the web chat connects during CBIC hours and says the hours outside them', async ({ page, control }) => {
    const fill = async () => {
      await page.goto('/chat');
      await page.getByLabel('First Name').fill('Pat');
      await page.getByLabel('Last Name').fill('Lee');
      await page.getByLabel('Email Address').fill('pat@example.test');
      await page.getByLabel('Phone Number').fill('410-555-0100');
      await page.getByLabel('Topic').selectOption('User roles');
      await page.getByLabel('Question').fill('How do I add a PTAN to my role?');
      await page.getByRole('button', { name: 'Start Chat' }).click();
    };
    await fill(); // the clock starts on a Thursday at 9 a.m. Eastern
    await expect(page.getByRole('status')).toContainText('An agent will be with you shortly.');
    await control.setClock('2019-08-03T15:00:00.000Z'); // a Saturday
    await fill();
    await expect(page.getByRole('status')).toContainText('9 a.m. and 5:30 p.m. prevailing Eastern Time, Monday through Friday');
  });

  test('an unknown page is a clear 404, never a stack trace', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('alert')).toContainText('There is no page at /no/such/page');
    await expect(page.locator('body')).not.toContainText(/at .*\.(ts|js):\d+/);
  });

  test('pages carry security headers and a safe session cookie', async ({ page, request, control }) => {
    const response = await request.get(`${control.baseURL}/idm/`);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-powered-by']).toBeUndefined();
    await page.goto('/idm/');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'cbp.csrf'); // the form's nonce; the session waits for a sign-in
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });
});

test.describe('mailbox', () => {
  test('shows every message sent, and each one in full', async ({ page, control }) => {
    await control.scenario({ users: [{ userId: 'mail.reader', password: 'Correct-Horse-Battery-9', email: 'reader@example.test' }] });
    await page.goto('/idm/');
    await page.getByLabel('User ID').fill('mail.reader');
    await page.getByLabel('Password').fill('Correct-Horse-Battery-9');
    await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
    await page.getByRole('button', { name: 'Sign In' }).click();
    const code = await control.latestCode('reader@example.test');
    await page.goto('/mailbox/');
    await page.getByRole('link', { name: 'Your CMS IDM System verification code' }).click();
    await expect(page.getByText(`Your verification code is ${code}.`)).toBeVisible();
  });
});
