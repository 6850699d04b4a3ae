import { test, expect } from '@playwright/test';
import { MockState } from '../../mock-portal/domain/mock-state.ts';
import { deliver } from '../../mock-portal/domain/mail.ts';
import { deliverPhoneMessage } from '../../mock-portal/domain/phone.ts';
import type { Upstream } from '../../mock-portal/domain/upstream.ts';
import { applyScenario } from '../../mock-portal/domain/scenario.ts';
import { REUSED_PASSWORD_MESSAGE, passwordProblems } from '../../mock-portal/domain/passwords.ts';
import { userIdProblems } from '../../mock-portal/domain/accounts/user-id.ts';
import { changeOwnPassword, newPasswordProblems } from '../../mock-portal/domain/accounts/passwords.ts';
import { activateRegistration, credentialsProblems, personalDetailsProblems, startRegistration } from '../../mock-portal/domain/accounts/registration.ts';
import { accountToRecover, resetForgottenPassword, sendForgottenUserId, sendRecoveryCode, verifyRecoveryCode } from '../../mock-portal/domain/accounts/recovery.ts';
import { confirmEnrolment, factorsOf, removeFactor, startEnrolment } from '../../mock-portal/domain/mfa/factors.ts';
import { acceptedTotpStep, currentTotpCode } from '../../mock-portal/domain/mfa/totp.ts';
import { checkPassword, checkVerificationCode, passwordExpired, recordSignIn, signInFactor, startVerification } from '../../mock-portal/domain/sign-in.ts';
import { Refusal } from '../../mock-portal/domain/errors.ts';

/** A portal whose upstream delivers mail and phone messages at once (no HTTP). */
function world() {
  const upstream: Upstream = {
    sendMail: async (m) => void deliver(state, m),
    sendPhoneMessage: async (m) => void deliverPhoneMessage(state, m),
    phoneProofingStatus: async () => undefined,
    lookupPtan: async () => undefined,
    startProofing: async () => ({ sessionId: 's', questions: [] }),
    finishProofing: async () => ({ verified: true, referenceNumber: 'r' }),
  };
  const state = new MockState(upstream);
  const outcome = applyScenario(state, { users: [{ userId: 'jane.ao', firstName: 'Jane', lastName: 'Ames', password: 'Correct-Horse-Battery-9', email: 'jane@example.test', phone: '410-555-0100', passwordHistory: ['Older-Password-Number-1', 'Oldest-Password-Number-2'] }] });
  if ('problems' in outcome) throw new Error(JSON.stringify(outcome.problems));
  return { state, jane: state.findAccount('jane.ao')! };
}

