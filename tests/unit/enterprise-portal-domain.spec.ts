/**
 * The Enterprise Portal's rules as plain functions (mock-portal/domain/enterprise-portal/): the five-minute wait
 * and display delay on the mock clock, the MFA offer made once, Change My Profile's checks.
 */
import { expect, test } from '@playwright/test';
import { Refusal } from '../../mock-portal/domain/errors.ts';
import { MockState } from '../../mock-portal/domain/mock-state.ts';
import type { Account } from '../../mock-portal/domain/types.ts';
import type { Upstream } from '../../mock-portal/domain/upstream.ts';
import { checkRemovalWaitOver, displayedRoles, requestAllowedFrom } from '../../mock-portal/domain/enterprise-portal/timing.ts';
import { mfaOfferDue, parseMfaChoice, recordMfaChoice } from '../../mock-portal/domain/enterprise-portal/mfa.ts';
import { PROFILE_MESSAGES, profileChangeProblems } from '../../mock-portal/domain/enterprise-portal/profile.ts';
import { parseApplication, parseRole } from '../../mock-portal/domain/enterprise-portal/roles.ts';

const noUpstream: Upstream = {
  sendMail: async () => undefined,
  sendPhoneMessage: async () => undefined,
  phoneProofingStatus: async () => undefined,
  lookupPtan: async () => undefined,
  startProofing: async () => ({ sessionId: 's', questions: [] }),
  finishProofing: async () => ({ verified: false, referenceNumber: 'r' }),
};

function account(overrides: Partial<Account> = {}): Account {
  return {
    userId: 'eddie.eu', passwordHash: '', password: '', email: 'eddie@example.test', firstName: 'Eddie', lastName: 'Underwood', phone: '803-555-0100',
    organizationId: 'acme', identityVerified: true, mfa: 'not-asked', roles: [], failedAttempts: 0, locked: false,
    securityQuestions: [{ question: 'In what city were you born?', answer: 'Columbia' }],
    ...overrides,
  };
}

test.describe('Enterprise Portal timing rules (seed 000)', () => {
  test('a request is refused until five minutes after the last removal, then allowed', () => {
    const state = new MockState(noUpstream);
    const eddie = account({ lastRoleRemovalAt: state.nowIso() });
    expect(() => checkRemovalWaitOver(state, eddie)).toThrow(/please try again at Aug 1, 2019, 9:05:00/);
    state.clock.advanceMinutes(4.99);
    expect(requestAllowedFrom(state, eddie)?.toISOString()).toBe('2019-08-01T13:05:00.000Z');
    state.clock.advanceMinutes(0.01);
    expect(requestAllowedFrom(state, eddie)).toBeUndefined();
    expect(() => checkRemovalWaitOver(state, eddie)).not.toThrow();
  });

  test('a role with visibleFrom displays from that moment on; a role without it at once', () => {
    const state = new MockState(noUpstream);
    const eddie = account({
      roles: [
        { application: 'DBidS', role: 'EU', organizationId: 'acme', ptans: ['1234560001'], grantedAt: state.nowIso() },
        { application: 'Connexion', role: 'EU', organizationId: 'acme', ptans: ['1234560001'], grantedAt: state.nowIso(), visibleFrom: '2019-08-01T13:05:00.000Z' },
      ],
    });
    expect(displayedRoles(state, eddie).map((r) => r.application)).toEqual(['DBidS']);
    state.clock.advanceMinutes(5);
    expect(displayedRoles(state, eddie).map((r) => r.application)).toEqual(['DBidS', 'Connexion']);
  });
});

test.describe('Enterprise Portal MFA offer and inputs', () => {
  test('the MFA offer is answered once; a second answer is refused', () => {
    const eddie = account();
    expect(mfaOfferDue(eddie)).toBe(true);
    recordMfaChoice(eddie, 'skip');
    expect(eddie.mfa).toBe('skipped');
    expect(mfaOfferDue(eddie)).toBe(false);
    expect(() => recordMfaChoice(eddie, 'add')).toThrow(Refusal);
    expect(eddie.mfa).toBe('skipped');
  });

  test('unknown choices, applications and roles are refused with what to do', () => {
    expect(() => parseMfaChoice('maybe')).toThrow('Select Add MFA, Skip MFA or Cancel.');
    expect(() => parseApplication('PECOS')).toThrow('Choose DBidS or Connexion');
    expect(() => parseRole('Admin')).toThrow('Select your new role: AO, BAO or EU.');
    expect(parseRole('BAO')).toBe('BAO');
  });
});

test.describe('Change My Profile checks (seed 000 Update Email Address)', () => {
  const eddie = account();
  const ok = { answers: ['columbia'], email: 'eddie.new@example.test', confirmEmail: 'Eddie.New@example.test' };

  test('right answers and a valid address typed twice pass', () => {
    expect(profileChangeProblems(eddie, ok)).toEqual({});
  });

  test('each problem is named by its field', () => {
    expect(profileChangeProblems(eddie, { ...ok, answers: ['Paris'] })).toEqual({ answers: PROFILE_MESSAGES.securityAnswers });
    expect(profileChangeProblems(eddie, { ...ok, answers: [] })).toEqual({ answers: PROFILE_MESSAGES.securityAnswers });
    expect(profileChangeProblems(eddie, { ...ok, email: 'nope', confirmEmail: 'nope' })).toEqual({ email: PROFILE_MESSAGES.emailFormat });
    expect(profileChangeProblems(eddie, { ...ok, confirmEmail: 'other@example.test' })).toEqual({ confirmEmail: PROFILE_MESSAGES.confirmMismatch });
    expect(profileChangeProblems(eddie, { ...ok, email: '', confirmEmail: '' })).toEqual({ email: PROFILE_MESSAGES.emailMissing, confirmEmail: PROFILE_MESSAGES.confirmMissing });
    expect(profileChangeProblems(eddie, { ...ok, email: 'EDDIE@example.test', confirmEmail: 'eddie@example.test' })).toEqual({ email: PROFILE_MESSAGES.sameEmail });
  });
});
