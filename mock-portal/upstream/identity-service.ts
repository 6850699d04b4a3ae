import type { MockState } from '../domain/mock-state.ts';
import type { IdentityEvidence, ProofingQuestion } from '../domain/upstream.ts';
import { refuse } from '../domain/errors.ts';
import type { FormFields } from '../domain/forms.ts';

/**
 * The simulated identity-proofing service: out-of-wallet questions whose right answers are the details the person
 * entered on the Identity Verification form, so a person who answers truthfully passes and one who does not fails.
 * [INF: domain.md §3.3, 3 multiple-choice questions with "None of the above"]
 */
interface ProofingSession {
  questions: ProofingQuestion[];
  answers: Record<string, string>;
  referenceNumber: string;
}

const sessionsByPortal = new WeakMap<MockState, Map<string, ProofingSession>>();

export function proofingSessions(state: MockState): Map<string, ProofingSession> {
  let sessions = sessionsByPortal.get(state);
  if (!sessions) {
    sessions = new Map();
    sessionsByPortal.set(state, sessions);
  }
  return sessions;
}

export const NONE_OF_THE_ABOVE = 'None of the above';

/**
 * The right answers: what the person entered on the Identity Verification form, as a credit file would hold it.
 * Someone answering truthfully about the details they gave passes; "None of the above" or another choice fails.
 */
export function rightProofingAnswers(evidence: Pick<IdentityEvidence, 'street' | 'city' | 'phone'>): { street: string; city: string; phone: string } {
  return { street: evidence.street.trim(), city: evidence.city.trim(), phone: formatPhone(evidence.phone) };
}

/** Choices that are never the person's own (a test picks one to fail on purpose). */
export const DECOYS = {
  street: ['48 Maple Avenue', '910 Oak Street', '77 Cedar Lane', '3 Birch Road'],
  city: ['Springfield', 'Riverton', 'Fairview', 'Greenville'],
  phone: ['312-555-0187', '415-555-0133', '602-555-0199', '919-555-0122'],
} as const;

function formatPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return digits.length === 10 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` : phone.trim();
}

/** The right answer among three decoys, at a place that depends on the answer, then "None of the above". */
function choicesWith(right: string, decoys: readonly string[]): string[] {
  const others = decoys.filter((d) => d.toLowerCase() !== right.toLowerCase()).slice(0, 3);
  let h = 0;
  for (const ch of right) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  others.splice(h % (others.length + 1), 0, right);
  return [...others, NONE_OF_THE_ABOVE];
}

export function proofingQuestionsFor(state: MockState, evidence: IdentityEvidence) {
  const right = rightProofingAnswers(evidence);
  const questions: ProofingQuestion[] = [
    { id: 'q1', text: 'Which of the following addresses have you lived at?', choices: choicesWith(right.street, DECOYS.street) },
    { id: 'q2', text: 'In which of the following cities have you lived?', choices: choicesWith(right.city, DECOYS.city) },
    { id: 'q3', text: 'Which of the following phone numbers has been associated with you?', choices: choicesWith(right.phone, DECOYS.phone) },
  ];
  const sessionId = `ps-${state.random.digits(10)}`;
  const referenceNumber = `EXP-${state.random.digits(8)}`;
  proofingSessions(state).set(sessionId, { questions, answers: { q1: right.street, q2: right.city, q3: right.phone }, referenceNumber });
  phoneProofingRecords(state).set(referenceNumber, { dateOfBirth: evidence.dateOfBirth.trim(), ssnLast4: evidence.ssnLast4, status: 'waiting' });
  return { sessionId, questions };
}

/**
 * Phone proofing [DOC IDMUG TOC; steps INF]: after failing the online questions, the person calls Experian with the
 * reference number; the agent confirms the date of birth and the last four digits of the SSN given on the form.
 * The call is simulated by the page /experian/ (routes/experian.ts); the portal asks for the outcome over HTTP.
 */
export type PhoneProofingStatus = 'waiting' | 'verified' | 'failed';
interface PhoneProofingRecord {
  dateOfBirth: string;
  ssnLast4: string;
  status: PhoneProofingStatus;
}

const phoneRecordsByPortal = new WeakMap<MockState, Map<string, PhoneProofingRecord>>();

function phoneProofingRecords(state: MockState): Map<string, PhoneProofingRecord> {
  let records = phoneRecordsByPortal.get(state);
  if (!records) {
    records = new Map();
    phoneRecordsByPortal.set(state, records);
  }
  return records;
}

export function phoneProofingStatus(state: MockState, referenceNumber: string): PhoneProofingStatus | undefined {
  return phoneProofingRecords(state).get(referenceNumber.trim().toUpperCase())?.status;
}

/**
 * The call to Experian: the agent checks the details against the ones given on the Identity Verification form.
 * One call decides: verified, or failed (then only the help desk can help). Unknown references are undefined.
 */
export function answerPhoneProofingCall(state: MockState, referenceNumber: string, details: { dateOfBirth: string; ssnLast4: string }): PhoneProofingStatus | undefined {
  const record = phoneProofingRecords(state).get(referenceNumber.trim().toUpperCase());
  if (!record) return undefined;
  if (record.status !== 'waiting') return record.status;
  const matches = details.dateOfBirth.trim() === record.dateOfBirth && details.ssnLast4.replace(/\D/g, '').slice(-4) === record.ssnLast4;
  record.status = matches ? 'verified' : 'failed';
  return record.status;
}

/** The simulated call's form (/experian/) as sent. */
export function phoneProofingCallOf(form: FormFields): { referenceNumber: string; dateOfBirth: string; ssnLast4: string } {
  return { referenceNumber: form.text('referenceNumber'), dateOfBirth: form.text('dateOfBirth'), ssnLast4: form.text('ssnLast4') };
}

/** The agent answers the simulated call: verified or failed; an unknown reference number is refused. */
export function callPhoneProofingLine(state: MockState, form: FormFields): PhoneProofingStatus {
  const details = phoneProofingCallOf(form);
  const outcome = answerPhoneProofingCall(state, details.referenceNumber, details);
  if (!outcome) throw refuse.notFound('The agent cannot find that reference number. Check the number the CMS IDM System gave you.');
  return outcome;
}