const lastCode = (state: MockState) => /code (?:is )?(\d{6})/.exec(state.mail.at(-1)?.text ?? '')?.[1] ?? '';
const lastPhoneCode = (state: MockState) => /code is ((?:\d ?){6})/.exec(state.phoneMessages.at(-1)?.text ?? '')?.[1]?.replace(/\s/g, '') ?? '';
const refusalOf = async (work: () => unknown) => {
  try {
    await work();
  } catch (error) {
    if (error instanceof Refusal) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
};

test.describe('password rules 4, 5 and 7, each named [DOC IDMFAQ]', () => {
  const jane = { userId: 'jane.ao', firstName: 'Jane', lastName: 'Ames' };
  for (const [password, named] of [
    ['Short-Pass-1', 'at least 15 characters long; it has 12'],
    [`Aa1${'x'.repeat(58)}`, 'at most 60 characters long; it has 61'],
    ['all-lower-case-words-9', 'uppercase letter'],
    ['ALL-UPPER-CASE-WORDS-9', 'lowercase letter'],
    ['No-Digits-Anywhere-Here', 'number (0–9)'],
    ['Sunny-ao-Harbor-Lantern-1', ''],
    ['My-jane-Harbor-Lantern-1', '“jane” is part of your user ID'],
    ['Harbor-Ames-Lantern-1x', 'contains your last name'],
    ['Harbor§Lantern§Tulip-1', '“§”, which is not among the allowed special characters'],
    ['Harbor Lantern Tulip 1', 'a space, which is not among the allowed special characters'],
  ] as const) {
    test(`${password}: ${named || 'acceptable (parts shorter than 3 letters do not count)'}`, () => {
      const problems = passwordProblems(password, jane);
      if (named) expect(problems.join(' ')).toContain(named);
      else expect(problems).toEqual([]);
    });
  }
  test('every broken rule is named, not only the first', () => {
    // Too short, no uppercase letter, no number, part of the user ID, the first name.
    expect(passwordProblems('jane', jane)).toHaveLength(5);
  });
  test('the allowed special characters pass, backtick included', () => {
    expect(passwordProblems('Harbor"!#$%&\'()*+,-./\\:;<=>?@[]^_`{|}~9', jane)).toEqual([]);
  });
});

test.describe('user ID rules [INF]', () => {
  test('6 to 74 characters, a letter, letters digits - _ \' . only, not taken (any letter case)', () => {
    const { state } = world();
    expect(userIdProblems(state, 'nquill21')).toEqual([]);
    expect(userIdProblems(state, 'nq')).toEqual(['The user ID must be at least 6 characters long; it has 2.']);
    expect(userIdProblems(state, '12345678')).toEqual(['The user ID must contain at least one letter.']);
    expect(userIdProblems(state, 'n quill#1').join(' ')).toContain('a space, “#”');
    expect(userIdProblems(state, 'x'.repeat(75))[0]).toContain('at most 74');
    expect(userIdProblems(state, 'JANE.AO')).toEqual(['The user ID “JANE.AO” is already taken. Choose another one.']);
  });
});

test.describe('rule 6: none of the last 6 passwords', () => {
  test('the current and the earlier passwords of the history are refused; a new one is accepted and joins the history', async () => {
    const { state, jane } = world();
    for (const reused of ['Correct-Horse-Battery-9', 'Older-Password-Number-1', 'Oldest-Password-Number-2']) {
      expect(newPasswordProblems(jane, reused, reused).password).toContain(REUSED_PASSWORD_MESSAGE);
    }
    const passwords = ['Harbor-Lantern-Tulip-11', 'Harbor-Lantern-Tulip-12', 'Harbor-Lantern-Tulip-13', 'Harbor-Lantern-Tulip-14', 'Harbor-Lantern-Tulip-15', 'Harbor-Lantern-Tulip-16'];
    let current = 'Correct-Horse-Battery-9';
    for (const next of passwords) {
      await changeOwnPassword(state, jane, current, next, next);
      current = next;
    }
    // Six changes later the history holds the last 6: 11 is refused, the first password is free again.
    expect(newPasswordProblems(jane, 'Harbor-Lantern-Tulip-11', 'Harbor-Lantern-Tulip-11').password).toContain(REUSED_PASSWORD_MESSAGE);
    expect(newPasswordProblems(jane, 'Correct-Horse-Battery-9', 'Correct-Horse-Battery-9').password).toEqual([]);
    expect(await refusalOf(() => changeOwnPassword(state, jane, 'Wrong-Current-Password-1', 'Harbor-Lantern-Tulip-99', 'Harbor-Lantern-Tulip-99'))).toContain('current password is not correct');
    expect(newPasswordProblems(jane, 'Harbor-Lantern-Tulip-99', 'Harbor-Lantern-Tulip-98').confirmation[0]).toContain('do not match');
  });
});

test.describe('rule 8: a password unused for 60 days expires', () => {
  test('60 days after the last sign-in it is still good; a minute past 60 days it has expired; signing in again counts anew', () => {
    const { state, jane } = world();
    recordSignIn(state, jane);
    state.clock.advanceMinutes(60 * 24 * 60);
    expect(passwordExpired(state, jane)).toBe(false);
    state.clock.advanceMinutes(1);
    expect(passwordExpired(state, jane)).toBe(true);
    recordSignIn(state, jane);
    expect(passwordExpired(state, jane)).toBe(false);
  });
});

test.describe('New User Registration', () => {
  const details = { firstName: 'Nadia', lastName: 'Quill', email: 'nadia@example.test', confirmEmail: 'NADIA@example.test', phone: '410-555-0177', agree: true };
  const chosen = { userId: 'nquill21', password: 'Harbor-Lantern-Orchid-58', confirmPassword: 'Harbor-Lantern-Orchid-58', securityQuestion: 'In what city were you born?', securityAnswer: 'Annapolis' };

  test('personal details and credentials are checked, every problem named', () => {
    const { state } = world();
    expect(personalDetailsProblems(details)).toEqual({});
    expect(Object.keys(personalDetailsProblems({ ...details, firstName: '', confirmEmail: 'other@example.test', phone: '12', agree: false }))).toEqual(['firstName', 'confirmEmail', 'phone', 'agree']);
    expect(credentialsProblems(state, details, chosen)).toEqual({});
    const bad = credentialsProblems(state, details, { ...chosen, userId: 'jane.ao', password: 'quill', confirmPassword: 'x', securityAnswer: '' });
    expect(Object.keys(bad)).toEqual(['userId', 'password', 'confirmPassword', 'securityAnswer']);
    expect(bad.password?.join(' ')).toContain('it contains your last name');
  });

  test('the account exists only once the e-mail is verified; a wrong code changes nothing; the link works for 7 days', async () => {
    const { state } = world();
    const pending = await startRegistration(state, details, chosen, 'http://mock/idm/register/verify');
    expect(state.findAccount('nquill21')).toBeUndefined();
    expect(userIdProblems(state, 'nquill21')[0]).toContain('already taken');
    expect(state.mail.at(-1)?.text).toContain(`http://mock/idm/register/verify/${pending.token}`);
    expect(await refusalOf(() => activateRegistration(state, pending.token, '000000'))).toContain('not correct');
    expect(state.findAccount('nquill21')).toBeUndefined();
    activateRegistration(state, pending.token, lastCode(state));
    expect(state.findAccount('nquill21')).toMatchObject({ organizationId: '', roles: [], factors: [{ type: 'email' }] });
    expect(await refusalOf(() => activateRegistration(state, pending.token))).toContain('not found or is already complete');

    const late = await startRegistration(state, { ...details, email: 'late@example.test', confirmEmail: 'late@example.test' }, { ...chosen, userId: 'late.user' }, 'http://mock/x');
    state.clock.advanceMinutes(7 * 24 * 60 + 1);
    expect(await refusalOf(() => activateRegistration(state, late.token))).toContain('has expired');
  });
});

test.describe('recovery by e-mail or another factor (rule 3)', () => {
  test('Unlock Account needs a locked account and a right code over the chosen factor; it then unlocks', async () => {
    const { state, jane } = world();
    expect(await refusalOf(() => accountToRecover(state, 'jane.ao', 'unlock'))).toContain('not locked');
    expect(await refusalOf(() => accountToRecover(state, 'nobody', 'reset-password'))).toContain('no CMS IDM account');
    for (let i = 0; i < 3; i++) await refusalOf(() => checkPassword(state, 'jane.ao', 'Wrong-Password-Again-1'));
    expect(jane.locked).toBe(true);
    expect(await refusalOf(() => sendRecoveryCode(state, jane, 'unlock', 'sms'))).toContain('Select where to send');
    await sendRecoveryCode(state, jane, 'unlock', 'email');
    expect(await refusalOf(() => verifyRecoveryCode(state, jane, 'unlock', '000000'))).toContain('not correct');
    expect(jane.locked).toBe(true);
    await verifyRecoveryCode(state, jane, 'unlock', lastCode(state));
    expect(jane).toMatchObject({ locked: false, failedAttempts: 0 });
  });

  test('three wrong recovery codes drop the code; a reset password follows the rules and also unlocks', async () => {
    const { state, jane } = world();
    await sendRecoveryCode(state, jane, 'reset-password', 'email');
    for (let i = 0; i < 2; i++) expect(await refusalOf(() => verifyRecoveryCode(state, jane, 'reset-password', '000000'))).toContain('not correct');
    expect(await refusalOf(() => verifyRecoveryCode(state, jane, 'reset-password', '000000'))).toContain('Too many wrong codes');
    expect(await refusalOf(() => verifyRecoveryCode(state, jane, 'reset-password', lastCode(state)))).toContain('no verification code waiting');
    jane.locked = true;
    expect(await refusalOf(() => resetForgottenPassword(state, jane, 'Correct-Horse-Battery-9', 'Correct-Horse-Battery-9'))).toContain('last 6 passwords');
    await resetForgottenPassword(state, jane, 'Harbor-Lantern-Tulip-77', 'Harbor-Lantern-Tulip-77');
    expect(jane.locked).toBe(false);
    expect((await checkPassword(state, 'jane.ao', 'Harbor-Lantern-Tulip-77')).userId).toBe('jane.ao');
  });

  test('Forgot User ID e-mails the user ID only when name and e-mail match, and says the same either way', async () => {
    const { state } = world();
    const sent = await sendForgottenUserId(state, { firstName: 'jane', lastName: 'AMES', email: 'jane@example.test' });
    expect(state.mail.at(-1)?.text).toContain('Your user ID is jane.ao.');
    const before = state.mail.length;
    expect(await sendForgottenUserId(state, { firstName: 'Jane', lastName: 'Other', email: 'jane@example.test' })).toBe(sent);
    expect(state.mail.length).toBe(before);
  });
});

test.describe('MFA factors (rule 9)', () => {
  test('every account starts with Email; a device is added one at a time, proven by its code; the last one cannot be removed', async () => {
    const { state, jane } = world();
    expect(factorsOf(jane).map((f) => f.type)).toEqual(['email']);
    expect(await refusalOf(() => startEnrolment(state, jane, 'email'))).toContain('already have Email');
    expect(await refusalOf(() => startEnrolment(state, jane, 'sms', '12345'))).toContain('10 digits');
    expect(await refusalOf(() => startEnrolment(state, jane, 'fax'))).toContain('Select the device');
    await startEnrolment(state, jane, 'sms', '(410) 555-0142');
    expect(state.phoneMessages.at(-1)).toMatchObject({ to: '410-555-0142', channel: 'sms' });
    expect(await refusalOf(() => confirmEnrolment(state, jane, '000000'))).toContain('not correct');
    expect(factorsOf(jane)).toHaveLength(1);
    confirmEnrolment(state, jane, lastPhoneCode(state));
    expect(factorsOf(jane).map((f) => f.type)).toEqual(['email', 'sms']);

    await startEnrolment(state, jane, 'voice', '410-555-0143');
    expect(state.phoneMessages.at(-1)).toMatchObject({ channel: 'voice' });
    confirmEnrolment(state, jane, lastPhoneCode(state));
    removeFactor(jane, 'email');
    removeFactor(jane, 'sms');
    expect(await refusalOf(() => removeFactor(jane, 'voice'))).toContain('only verification method');
  });

  test('Google Authenticator: the secret shown gives real TOTP codes; a code is accepted once; a wrong one never', async () => {
    const { state, jane } = world();
    const { secret } = await startEnrolment(state, jane, 'google-authenticator');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await refusalOf(() => confirmEnrolment(state, jane, '12345'))).toContain('not correct');
    const now = Date.now();
    confirmEnrolment(state, jane, currentTotpCode(secret!, now));
    const factor = factorsOf(jane).find((f) => f.type === 'google-authenticator')!;
    // The code just used is refused a second time (its step is spent); the next step's code is accepted (drift).
    expect(acceptedTotpStep(secret!, currentTotpCode(secret!, now), factor.lastUsedStep, now)).toBeUndefined();
    expect(acceptedTotpStep(secret!, currentTotpCode(secret!, now + 30_000), factor.lastUsedStep, now)).toBeDefined();
    expect(acceptedTotpStep(secret!, currentTotpCode(secret!, now + 120_000), undefined, now)).toBeUndefined();
  });

  test('sign-in: one factor is used at once; with several the person chooses; a wrong code counts towards the lockout', async () => {
    const { state, jane } = world();
    expect(signInFactor(jane)?.type).toBe('email');
    jane.factors = [...factorsOf(jane), { type: 'sms', phone: '410-555-0142', enrolledAt: '' }];
    expect(signInFactor(jane)).toBeUndefined();
    expect(await refusalOf(() => signInFactor(jane, 'voice'))).toContain('Select how');
    await startVerification(state, jane, signInFactor(jane, 'sms')!, 'CMS IDM System');
    expect(await refusalOf(() => checkVerificationCode(state, 'jane.ao', '000000'))).toBe('That verification code is not correct. Check the code and try again.');
    expect(jane.failedAttempts).toBe(1);
    expect(checkVerificationCode(state, 'jane.ao', lastPhoneCode(state)).failedAttempts).toBe(0);
  });
});
