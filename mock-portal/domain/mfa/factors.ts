import { refuse } from '../errors.ts';
import type { MockState } from '../mock-state.ts';
import { normalizedPhone } from '../phone.ts';
import { FACTOR_TYPES, type Account, type FactorType, type MfaFactor } from '../types.ts';
import { checkChallenge, dropChallenge, issueChallenge, maskEmail, maskPhone, pendingChallenge } from './challenges.ts';
import { newTotpSecret, totpUri } from './totp.ts';

/**
 * MFA factors in My Profile → Manage MFA and Recovery Devices [DOC IDFAQ]: Email, SMS, Voice (IVR), Google
 * Authenticator and Okta Verify; one device added per operation (rule 9), each proven with a code before it is
 * added. Every account starts with the Email factor (the address on the account) [DOC IDMOV; INF: one factor per
 * type, the last factor cannot be removed].
 */
export const FACTOR_LABELS: Record<FactorType, string> = {
  email: 'Email',
  sms: 'SMS',
  voice: 'Voice Call',
  'google-authenticator': 'Google Authenticator',
  'okta-verify': 'Okta Verify',
};

export const FACTOR_MESSAGES = {
  unknownType: `Select the device to add: ${FACTOR_TYPES.map((t) => FACTOR_LABELS[t]).join(', ')}.`,
  alreadyHas: (type: FactorType) => `You already have ${FACTOR_LABELS[type]} as a verification method. Remove it first to set it up again.`,
  phoneFormat: 'Enter the phone number as 10 digits, for example 410-555-0100.',
  noEnrolment: 'There is no device being added. Choose the device again under Add another device.',
  wrongCode: 'That code is not correct. Check it and try again.',
  expiredCode: 'That code has expired. Start adding the device again to get a new one.',
  tooManyWrong: 'Too many wrong codes. Start adding the device again to get a new code.',
  added: (label: string) => `${label} was added. You can now use it to verify your identity when you sign in.`,
  lastFactor: 'You cannot remove your only verification method: every CMS IDM account needs one. Add another device first.',
  notFound: 'You have no such verification method.',
  removed: (label: string) => `${label} was removed from your verification methods.`,
} as const;

export function isFactorType(value: unknown): value is FactorType {
  return typeof value === 'string' && (FACTOR_TYPES as readonly string[]).includes(value);
}

/** The person's factors: the ones recorded, or the default Email factor of every account (reading records nothing). */
export function factorsOf(account: Account): readonly MfaFactor[] {
  return account.factors ?? [{ type: 'email', enrolledAt: '' }];
}

/** A factor as pages name it: "SMS (***-***-0142)". */
export function factorName(account: Account, factor: MfaFactor): string {
  const label = FACTOR_LABELS[factor.type];
  if (factor.type === 'email') return `${label} (${maskEmail(account.email)})`;
  if (factor.type === 'sms' || factor.type === 'voice') return `${label} (${maskPhone(factor.phone ?? '')})`;
  return label;
}

export function factorOfType(account: Account, type: FactorType): MfaFactor | undefined {
  return factorsOf(account).find((f) => f.type === type);
}

/** The types the person may still add. */
export function addableTypes(account: Account): FactorType[] {
  return FACTOR_TYPES.filter((t) => !factorOfType(account, t));
}

export interface EnrolmentStart {
  factor: MfaFactor;
  /** For an app: the secret to type in, and the otpauth:// URI the app reads. */
  secret?: string;
  uri?: string;
}

/**
 * Add another device, first half: checks the choice, sends a code to a phone or e-mail, or makes the secret an
 * app enrols. Nothing is added until the code is entered (confirmEnrolment).
 */
export async function startEnrolment(state: MockState, account: Account, type: string, phone?: string): Promise<EnrolmentStart> {
  if (!isFactorType(type)) throw refuse.invalid(FACTOR_MESSAGES.unknownType, 'type');
  if (factorOfType(account, type)) throw refuse.conflict(FACTOR_MESSAGES.alreadyHas(type), 'type');
  const factor: MfaFactor = { type, enrolledAt: '' };
  if (type === 'sms' || type === 'voice') {
    const digits = (phone ?? '').replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
    if (digits.length !== 10) throw refuse.invalid(FACTOR_MESSAGES.phoneFormat, 'phone');
    factor.phone = normalizedPhone(digits);
  }
  if (type === 'google-authenticator' || type === 'okta-verify') factor.secret = newTotpSecret(state.random);
  await issueChallenge(state, account, factor, 'enrol');
  return factor.secret ? { factor, secret: factor.secret, uri: totpUri(factor.secret, account.userId) } : { factor };
}

/** The device being added, if any. */
export function enrolmentInProgress(state: MockState, account: Account): MfaFactor | undefined {
  return pendingChallenge(state, account, 'enrol')?.factor;
}

/** Add another device, second half: the code proves the device works; then it is added. */
export function confirmEnrolment(state: MockState, account: Account, code: string): MfaFactor {
  const challenge = pendingChallenge(state, account, 'enrol');
  if (!challenge) throw refuse.conflict(FACTOR_MESSAGES.noEnrolment);
  const outcome = checkChallenge(state, account, 'enrol', code);
  if (outcome === 'expired') throw refuse.invalid(FACTOR_MESSAGES.expiredCode, 'code');
  if (outcome === 'wrong') throw refuse.invalid(pendingChallenge(state, account, 'enrol') ? FACTOR_MESSAGES.wrongCode : FACTOR_MESSAGES.tooManyWrong, 'code');
  if (outcome === 'none') throw refuse.conflict(FACTOR_MESSAGES.noEnrolment);
  if (factorOfType(account, challenge.factor.type)) throw refuse.conflict(FACTOR_MESSAGES.alreadyHas(challenge.factor.type));
  const factor = { ...challenge.factor, enrolledAt: state.nowIso() };
  account.factors = [...factorsOf(account), factor];
  return factor;
}

export function cancelEnrolment(state: MockState, account: Account): void {
  dropChallenge(state, account, 'enrol');
}

/** Removes one factor; never the last. */
export function removeFactor(account: Account, type: string): MfaFactor {
  const factors = factorsOf(account);
  const factor = factors.find((f) => f.type === type);
  if (!factor) throw refuse.notFound(FACTOR_MESSAGES.notFound);
  if (factors.length === 1) throw refuse.conflict(FACTOR_MESSAGES.lastFactor);
  account.factors = factors.filter((f) => f !== factor);
  return factor;
}
