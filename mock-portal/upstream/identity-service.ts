import type { Portal } from '../domain/portal.ts';
import type { ProofingQuestion } from '../domain/upstream.ts';

/**
 * The simulated identity-proofing service's knowledge: out-of-wallet questions whose right answers derive
 * from the person's record, so a test knows them (see fixtures) and a person can fail them by choosing others.
 * [INF: domain.md §3.3, 3 multiple-choice questions with "None of the above"]
 */
interface ProofingSession {
  questions: ProofingQuestion[];
  answers: Record<string, string>;
  referenceNumber: string;
}

const sessionsByPortal = new WeakMap<Portal, Map<string, ProofingSession>>();

export function proofingSessions(portal: Portal): Map<string, ProofingSession> {
  let sessions = sessionsByPortal.get(portal);
  if (!sessions) {
    sessions = new Map();
    sessionsByPortal.set(portal, sessions);
  }
  return sessions;
}

export const NONE_OF_THE_ABOVE = 'None of the above';

/** The right answers for a person: stable, derived from their record. Exported for test fixtures. */
export function rightProofingAnswers(userId: string): { street: string; lender: string; county: string } {
  let h = 0;
  for (const ch of userId.toLowerCase()) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const streets = ['Maple Avenue', 'Oak Street', 'Cedar Lane', 'Birch Road'];
  const lenders = ['First Federal Bank', 'Prairie Credit Union', 'Harbor Mortgage', 'Summit Auto Finance'];
  const counties = ['Richland County', 'Franklin County', 'Greene County', 'Marion County'];
  return { street: streets[h % 4]!, lender: lenders[(h >>> 2) % 4]!, county: counties[(h >>> 4) % 4]! };
}

export function proofingQuestionsFor(portal: Portal, userId: string) {
  const right = rightProofingAnswers(userId);
  const questions: ProofingQuestion[] = [
    { id: 'q1', text: 'Which of the following streets have you lived on?', choices: ['Maple Avenue', 'Oak Street', 'Cedar Lane', 'Birch Road', NONE_OF_THE_ABOVE] },
    { id: 'q2', text: 'Which of these companies has given you a loan?', choices: ['First Federal Bank', 'Prairie Credit Union', 'Harbor Mortgage', 'Summit Auto Finance', NONE_OF_THE_ABOVE] },
    { id: 'q3', text: 'In which county have you owned or rented a home?', choices: ['Richland County', 'Franklin County', 'Greene County', 'Marion County', NONE_OF_THE_ABOVE] },
  ];
  const sessionId = `ps-${portal.random.digits(10)}`;
  const referenceNumber = `EXP-${portal.random.digits(8)}`;
  proofingSessions(portal).set(sessionId, { questions, answers: { q1: right.street, q2: right.lender, q3: right.county }, referenceNumber });
  return { sessionId, questions };
}
