import { refuse } from '../errors.ts';
import type { Account } from '../types.ts';

/**
 * The Enterprise Portal's MFA offer: Add MFA, Skip MFA or Cancel, made once per person. Cancel abandons the role
 * request and leaves the question open, so it is asked again on the next request. [DOC S0 step 9; Cancel INF]
 */
export type MfaChoice = 'add' | 'skip';

export const MFA_MESSAGES = {
  alreadyChosen: 'You have already been asked about multi-factor authentication, so you are not asked again. You may add MFA at any time from My Profile.',
  unknownChoice: 'Select Add MFA, Skip MFA or Cancel.',
  added: (email: string) => `MFA was added to your profile: security codes will be sent to ${email}.`,
  skipped: 'You skipped MFA. You may add it at any time from My Profile.',
  cancelled: 'Your request was cancelled. No role was requested.',
} as const;

/** True while the person has not yet answered the MFA offer. */
export function mfaOfferDue(account: Account): boolean {
  return account.mfa === 'not-asked';
}

export function parseMfaChoice(value: unknown): MfaChoice | 'cancel' {
  if (value === 'add' || value === 'skip' || value === 'cancel') return value;
  throw refuse.invalid(MFA_MESSAGES.unknownChoice);
}

/** Records the answer to the MFA offer; it is made only once. */
export function recordMfaChoice(account: Account, choice: MfaChoice): void {
  if (!mfaOfferDue(account)) throw refuse.conflict(MFA_MESSAGES.alreadyChosen);
  account.mfa = choice === 'add' ? 'added' : 'skipped';
}
