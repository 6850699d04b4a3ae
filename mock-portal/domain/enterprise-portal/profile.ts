import { refuse } from '../errors.ts';
import type { FormFields } from '../forms.ts';
import { sendMail } from '../mail.ts';
import type { MockState } from '../mock-state.ts';
import type { Account } from '../types.ts';

/**
 * Change My Profile in the Enterprise Portal: the security questions first, then the new e-mail address twice.
 * Nothing changes unless everything is right. [DOC S0 Update Email Address steps 8–9; match check INF]
 */
export const PROFILE_MESSAGES = {
  securityAnswers: 'The answers to your security questions do not match our records. Check each answer and try again; nothing was changed.',
  emailMissing: 'Enter your new e-mail address in E-mail Address.',
  emailFormat: 'Enter the e-mail address in the form name@example.com.',
  confirmMissing: 'Enter the same e-mail address again in Confirm E-mail Address.',
  confirmMismatch: 'The e-mail addresses in E-mail Address and Confirm E-mail Address do not match. Enter the same address in both.',
  sameEmail: 'That is already your e-mail address. Enter the new address you want to use.',
  changed: (email: string) => `Your e-mail address was changed to ${email}.`,
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ProfileChangeInput {
  /** The answers, in the order of the person's security questions. */
  answers: string[];
  email: string;
  confirmEmail: string;
}

export type ProfileProblems = Partial<Record<'answers' | 'email' | 'confirmEmail', string>>;

const normalize = (answer: string) => answer.trim().replace(/\s+/g, ' ').toLowerCase();

export function securityAnswersMatch(account: Account, answers: string[]): boolean {
  return account.securityQuestions.length > 0 && account.securityQuestions.every((q, i) => normalize(answers[i] ?? '') === normalize(q.answer));
}

/** Every problem of the change, by field; empty when it may be made. */
export function profileChangeProblems(account: Account, input: ProfileChangeInput): ProfileProblems {
  const problems: ProfileProblems = {};
  if (!securityAnswersMatch(account, input.answers)) problems.answers = PROFILE_MESSAGES.securityAnswers;
  const email = input.email.trim();
  const confirm = input.confirmEmail.trim();
  if (!email) problems.email = PROFILE_MESSAGES.emailMissing;
  else if (email.length > 254 || !EMAIL.test(email)) problems.email = PROFILE_MESSAGES.emailFormat;
  else if (email.toLowerCase() === account.email.toLowerCase()) problems.email = PROFILE_MESSAGES.sameEmail;
  if (!confirm) problems.confirmEmail = PROFILE_MESSAGES.confirmMissing;
  else if (email && confirm.toLowerCase() !== email.toLowerCase()) problems.confirmEmail = PROFILE_MESSAGES.confirmMismatch;
  return problems;
}

/** Change My Profile's fields as sent: an answer per security question (answer0, answer1, …), the address twice. */
export function profileChangeOf(account: Account, form: FormFields): ProfileChangeInput {
  return { answers: account.securityQuestions.map((_q, i) => form.text(`answer${i}`)), email: form.text('email'), confirmEmail: form.text('confirmEmail') };
}

/** Change My Profile → Submit: makes the change when nothing is wrong and tells the old address; refuses with every problem otherwise. */
export async function changeEmail(state: MockState, account: Account, form: FormFields): Promise<Account> {
  const input = profileChangeOf(account, form);
  const problems = profileChangeProblems(account, input);
  if (Object.keys(problems).length) throw refuse.fields(problems);
  const previous = account.email;
  account.email = input.email.trim();
  await sendMail(
    state,
    previous,
    'CMS Enterprise Portal: your e-mail address was changed',
    `The e-mail address of your CMS Enterprise Portal profile (${account.userId}) was changed to ${account.email}.\nIf you did not make this change, call the CBIC customer service center at 877-577-5331.`,
  ).catch(() => undefined);
  return account;
}
