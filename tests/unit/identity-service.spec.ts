import { test, expect } from '@playwright/test';
import { MockState } from '../../mock-portal/domain/mock-state.ts';
import type { IdentityEvidence, Upstream } from '../../mock-portal/domain/upstream.ts';
import { DECOYS, NONE_OF_THE_ABOVE, proofingQuestionsFor, proofingSessions } from '../../mock-portal/upstream/identity-service.ts';

const evidence: IdentityEvidence = {
  userId: 'nina.new', firstName: 'Nina', lastName: 'Newman', dateOfBirth: '04/12/1970', ssnLast4: '6789',
  street: '12 Elm Street', city: 'Columbia', state: 'SC', zip: '29201', phone: '(803) 555-0142', email: 'nina@example.test',
};

test('proofing asks about the details entered; each question holds the true one once, decoys and "None of the above"', () => {
  const state = new MockState({} as Upstream);
  const { sessionId, questions } = proofingQuestionsFor(state, evidence);
  expect(questions.map((q) => q.choices.filter((c) => ['12 Elm Street', 'Columbia', '803-555-0142'].includes(c)).length)).toEqual([1, 1, 1]);
  for (const q of questions) {
    expect(q.choices).toHaveLength(5);
    expect(q.choices.at(-1)).toBe(NONE_OF_THE_ABOVE);
  }
  expect(proofingSessions(state).get(sessionId)?.answers).toEqual({ q1: '12 Elm Street', q2: 'Columbia', q3: '803-555-0142' });
});

test('a decoy equal to what the person entered is left out, so there is never a second right choice', () => {
  const state = new MockState({} as Upstream);
  const { questions } = proofingQuestionsFor(state, { ...evidence, street: DECOYS.street[0] });
  expect(questions[0]?.choices.filter((c) => c === DECOYS.street[0])).toHaveLength(1);
});
