import { cbicHelp } from '../config.ts';
import { refuse } from './errors.ts';
import type { FormFields } from './forms.ts';
import { sendMail } from './mail.ts';
import type { MockState } from './mock-state.ts';
import type { Account } from './types.ts';

/**
 * My Profile → Personal Contact Information: the person changes their own e-mail address (and phone). [DOC S1]
 * The account is always the signed-in person's; nothing here takes a user ID from a form.
 */
export const PROFILE_MESSAGES = {
  emailMissing: 'Enter your email address, for example name@example.com.',
  emailFormat: 'Enter the email address in the format name@example.com, without spaces.',
  emailTooLong: 'Enter an email address of at most 254 characters.',
  emailSame: 'That is already your email address. Enter the new address, or leave the window without submitting.',
  phoneFormat: 'Enter the phone number as 10 digits, for example 410-555-0100.',
  updated: 'Your Personal Contact Information was updated.',
} as const;

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[A-Za-z]{2,}$/;
const PHONE = /^\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}$/;

export interface ContactChanges {
  email: string;
  phone?: string;
}

/** Field → message for every problem in the changes; empty when they may be saved. */
export function contactProblems(account: Account, changes: ContactChanges): Record<string, string> {
  const problems: Record<string, string> = {};
  const email = changes.email.trim();
  const phoneChanged = changes.phone !== undefined && changes.phone.trim() !== account.phone;
  if (!email) problems.email = PROFILE_MESSAGES.emailMissing;
  else if (email.length > 254) problems.email = PROFILE_MESSAGES.emailTooLong;
  else if (!EMAIL.test(email)) problems.email = PROFILE_MESSAGES.emailFormat;
  else if (email.toLowerCase() === account.email.toLowerCase() && !phoneChanged) problems.email = PROFILE_MESSAGES.emailSame;
  if (changes.phone !== undefined && !PHONE.test(changes.phone.trim())) problems.phone = PROFILE_MESSAGES.phoneFormat;
  return problems;
}

/** The Personal Contact Information window's fields as sent. */
export const contactChangesOf = (form: FormFields): Required<ContactChanges> => ({ email: form.text('email'), phone: form.text('phone') });

/** Submit Changes: every problem at once, or the changes saved. */
export function submitContactChanges(state: MockState, account: Account, form: FormFields): Promise<Account> {
  const changes = contactChangesOf(form);
  const problems = contactProblems(account, changes);
  if (Object.keys(problems).length) throw refuse.fields(problems);
  return changeContactInformation(state, account, changes);
}

/** Saves the changes, or refuses with the first problem and changes nothing. The old address is told of an e-mail change. */
export async function changeContactInformation(state: MockState, account: Account, changes: ContactChanges): Promise<Account> {
  const problems = contactProblems(account, changes);
  const [field, message] = Object.entries(problems)[0] ?? [];
  if (field && message) throw refuse.invalid(message, field);
  const previous = account.email;
  account.email = changes.email.trim();
  if (changes.phone !== undefined) account.phone = changes.phone.trim();
  if (previous.toLowerCase() !== account.email.toLowerCase()) {
    // The change stands even if the notice cannot be sent; the person sees the new address on the page.
    await sendMail(
      state,
      previous,
      'Your CMS IDM System email address was changed',
      `The email address of the CMS IDM System account ${account.userId} was changed to ${account.email}.\nIf you did not make this change, ${cbicHelp}.`,
    ).catch(() => undefined);
  }
  return account;
}
