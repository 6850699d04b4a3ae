/**
 * The two request wizards' order and steps as plain functions: the Enterprise Portal's Requesting a New Role
 * (mock-portal/domain/enterprise-portal/request-wizard.ts, seed 000 steps 6–12) and the CMS IDM System's Role Request
 * window (mock-portal/domain/idm-role-wizard.ts, seed 001). No server, no browser.
 */
import { expect, test } from '@playwright/test';
import { answerMfaOffer, beginRequest, chooseRole, dueStep, redirectFor, submitIdentityInformation, submitWizard, takePtan, type RequestWizard } from '../../mock-portal/domain/enterprise-portal/request-wizard.ts';
import { IDENTITY_TERMS_MESSAGE } from '../../mock-portal/domain/enterprise-portal/identity-terms.ts';
import { Refusal } from '../../mock-portal/domain/errors.ts';
import { formOf } from '../../mock-portal/domain/forms.ts';
import { IDM_ROLE_MESSAGES } from '../../mock-portal/domain/idm-roles.ts';
import { RIDP_TERMS_MESSAGE, answerProofingQuestions, startRoleRequest, submitAttributes, submitEvidence, windowRedirect } from '../../mock-portal/domain/idm-role-wizard.ts';
import { domainWorld } from './domain-world.ts';

