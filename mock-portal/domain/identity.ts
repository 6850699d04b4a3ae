import { cbicHelp } from '../config.ts';
import { refuse } from './errors.ts';
import type { MockState } from './mock-state.ts';
import type { Account } from './types.ts';
import { UpstreamUnavailable, type IdentityEvidence, type ProofingQuestion } from './upstream.ts';

/**
 * Remote identity proofing (RIDP), asked once per person [DOC S0 step 8, S1 steps 8–10], through the upstream
 * identity service (Experian in the real system), so a test can make it fail or time out.
 */
export const IDENTITY_MESSAGES = {
  unavailable: `The identity verification service is not answering right now. Nothing was changed: please try again in a few minutes; if it keeps failing, ${cbicHelp}.`,
  failed: (reference: string) =>
    `We could not verify your identity from your answers, so no role can be requested yet. Call Experian's phone proofing line (${EXPERIAN_PHONE}) and give reference number ${reference}; once Experian verifies you, select Check Phone Proofing to go on with your role request. If Experian cannot verify you by phone, ${cbicHelp}.`,
  phoneWaiting: (reference: string) =>
    `Experian has not verified you by phone yet. Call Experian's phone proofing line (${EXPERIAN_PHONE}) and give reference number ${reference}, then select Check Phone Proofing again.`,
  phoneFailed: (reference: string) =>
    `Experian could not verify your identity by phone (reference number ${reference}), so your identity cannot be verified online or by phone. To have it verified another way, ${cbicHelp}; the help desk will tell you what to send. No role can be requested until then.`,
  phoneVerified: 'Experian verified your identity by phone. Go on with your role request.',
  noPhoneProofing: 'There is no phone proofing to check: complete the Identity Verification form and the proofing questions first.',
  alreadyVerified: 'Your identity is already verified; you are not asked again.',
} as const;

/** [DOC RIDP1: proofing is done through Experian; the phone number is INF] Experian's phone proofing line. */
export const EXPERIAN_PHONE = '1-866-578-5409';

/** The fields of the Identity Verification form and what each must look like. [DOC RIDP2; formats INF] */
export const EVIDENCE_FIELDS: { name: keyof Omit<IdentityEvidence, 'userId'>; label: string; pattern: RegExp; hint: string }[] = [
  { name: 'firstName', label: 'First Name', pattern: /^.{1,60}$/, hint: 'Enter your legal first name.' },
  { name: 'lastName', label: 'Last Name', pattern: /^.{1,60}$/, hint: 'Enter your legal last name.' },
  { name: 'dateOfBirth', label: 'Date of Birth', pattern: /^\d{2}\/\d{2}\/\d{4}$/, hint: 'Enter your date of birth as MM/DD/YYYY.' },
  { name: 'ssnLast4', label: 'Social Security Number', pattern: /^\d{3}-?\d{2}-?\d{4}$/, hint: 'Enter your 9-digit Social Security Number.' },
  { name: 'street', label: 'Home Address', pattern: /^.{3,120}$/, hint: 'Enter your current home street address.' },
  { name: 'city', label: 'City', pattern: /^.{2,60}$/, hint: 'Enter your city.' },
  { name: 'state', label: 'State', pattern: /^[A-Za-z]{2}$/, hint: 'Enter the two-letter state code.' },
  { name: 'zip', label: 'ZIP Code', pattern: /^\d{5}$/, hint: 'Enter the 5-digit ZIP code.' },
  { name: 'phone', label: 'Phone Number', pattern: /^\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}$/, hint: 'Enter a 10-digit phone number.' },
  { name: 'email', label: 'E-mail Address', pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, hint: 'Enter your personal e-mail address.' },
];

/** Checks the form; returns field → message for each field that is missing or malformed. */
export function evidenceProblems(input: Record<string, unknown>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of EVIDENCE_FIELDS) {
    const value = typeof input[field.name] === 'string' ? (input[field.name] as string).trim() : '';
    if (!field.pattern.test(value)) problems[field.name] = field.hint;
  }
  return problems;
}

export async function startProofing(state: MockState, account: Account, input: Record<string, unknown>): Promise<{ sessionId: string; questions: ProofingQuestion[] }> {
  const problems = evidenceProblems(input);
  if (Object.keys(problems).length) throw refuse.invalid(Object.values(problems).join(' '));
  const value = (name: string) => String(input[name]).trim();
  const evidence: IdentityEvidence = {
    userId: account.userId,
    firstName: value('firstName'),
    lastName: value('lastName'),
    dateOfBirth: value('dateOfBirth'),
    ssnLast4: value('ssnLast4').replace(/\D/g, '').slice(-4),
    street: value('street'),
    city: value('city'),
    state: value('state').toUpperCase(),
    zip: value('zip'),
    phone: value('phone'),
    email: value('email'),
  };
  try {
    return await state.upstream.startProofing(evidence);
  } catch (error) {
    if (error instanceof UpstreamUnavailable) throw refuse.unavailable(IDENTITY_MESSAGES.unavailable);
    throw error;
  }
}

/** Sends the answers; a verified person is never asked again, a failed one gets no role and is told what to do. */
export async function finishProofing(state: MockState, account: Account, sessionId: string, answers: Record<string, string>): Promise<void> {
  let outcome: { verified: boolean; referenceNumber: string };
  try {
    outcome = await state.upstream.finishProofing(sessionId, answers);
  } catch (error) {
    if (error instanceof UpstreamUnavailable) throw refuse.unavailable(IDENTITY_MESSAGES.unavailable);
    throw error;
  }
  if (!outcome.verified) {
    account.phoneProofing = { referenceNumber: outcome.referenceNumber, status: 'waiting' };
    throw refuse.forbidden(IDENTITY_MESSAGES.failed(outcome.referenceNumber));
  }
  account.identityVerified = true;
  delete account.phoneProofing;
}

/**
 * Rule 14 [path DOC IDMUG TOC; steps INF]: after failed online proofing, the person calls Experian with the
 * reference number; Check Phone Proofing asks Experian how the call went. Verified: the person is proofed and goes
 * on. Not yet: call first. Failed: only the help desk can verify the person now.
 */
export async function checkPhoneProofing(state: MockState, account: Account): Promise<void> {
  const proofing = account.phoneProofing;
  if (!proofing) throw refuse.conflict(IDENTITY_MESSAGES.noPhoneProofing);
  if (proofing.status === 'failed') throw refuse.forbidden(IDENTITY_MESSAGES.phoneFailed(proofing.referenceNumber));
  let status: Awaited<ReturnType<MockState['upstream']['phoneProofingStatus']>>;
  try {
    status = await state.upstream.phoneProofingStatus(proofing.referenceNumber);
  } catch (error) {
    if (error instanceof UpstreamUnavailable) throw refuse.unavailable(IDENTITY_MESSAGES.unavailable);
    throw error;
  }
  if (status === 'verified') {
    account.identityVerified = true;
    delete account.phoneProofing;
    return;
  }
  if (status === 'failed') {
    proofing.status = 'failed';
    throw refuse.forbidden(IDENTITY_MESSAGES.phoneFailed(proofing.referenceNumber));
  }
  throw refuse.conflict(IDENTITY_MESSAGES.phoneWaiting(proofing.referenceNumber));
}
