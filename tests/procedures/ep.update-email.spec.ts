import { test, expect } from '../../fixtures/test.ts';
import { updateEmail } from '../../flows/enterprise-portal/update-email.ts';
import { signIn } from '../idm/support.ts';

test.describe('ep.update-email (seed 000, Update Email Address)', () => {
  test('ep.update-email: a user answers the security questions and changes the e-mail address; IDM sees it', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      users: [{
        userId: 'eve.eu', email: 'eve.old@example.test',
        securityQuestions: [{ question: 'What was the name of your first pet?', answer: 'Biscuit' }, { question: 'In what city were you born?', answer: 'Columbia' }],
        roles: [{ application: 'Connexion', role: 'EU' }],
      }],
    });
    const eve = users[0]!;

    await updateEmail(page, {
      credentials: eve,
      name: `${eve.firstName} ${eve.lastName}`,
      securityAnswers: eve.securityQuestions,
      newEmail: 'eve.new@example.test',
    });

    await page.goto('/portal/profile');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('View My Profile');
    const shown = page.getByRole('main').locator('dt', { hasText: 'E-mail Address' }).locator('xpath=following-sibling::dd[1]');
    await expect(shown).toHaveText('eve.new@example.test');
    const state = await control.state();
    expect(state.users[0]!.email).toBe('eve.new@example.test');
    expect((await control.mail('eve.old@example.test'))[0]?.subject).toContain('e-mail address was changed');

    // The same person in the CMS IDM System: the one-time code goes to the new address, which IDM shows.
    await page.context().clearCookies();
    await signIn(page, credentialsOf({ ...eve, email: 'eve.new@example.test' }));
    await page.goto('/idm/profile/contact');
    await expect(page.getByRole('dialog', { name: 'Personal Contact Information' }).getByTestId('email')).toHaveText('eve.new@example.test');
  });
});
