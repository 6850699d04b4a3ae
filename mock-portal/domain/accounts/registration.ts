import { randomBytes } from 'node:crypto';
import { cbicHelp, config } from '../../config.ts';
import { refuse } from '../errors.ts';
import { sendMail } from '../mail.ts';
import type { MockState } from '../mock-state.ts';
import { hashPassword, passwordProblems } from '../passwords.ts';
import { SECURITY_QUESTIONS } from '../scenario.ts';
import type { Account } from '../types.ts';
import { userIdProblems } from './user-id.ts';
import type { FormFields } from '../forms.ts';

/**
 * New User Registration [DOC IDMUG "create a new user account"; S1 "New users should also review the CMS IDM User
 * Guide"; fields and order INF]: personal details, then a user ID, a password and a security question, then the
 * e-mail address is verified by the link or the code the IDM e-mails. Only then is the account created.
 */
export interface PersonalDetails {
  firstName: string;
  lastName: string;
  email: string;
  confirmEmail: string;
  phone: string;
  agree: boolean;
}

export interface ChosenCredentials {
  userId: string;
  password: string;
  confirmPassword: string;
  securityQuestion: string;
  securityAnswer: string;
}

export interface PendingRegistration {
  token: string;
  code: string;
  expiresAtMs: number;
  account: Account;
}

export const REGISTRATION_MESSAGES = {
  firstName: 'Enter your legal first name (at most 60 characters).',
  lastName: 'Enter your legal last name (at most 60 characters).',
  email: 'Enter your e-mail address in the format name@example.com.',
  confirmEmail: 'The two e-mail addresses do not match. Enter the same address in both fields.',
  phone: 'Enter your phone number as 10 digits, for example 410-555-0100.',
  agree: 'Please Agree to the Terms & Conditions.',
  confirmPassword: 'The two passwords do not match. Enter the same password in both fields.',
  securityQuestion: 'Select a security question.',
  securityAnswer: 'Enter the answer to your security question (3 to 60 characters).',
  noRegistration: 'That registration was not found or is already complete. Start New User Registration again, or sign in if your account is active.',
  expired: `The verification link or code has expired (it lasts ${config.activationValidHours / 24} days). Start New User Registration again.`,
  wrongCode: 'That verification code is not correct. Check the code in the e-mail we sent you and try again.',
  activated: 'Your e-mail address is verified and your CMS IDM account is active. Sign in with your new user ID and password.',
} as const;

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[A-Za-z]{2,}$/;
const PHONE = /^\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}$/;

/** Field → message for each personal detail that is missing or malformed. */
export function personalDetailsProblems(details: PersonalDetails): Record<string, string> {
  const problems: Record<string, string> = {};
  const first = details.firstName.trim();
  const last = details.lastName.trim();
  if (!first || first.length > 60) problems.firstName = REGISTRATION_MESSAGES.firstName;
  if (!last || last.length > 60) problems.lastName = REGISTRATION_MESSAGES.lastName;
  if (!EMAIL.test(details.email.trim()) || details.email.trim().length > 254) problems.email = REGISTRATION_MESSAGES.email;
  else if (details.email.trim().toLowerCase() !== details.confirmEmail.trim().toLowerCase()) problems.confirmEmail = REGISTRATION_MESSAGES.confirmEmail;
  if (!PHONE.test(details.phone.trim())) problems.phone = REGISTRATION_MESSAGES.phone;
  if (!details.agree) problems.agree = REGISTRATION_MESSAGES.agree;
  return problems;
}

/** Field → every rule the user ID, password or security question breaks (each named), or nothing. */
export function credentialsProblems(state: MockState, details: PersonalDetails, chosen: ChosenCredentials): Record<string, string[]> {
  const userId = chosen.userId.trim();
  const person = { userId, firstName: details.firstName.trim(), lastName: details.lastName.trim() };
  const problems: Record<string, string[]> = {
    userId: userIdProblems(state, userId),
    password: passwordProblems(chosen.password, person),
    confirmPassword: chosen.password && chosen.confirmPassword !== chosen.password ? [REGISTRATION_MESSAGES.confirmPassword] : [],
    securityQuestion: SECURITY_QUESTIONS.includes(chosen.securityQuestion) ? [] : [REGISTRATION_MESSAGES.securityQuestion],
    securityAnswer: chosen.securityAnswer.trim().length < 3 || chosen.securityAnswer.trim().length > 60 ? [REGISTRATION_MESSAGES.securityAnswer] : [],
  };
  return Object.fromEntries(Object.entries(problems).filter(([, list]) => list.length));
}

/**
 * Keeps the registration waiting for its e-mail verification and sends the e-mail with the link and the code.
 * `linkBase` is the address of the verification page, e.g. "http://localhost:4010/idm/register/verify".
 */
