import { test, expect } from '../../fixtures/test.ts';
import { updateEmail } from '../../flows/enterprise-portal/update-email.ts';

test.describe('ep.update-email (seed 000, Update Email Address)', () => {
  test('ep.update-email: a user answers the security questions and changes the e-mail address; IDM sees it', { tag: '@procedure' }, async ({ page, control }) => {
    const { users } = await control.scenario({
      users: [{
        userId: 'eve.eu', email: 'eve.old@example.test',
        securityQuestions: [{ question: 'What was the name of your first pet?', answer: 'Biscuit' }, { question: 'In what city were you born?', answer: 'Columbia' }],
        roles: [{ application: 'Connexion', role: 'EU' }],
      }],
    });
    const eve = users[0]!;

    const result = await updateEmail(page, {
      credentials: eve,
      name: `${eve.firstName} ${eve.lastName}`,
      securityAnswers: eve.securityQuestions,
      newEmail: 'eve.new@example.test',
    });

    expect(result.email).toBe('eve.new@example.test');
    const state = await control.state();
    expect(state.users[0]!.email).toBe('eve.new@example.test');
    expect((await control.mail('eve.old@example.test'))[0]?.subject).toContain('e-mail address was changed');
  });
});
