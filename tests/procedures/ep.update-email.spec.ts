import { test, expect } from '../../fixtures/test.ts';
import { updateEmail } from '../../flows/enterprise-portal/update-email.ts';

test.describe('ep.update-email (seed 000, Update Email Address)', () => {
  test('ep.update-email: a user answers the security questions and changes the e-mail address; IDM sees it', { tag: '@procedure' }, async ({ page, control }) => {
    const { users } = await control.scenario({
      users: [{
        userId: 'eddie.eu', firstName: 'Eddie', lastName: 'Underwood', email: 'eddie.old@example.test',
        securityQuestions: [{ question: 'What was the name of your first pet?', answer: 'Biscuit' }, { question: 'In what city were you born?', answer: 'Columbia' }],
        roles: [{ application: 'Connexion', role: 'EU' }],
      }],
    });
    const eddie = users[0]!;

    const result = await updateEmail(page, {
      credentials: eddie,
      name: 'Eddie Underwood',
      securityAnswers: eddie.securityQuestions,
      newEmail: 'eddie.new@example.test',
    });

    expect(result.email).toBe('eddie.new@example.test');
    const state = await control.state();
    expect(state.users[0]!.email).toBe('eddie.new@example.test');
    expect((await control.mail('eddie.old@example.test'))[0]?.subject).toContain('e-mail address was changed');
  });
});
