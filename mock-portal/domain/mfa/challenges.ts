import { config } from '../../config.ts';
import { sendMail } from '../mail.ts';
import type { MockState } from '../mock-state.ts';
import { sendPhoneMessage } from '../phone.ts';
import type { Account, MfaFactor } from '../types.ts';
import { acceptedTotpStep } from './totp.ts';

/**
 * A one-time code the person must enter: to sign in, to recover the account (reset the password, unlock it), or to
 * prove a new factor works before it is added. Codes for Email, SMS and Voice are sent; Google Authenticator and
 * Okta Verify codes come from the app. [DOC S1 step 4, IDFAQ; 6 digits and 5 minutes INF, config.otp]
 */
export type ChallengePurpose = 'sign-in' | 'reset-password' | 'unlock' | 'enrol';

export interface Challenge {
  purpose: ChallengePurpose;
  /** The factor the code belongs to (for enrolment, the factor being added). */
  factor: MfaFactor;
  /** The code sent (Email, SMS, Voice); none for app codes. */
  code?: string;
  expiresAtMs: number;
  /** Wrong codes still allowed before the challenge is dropped (recovery and enrolment only). */
  attemptsLeft: number;
}

export type ChallengeOutcome = 'accepted' | 'wrong' | 'expired' | 'none';

const keyOf = (purpose: ChallengePurpose, account: Account) => `${purpose}:${account.userId.toLowerCase()}`;

/** Where each factor's code is delivered, in words for the verification page. */
export function deliveryText(account: Account, factor: MfaFactor): string {
  switch (factor.type) {
    case 'email':
      return `We sent a verification code to the e-mail address on your account (${maskEmail(account.email)}).`;
    case 'sms':
      return `We sent a verification code by text message (SMS) to ${maskPhone(factor.phone ?? '')}.`;
    case 'voice':
      return `We are calling ${maskPhone(factor.phone ?? '')}: the call reads out your verification code.`;
    case 'google-authenticator':
      return 'Open Google Authenticator on your device and enter the 6-digit code it shows for CMS IDM.';
    case 'okta-verify':
      return 'Open Okta Verify on your device and enter the 6-digit code it shows for CMS IDM.';
  }
}

export function maskEmail(email: string): string {
  const [name = '', domain = ''] = email.split('@');
  return `${name.slice(0, 2)}${'*'.repeat(Math.max(1, name.length - 2))}@${domain}`;
}

export function maskPhone(phone: string): string {
  return `***-***-${phone.replace(/\D/g, '').slice(-4)}`;
}

/** Sends (or, for an app factor, just expects) a code for `purpose` over `factor`; replaces any earlier one. */
export async function issueChallenge(state: MockState, account: Account, factor: MfaFactor, purpose: ChallengePurpose, systemName = 'CMS IDM System'): Promise<void> {
  const expiresAtMs = state.clock.nowMs() + config.otp.validMinutes * 60_000;
  const challenge: Challenge = { purpose, factor, expiresAtMs, attemptsLeft: config.challengeAttempts };
  if (factor.type === 'email' || factor.type === 'sms' || factor.type === 'voice') {
    const code = state.random.digits(config.otp.digits);
    challenge.code = code;
    const what = purpose === 'sign-in' ? 'sign in' : purpose === 'enrol' ? 'add this verification method' : purpose === 'unlock' ? 'unlock your account' : 'reset your password';
    if (factor.type === 'email') {
      await sendMail(
        state,
        account.email,
        `Your ${systemName} verification code`,
        `Your verification code is ${code}. It expires in ${config.otp.validMinutes} minutes.\n` +
          `Enter it in the Verification Code field and select Verify to ${what}.\n` +
          `If you did not ask for it, call the CBIC customer service center at ${config.cbic.phone}.`,
      );
    } else {
      const text =
        factor.type === 'sms'
          ? `CMS IDM: your verification code is ${code}. It expires in ${config.otp.validMinutes} minutes.`
          : `This is the CMS IDM System. Your verification code is ${code.split('').join(' ')}. Again, your verification code is ${code.split('').join(' ')}.`;
      await sendPhoneMessage(state, { to: factor.phone ?? '', channel: factor.type, text });
    }
  }
  state.verifications.set(keyOf(purpose, account), challenge);
}

/** The challenge waiting for `purpose`, if any (expired ones included: checkChallenge says so). */
export function pendingChallenge(state: MockState, account: Account, purpose: ChallengePurpose): Challenge | undefined {
  return state.verifications.get(keyOf(purpose, account));
}

export function dropChallenge(state: MockState, account: Account, purpose: ChallengePurpose): void {
  state.verifications.delete(keyOf(purpose, account));
}

/** The user IDs (lower case) with a code waiting, whatever its purpose. */
export function peopleWithChallenges(state: MockState): Set<string> {
  return new Set([...state.verifications.keys()].map((key) => key.slice(key.indexOf(':') + 1)));
}

/** Forgets every code waiting for the people `userIds` (lower case), whatever its purpose. */
export function dropChallengesOf(state: MockState, userIds: ReadonlySet<string>): void {
  for (const key of [...state.verifications.keys()]) if (userIds.has(key.slice(key.indexOf(':') + 1))) state.verifications.delete(key);
}

/**
 * Checks a code. Accepted and expired challenges are dropped; a wrong code uses up one attempt (the caller decides
 * what else a wrong code costs, e.g. a sign-in counts it towards the lockout).
 */
export function checkChallenge(state: MockState, account: Account, purpose: ChallengePurpose, code: string): ChallengeOutcome {
  const key = keyOf(purpose, account);
  const challenge = state.verifications.get(key);
  if (!challenge) return 'none';
  if (state.clock.nowMs() > challenge.expiresAtMs) {
    state.verifications.delete(key);
    return 'expired';
  }
  const entered = code.replace(/\s/g, '');
  let right: boolean;
  if (challenge.code !== undefined) right = entered === challenge.code;
  else {
    const step = acceptedTotpStep(challenge.factor.secret ?? '', entered, challenge.factor.lastUsedStep);
    right = step !== undefined;
    if (step !== undefined) challenge.factor.lastUsedStep = step;
  }
  if (right) {
    state.verifications.delete(key);
    return 'accepted';
  }
  challenge.attemptsLeft -= 1;
  if (challenge.attemptsLeft <= 0 && purpose !== 'sign-in') state.verifications.delete(key);
  return 'wrong';
}