const refusalOf = async (work: () => unknown): Promise<Refusal> => {
  try {
    await work();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

const EVIDENCE = {
  firstName: 'Nora', lastName: 'Nunez', dateOfBirth: '01/02/1980', ssnLast4: '123-45-6789', street: '1 Main St', city: 'Columbia', state: 'SC', zip: '29201',
  phone: '803-555-0100', email: 'nora@example.test',
};

test.describe('Enterprise Portal: Requesting a New Role, step by step (seed 000)', () => {
  test('the steps come in order: role, Identity Verification while not verified, the MFA offer once, the PTAN, the review', () => {
    const { person } = domainWorld();
    const nora = person('nora.none');
    const wizard: RequestWizard = { userId: nora.userId, application: 'Connexion' };
    expect(dueStep(nora, wizard)).toBe('role');
    expect(dueStep(nora, { ...wizard, role: 'EU' })).toBe(nora.identityVerified ? 'mfa' : 'identity');
    nora.identityVerified = true;
    expect(dueStep(nora, { ...wizard, role: 'EU' })).toBe('mfa');
    nora.mfa = 'skipped';
    expect(dueStep(nora, { ...wizard, role: 'EU' })).toBe('access');
    expect(dueStep(nora, { ...wizard, role: 'EU', ptan: '1234560001' })).toBe('review');
  });

  test('a page ahead of the due step sends the person to it; the role and the PTAN can be changed going back', () => {
    const { person } = domainWorld();
    const nora = { ...person('nora.none'), identityVerified: true, mfa: 'added' as const };
    const atReview: RequestWizard = { userId: nora.userId, application: 'Connexion', role: 'EU', ptan: '1234560001' };
    expect(redirectFor(nora, undefined, 'role')).toBe('apps');
    expect(redirectFor(nora, { userId: nora.userId, application: 'Connexion' }, 'review')).toBe('role');
    expect(redirectFor(nora, atReview, 'role')).toBeUndefined();
    expect(redirectFor(nora, atReview, 'access')).toBeUndefined();
    expect(redirectFor(nora, atReview, 'mfa')).toBe('review');
    expect(redirectFor(nora, atReview, 'identity-questions')).toBe('review');
    expect(redirectFor(nora, atReview, 'acknowledgement')).toBe('review');
    const done = { ...atReview, done: { id: '12345678', mailed: true, role: 'EU' as const } };
    expect(redirectFor(nora, done, 'review')).toBe('acknowledgement');
    expect(redirectFor(nora, done, 'acknowledgement')).toBeUndefined();
  });

  test('each step refuses what is not its answer, in the documents\' words', async () => {
    const { state, person } = domainWorld();
    const nora = person('nora.none');
    expect((await refusalOf(() => beginRequest(state, nora, formOf({ application: 'PECOS' })))).message).toBe('Choose DBidS or Connexion in the Access Catalog.');
    const wizard = beginRequest(state, nora, formOf({ application: 'Connexion' }));
    expect((await refusalOf(() => chooseRole(wizard, formOf({ role: 'Admin' })))).field).toBe('role');
    const identity = await refusalOf(() => submitIdentityInformation(state, nora, wizard, formOf({ ...EVIDENCE, zip: '2920' })));
    expect(identity.message).toBe(IDENTITY_TERMS_MESSAGE);
    expect(Object.keys(identity.problems)).toEqual(['agree', 'zip']);
    expect((await refusalOf(() => submitIdentityInformation(state, nora, wizard, formOf({ ...EVIDENCE, zip: '', agree: 'yes' })))).message).toBe('Complete every field of Your Information. Check: ZIP Code.');
    expect((await submitIdentityInformation(state, nora, wizard, formOf({ ...EVIDENCE, agree: 'yes' }))).proofing?.questions).toHaveLength(1);
    expect((await refusalOf(() => answerMfaOffer(nora, formOf({ choice: 'maybe' })))).message).toBe('Select Add MFA, Skip MFA or Cancel.');
    expect(answerMfaOffer(nora, formOf({ choice: 'cancel' }))).toBe('cancel');
    expect(nora.mfa).toBe('not-asked');
    expect(answerMfaOffer(nora, formOf({ choice: 'skip' }))).toBe('skip');
    expect((await refusalOf(() => answerMfaOffer(nora, formOf({ choice: 'add' })))).kind).toBe('conflict');
  });

  test('Submit checks everything again and grants the role, shown five minutes later', async () => {
    const { state, person } = domainWorld();
    const nora = Object.assign(person('nora.none'), { identityVerified: true, mfa: 'skipped' as const });
    const wizard = await takePtan(state, nora, { userId: nora.userId, application: 'Connexion', role: 'EU' }, '1234560001');
    expect(wizard.organizationName).toBe('Acme Medical Supply LLC');
    expect((await refusalOf(() => takePtan(state, nora, { userId: nora.userId, application: 'Connexion', role: 'EU' }, '7654320001'))).field).toBe('ptan');
    const done = await submitWizard(state, nora, wizard);
    expect(done.done).toMatchObject({ role: 'EU', mailed: true });
    expect(nora.roles).toMatchObject([{ application: 'Connexion', role: 'EU', visibleFrom: '2019-08-01T13:05:00.000Z' }]);
    expect((await refusalOf(() => submitWizard(state, nora, wizard))).kind).toBe('conflict');
  });
});

test.describe('CMS IDM System: the Role Request window, window by window (seed 001)', () => {
  test('the windows open in order: identity only while not verified, questions once asked, attributes once verified, the reason once checked', () => {
    const { person } = domainWorld();
    const nora = person('nora.none');
    const wizard = { kind: 'new-role' as const, application: 'Connexion' as const, role: 'EU' as const };
    expect(windowRedirect(nora, undefined, 'identity')).toBe('start');
    expect(windowRedirect(nora, wizard, 'identity')).toBe(nora.identityVerified ? 'attributes' : undefined);
    expect(windowRedirect(nora, wizard, 'questions')).toBe('identity');
    expect(windowRedirect({ ...nora, identityVerified: false }, wizard, 'attributes')).toBe('identity');
    expect(windowRedirect(nora, wizard, 'reason')).toBe('start');
    expect(windowRedirect(nora, { ...wizard, ptans: ['1234560001'] }, 'reason')).toBeUndefined();
    expect(windowRedirect(nora, { ...wizard, kind: 'add-ptan' }, 'attributes')).toBe('start');
  });

  test('Next needs an application, a role and, from a person not verified, the RIDP terms', async () => {
    const { state, person } = domainWorld();
    const nora = Object.assign(person('nora.none'), { identityVerified: false });
    expect((await refusalOf(() => startRoleRequest(state, nora, formOf({})))).problems).toEqual({ application: IDM_ROLE_MESSAGES.application, role: IDM_ROLE_MESSAGES.role, agree: RIDP_TERMS_MESSAGE });
    expect(startRoleRequest(state, nora, formOf({ application: 'Connexion', role: 'EU', agree: 'yes' }))).toEqual({ kind: 'new-role', application: 'Connexion', role: 'EU' });
    expect((await refusalOf(() => startRoleRequest(state, person('eddie.eu'), formOf({ application: 'Connexion', role: 'EU', agree: 'yes' })))).message).toMatch(/already hold/i);
  });

  test('identity evidence, then every question answered with one of its choices, then the attribute menu', async () => {
    const { state, person } = domainWorld();
    const nora = Object.assign(person('nora.none'), { identityVerified: false });
    const wizard = { kind: 'new-role' as const, application: 'Connexion' as const, role: 'EU' as const };
    expect(Object.keys((await refusalOf(() => submitEvidence(state, nora, wizard, formOf({ ...EVIDENCE, state: 'South Carolina' })))).problems)).toEqual(['state']);
    const asked = await submitEvidence(state, nora, wizard, formOf(EVIDENCE));
    expect((await refusalOf(() => answerProofingQuestions(state, nora, asked, formOf({ q1: 'Paris' })))).message).toBe('Answer every question: select one choice for each, then select Verify.');
    const verified = await answerProofingQuestions(state, nora, asked, formOf({ q1: 'Columbia' }));
    expect(nora.identityVerified).toBe(true);
    expect(verified.proofing).toBeUndefined();
    expect((await refusalOf(() => submitAttributes(state, nora, verified, formOf({ action: 'search' })))).message).toBe('Enter the PTAN, then select Search.');
    expect((await submitAttributes(state, nora, verified, formOf({ action: 'search', ptan: '1234560001' }))).found?.legalBusinessName).toBe('Acme Medical Supply LLC');
    expect((await submitAttributes(state, nora, verified, formOf({ action: 'review', ptan: '1234560001' }))).wizard.ptans).toEqual(['1234560001']);
  });
});
