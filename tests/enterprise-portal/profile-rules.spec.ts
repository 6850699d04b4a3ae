import { test, expect } from '../../fixtures/test.ts';
import { h1, logIn } from './helpers.ts';

const QUESTIONS = [
  { question: 'What was the name of your first pet?', answer: 'Biscuit' },
  { question: 'In what city were you born?', answer: 'Columbia' },
];

test.describe('Enterprise Portal: Change My Profile (seed 000 Update Email Address, steps 8–9)', () => {
  test.beforeEach(async ({ page, control }) => {
    const { users } = await control.scenario({ users: [{ userId: 'eddie.eu', firstName: 'Eddie', lastName: 'Underwood', email: 'eddie.old@example.test', securityQuestions: QUESTIONS }] });
    await logIn(page, users[0]!);
    await page.goto('/portal/profile/change');
    await expect(h1(page)).toHaveText('Change My Profile');
  });

  const fill = async (page: import('@playwright/test').Page, answers: string[], email: string, confirm: string) => {
    for (const [i, q] of QUESTIONS.entries()) await page.getByRole('textbox', { name: q.question, exact: true }).fill(answers[i] ?? '');
    await page.getByRole('textbox', { name: 'E-mail Address', exact: true }).fill(email);
    await page.getByRole('textbox', { name: 'Confirm E-mail Address', exact: true }).fill(confirm);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
  };

  test('wrong answers to the security questions are refused and change nothing', async ({ page, control }) => {
    const before = await control.state();
    await fill(page, ['Biscuit', 'Paris'], 'eddie.new@example.test', 'eddie.new@example.test');
    await expect(page.getByRole('alert')).toContainText('The answers to your security questions do not match our records');
    expect(await control.state()).toEqual(before);
    // What the person typed in the e-mail fields is kept; the answers are not echoed back.
    await expect(page.getByRole('textbox', { name: 'E-mail Address', exact: true })).toHaveValue('eddie.new@example.test');
    await expect(page.getByRole('textbox', { name: QUESTIONS[0]!.question })).toHaveValue('');
  });

  test('answers are compared without regard to case or surrounding spaces', async ({ page, control }) => {
    await fill(page, ['  biscuit ', 'COLUMBIA'], 'eddie.new@example.test', 'eddie.new@example.test');
    await expect(h1(page)).toHaveText('View My Profile');
    expect((await control.state()).users[0]!.email).toBe('eddie.new@example.test');
  });

  test('E-mail Address and Confirm E-mail Address must match; a mismatch changes nothing', async ({ page, control }) => {
    const before = await control.state();
    await fill(page, ['Biscuit', 'Columbia'], 'eddie.new@example.test', 'eddie.neww@example.test');
    await expect(page.getByRole('alert')).toContainText('do not match. Enter the same address in both.');
    expect(await control.state()).toEqual(before);
  });

  test('the new address must be an e-mail address, and not the current one; a refusal changes nothing', async ({ page, control }) => {
    const before = await control.state();
    await fill(page, ['Biscuit', 'Columbia'], 'eddie at example', 'eddie at example');
    await expect(page.getByRole('alert')).toContainText('Enter the e-mail address in the form name@example.com.');
    await fill(page, ['Biscuit', 'Columbia'], '', '');
    await expect(page.getByRole('alert')).toContainText('Enter your new e-mail address in E-mail Address.');
    await fill(page, ['Biscuit', 'Columbia'], 'EDDIE.OLD@example.test', 'eddie.old@example.test');
    await expect(page.getByRole('alert')).toContainText('That is already your e-mail address.');
    expect(await control.state()).toEqual(before);
  });
});