export async function startRegistration(state: MockState, details: PersonalDetails, chosen: ChosenCredentials, linkBase: string): Promise<PendingRegistration> {
  const personal = personalDetailsProblems(details);
  const credentials = credentialsProblems(state, details, chosen);
  const all = [...Object.values(personal), ...Object.values(credentials).flat()];
  if (all.length) throw refuse.invalid(all.join(' '));
  const now = state.nowIso();
  const hash = hashPassword(chosen.password);
  const account: Account = {
    userId: chosen.userId.trim(),
    password: chosen.password,
    passwordHash: hash,
    passwordHistory: [hash],
    email: details.email.trim(),
    firstName: details.firstName.trim(),
    lastName: details.lastName.trim(),
    phone: details.phone.trim(),
    // The organization comes with the first role: the PTAN requested names it in PECOS.
    organizationId: '',
    identityVerified: false,
    mfa: 'not-asked',
    securityQuestions: [{ question: chosen.securityQuestion, answer: chosen.securityAnswer.trim() }],
    roles: [],
    failedAttempts: 0,
    locked: false,
    factors: [{ type: 'email', enrolledAt: now }],
    lastSignInAt: now,
  };
  const pending: PendingRegistration = {
    token: randomBytes(16).toString('hex'),
    code: state.random.digits(config.otp.digits),
    expiresAtMs: state.clock.nowMs() + config.activationValidHours * 3_600_000,
    account,
  };
  await sendMail(
    state,
    account.email,
    'Verify your e-mail address for the CMS IDM System',
    `Welcome to the CMS IDM System, ${account.firstName}.\n` +
      `To verify your e-mail address and activate the account ${account.userId}, open this link:\n${linkBase}/${pending.token}\n` +
      `or enter the verification code ${pending.code} on the registration page.\n` +
      `The link and the code work for ${config.activationValidHours / 24} days. If you did not register, ${cbicHelp}.`,
  );
  state.registrations.set(pending.token, pending);
  return pending;
}

export function pendingRegistration(state: MockState, token: string): PendingRegistration {
  const pending = state.registrations.get(token);
  if (!pending) throw refuse.notFound(REGISTRATION_MESSAGES.noRegistration);
  if (state.clock.nowMs() > pending.expiresAtMs) {
    state.registrations.delete(token);
    throw refuse.conflict(REGISTRATION_MESSAGES.expired);
  }
  return pending;
}

/** The e-mail is verified (the link was opened, or `code` is the code it gave): the account is created. */
export function activateRegistration(state: MockState, token: string, code?: string): Account {
  const pending = pendingRegistration(state, token);
  if (code !== undefined && code.replace(/\s/g, '') !== pending.code) throw refuse.invalid(REGISTRATION_MESSAGES.wrongCode, 'code');
  state.registrations.delete(token);
  // The user ID could have been taken by a scenario meanwhile.
  if (state.findAccount(pending.account.userId)) throw refuse.conflict(`The user ID “${pending.account.userId}” was taken meanwhile. Start New User Registration again with another one.`);
  state.addAccount(pending.account);
  return pending.account;
}

/** The Enter Your Information page's fields as sent. */
export function personalDetailsOf(form: FormFields): PersonalDetails {
  return {
    firstName: form.text('firstName'), lastName: form.text('lastName'), email: form.text('email'),
    confirmEmail: form.text('confirmEmail'), phone: form.text('phone'), agree: form.text('agree') === 'yes',
  };
}

/** The Choose Your User ID and Password page's fields as sent. */
export function chosenCredentialsOf(form: FormFields): ChosenCredentials {
  return {
    userId: form.text('userId'), password: form.text('password'), confirmPassword: form.text('confirmPassword'),
    securityQuestion: form.text('securityQuestion'), securityAnswer: form.text('securityAnswer'),
  };
}

/** Step 1 → Next: the personal details, each missing or malformed one named. */
export function enterPersonalDetails(form: FormFields): PersonalDetails {
  const details = personalDetailsOf(form);
  const problems = personalDetailsProblems(details);
  if (Object.keys(problems).length) throw refuse.fields(problems);
  return details;
}

/** Step 2 → Next: every rule the user ID, the password or the security question breaks is named; then the e-mail goes out. */
export async function chooseCredentials(state: MockState, details: PersonalDetails, form: FormFields, linkBase: string): Promise<PendingRegistration> {
  const chosen = chosenCredentialsOf(form);
  const problems = credentialsProblems(state, details, chosen);
  if (Object.keys(problems).length) throw refuse.ruleLists(problems);
  return startRegistration(state, details, chosen, linkBase);
}
