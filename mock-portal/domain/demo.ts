import type { MockState } from './mock-state.ts';
import { applyScenario, type ScenarioInput } from './scenario.ts';

/** The demo accounts' security questions (asked by the Enterprise Portal's Change My Profile), the same for all. */
export const DEMO_SECURITY_QUESTIONS = [
  { question: 'What was the name of your first pet?', answer: 'Biscuit' },
  { question: 'In what city were you born?', answer: 'Baltimore' },
];

/** The demo world `npm start` seeds: two organizations, an AO, a BAO, EUs, a newcomer with no role yet, and three people for the account procedures. */
export const DEMO_WORLD: ScenarioInput = {
  organizations: [
    {
      id: 'acme',
      legalBusinessName: 'Acme Medical Supply LLC',
      ptans: ['1234560001', '1234560002', '1234560003'],
      inactivePtans: ['1234560009'],
      authorizedOfficials: ['jane.ao', 'bob.bao', 'alex.official'],
      bidderNumbers: ['210001', '210002'],
      address: { street: '100 Main Street', city: 'Baltimore', state: 'MD', zip: '21201' },
    },
    {
      id: 'summit',
      legalBusinessName: 'Summit Orthotics Inc',
      ptans: ['9876540001', '9876540002'],
      authorizedOfficials: ['sam.ao'],
      bidderNumbers: ['219001'],
      address: { street: '2 Harbor Road', city: 'Orlando', state: 'FL', zip: '32801' },
    },
  ],
  users: [
    { userId: 'jane.ao', password: 'Correct-Horse-Battery-9', firstName: 'Jane', lastName: 'Ames', organization: 'acme', securityQuestions: DEMO_SECURITY_QUESTIONS, identityVerified: true, mfa: 'added',
      roles: [{ application: 'Connexion', role: 'AO', ptans: ['1234560001'] }, { application: 'DBidS', role: 'AO', ptans: ['1234560001'] }] },
    { userId: 'bob.bao', password: 'Lantern-Orchard-River-42', firstName: 'Robert', lastName: 'Baker', organization: 'acme', securityQuestions: DEMO_SECURITY_QUESTIONS, identityVerified: true, mfa: 'skipped',
      roles: [{ application: 'Connexion', role: 'BAO', ptans: ['1234560001'] }] },
    { userId: 'eve.eu', password: 'Quiet-Meadow-Copper-17', firstName: 'Eve', lastName: 'Ellis', organization: 'acme', securityQuestions: DEMO_SECURITY_QUESTIONS, identityVerified: true, mfa: 'skipped',
      roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001', '1234560002'] }] },
    { userId: 'alex.official', password: 'Silver-Canyon-Maple-58', firstName: 'Alex', lastName: 'Ortiz', organization: 'acme', securityQuestions: DEMO_SECURITY_QUESTIONS, identityVerified: false },
    { userId: 'nina.new', password: 'Amber-Falcon-Willow-33', firstName: 'Nina', lastName: 'Newman', organization: 'acme', securityQuestions: DEMO_SECURITY_QUESTIONS, identityVerified: false },
    // The IDM User Guide's account procedures: a person who forgot a user ID or password, one locked out, one whose
    // password expired after 60 days unused (the clock starts 1 August 2019).
    { userId: 'fran.forgot', password: 'Hazel-Brook-Lantern-26', firstName: 'Frances', lastName: 'Ford', organization: 'acme', securityQuestions: DEMO_SECURITY_QUESTIONS, identityVerified: false },
    { userId: 'lou.locked', password: 'Cedar-Ridge-Marble-64', firstName: 'Louis', lastName: 'Lock', organization: 'acme', securityQuestions: DEMO_SECURITY_QUESTIONS, identityVerified: false, locked: true },
    { userId: 'olga.old', password: 'Willow-Stone-Harbor-85', firstName: 'Olga', lastName: 'Olsen', organization: 'acme', securityQuestions: DEMO_SECURITY_QUESTIONS, identityVerified: false, lastSignInAt: '2019-05-01T14:00:00.000Z' },
    { userId: 'sam.ao', password: 'Granite-Harbor-Tulip-71', firstName: 'Sam', lastName: 'Shaw', organization: 'summit', securityQuestions: DEMO_SECURITY_QUESTIONS, identityVerified: true, mfa: 'added',
      roles: [{ application: 'Connexion', role: 'AO', ptans: ['9876540001'] }] },
  ],
};

export interface DemoAccount {
  userId: string;
  password: string;
  roles: string;
  organization: string;
}

export function seedDemoWorld(state: MockState): DemoAccount[] {
  const outcome = applyScenario(state, DEMO_WORLD);
  if ('problems' in outcome) throw new Error(`The demo world breaks a rule: ${JSON.stringify(outcome.problems)}`);
  return outcome.result.users.map((u) => ({
    userId: u.userId,
    password: u.password,
    roles: u.roles.map((r) => `${r.role} (${r.application})`).join(', ') || 'none yet',
    organization: outcome.result.organizations.find((o) => o.id === u.organizationId)?.legalBusinessName ?? u.organizationId,
  }));
}
