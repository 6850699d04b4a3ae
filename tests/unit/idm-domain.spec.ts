/**
 * The CMS IDM System's rules as plain functions (mock-portal/domain/idm-roles.ts, approvals.ts, profile.ts), with a
 * PECOS answered from the portal's own organizations.
 */
import { expect, test } from '@playwright/test';
import { decideAsApprover, requestsAwaiting } from '../../mock-portal/domain/approvals.ts';
import { parsePtans, removeOwnRole, submitAddPtans, submitNewRole, submitRoleChanges } from '../../mock-portal/domain/idm-roles.ts';
import { MockState } from '../../mock-portal/domain/mock-state.ts';
import { contactProblems } from '../../mock-portal/domain/profile.ts';
import { applyScenario } from '../../mock-portal/domain/scenario.ts';
import type { Account } from '../../mock-portal/domain/types.ts';
import type { Upstream } from '../../mock-portal/domain/upstream.ts';

function world(): { state: MockState; person: (id: string) => Account } {
  const upstream: Upstream = {
    sendMail: async () => undefined,
    sendPhoneMessage: async () => undefined,
    phoneProofingStatus: async () => undefined,
    lookupPtan: async (ptan) => {
      const org = [...state.organizations.values()].find((o) => o.ptans.includes(ptan) || o.inactivePtans.includes(ptan));
      return org && { ptan, active: org.ptans.includes(ptan), organizationId: org.id, legalBusinessName: org.legalBusinessName, authorizedOfficials: org.authorizedOfficials };
    },
    startProofing: async () => ({ sessionId: 's', questions: [] }),
    finishProofing: async () => ({ verified: true, referenceNumber: 'r' }),
  };
  const state = new MockState(upstream);
  const outcome = applyScenario(state, {
    organizations: [{ id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002', '1234560003'], authorizedOfficials: ['jane.ao', 'bob.bao'] }],
    users: [
      { userId: 'jane.ao', organization: 'acme', identityVerified: true, roles: [{ application: 'Connexion', role: 'AO', ptans: ['1234560001'] }] },
      { userId: 'bob.bao', organization: 'acme', identityVerified: true, roles: [{ application: 'Connexion', role: 'BAO', ptans: ['1234560001'] }] },
      { userId: 'eddie.eu', organization: 'acme', identityVerified: true, roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001', '1234560002'] }] },
      { userId: 'nina.new', organization: 'acme', identityVerified: false },
    ],
  });
  if ('problems' in outcome) throw new Error(JSON.stringify(outcome.problems));
  return { state, person: (id) => state.findAccount(id)! };
}

test.describe('IDM role requests (seed 001)', () => {
  test('PTANs typed in one field: commas, semicolons or spaces, duplicates dropped', () => {
    expect(parsePtans(' 1234560001, 1234560002;1234560001  1234560003 ')).toEqual(['1234560001', '1234560002', '1234560003']);
    expect(parsePtans('  ')).toEqual([]);
  });

  test('a new role needs a verified identity, a justification, and no role or pending request in that application', async () => {
    const { state, person } = world();
    const request = { application: 'DBidS' as const, role: 'EU' as const, ptans: ['1234560001'], justification: 'Bids.' };
    await expect(submitNewRole(state, person('nina.new'), request)).rejects.toThrow(/Verify your identity first/);
    await expect(submitNewRole(state, person('eddie.eu'), { ...request, justification: ' ' })).rejects.toThrow(/Enter a justification/);
    await expect(submitNewRole(state, person('eddie.eu'), { ...request, application: 'Connexion' })).rejects.toThrow(/You already hold a Connexion role/);
    const submitted = await submitNewRole(state, person('eddie.eu'), request);
    expect(submitted).toMatchObject({ kind: 'new-role', status: 'pending', organizationId: 'acme' });
    await expect(submitNewRole(state, person('eddie.eu'), request)).rejects.toThrow(new RegExp(`request ${submitted.id} for a DBidS role is already waiting`));
    expect(person('eddie.eu').roles.map((r) => r.application)).toEqual(['Connexion']);
  });

  test('Add Role refuses a PTAN already on the role or already waiting in another request', async () => {
    const { state, person } = world();
    const eddie = person('eddie.eu');
    await expect(submitAddPtans(state, eddie, 'Connexion', { ptans: ['1234560002'], justification: 'x' })).rejects.toThrow(/already on your Connexion role/);
    const first = await submitAddPtans(state, eddie, 'Connexion', { ptans: ['1234560003'], justification: 'x' });
    await expect(submitAddPtans(state, eddie, 'Connexion', { ptans: ['1234560003'], justification: 'x' })).rejects.toThrow(new RegExp(`already requested in request ${first.id}`));
  });

  test('Edit Role Details: the last PTAN stays, removals apply at once, additions wait', async () => {
    const { state, person } = world();
    const eddie = person('eddie.eu');
    await expect(submitRoleChanges(state, eddie, 'Connexion', { add: [], remove: ['1234560001', '1234560002'], justification: 'x' })).rejects.toThrow(/cannot remove the last one/);
    await expect(submitRoleChanges(state, eddie, 'Connexion', { add: [], remove: [], justification: 'x' })).rejects.toThrow(/Nothing was changed/);
    const removed = await submitRoleChanges(state, eddie, 'Connexion', { add: [], remove: ['1234560002'], justification: 'x' });
    expect(removed).toMatchObject({ immediate: true, request: { kind: 'modify-role', status: 'approved' } });
    expect(eddie.roles[0]?.ptans).toEqual(['1234560001']);
    const added = await submitRoleChanges(state, eddie, 'Connexion', { add: ['1234560003'], remove: [], justification: 'x' });
    expect(added).toMatchObject({ immediate: false, request: { kind: 'add-ptan', status: 'pending', ptans: ['1234560003'] } });
    expect(eddie.roles[0]?.ptans).toEqual(['1234560001']);
  });

  test('an AO may not remove their own role while others are registered; an EU may, and their waiting requests are withdrawn', async () => {
    const { state, person } = world();
    await expect(removeOwnRole(state, person('jane.ao'), 'Connexion')).rejects.toThrow(/877-577-5331/);
    const eddie = person('eddie.eu');
    const waiting = await submitAddPtans(state, eddie, 'Connexion', { ptans: ['1234560003'], justification: 'x' });
    const removal = await removeOwnRole(state, eddie, 'Connexion');
    expect(removal).toMatchObject({ kind: 'remove-role', status: 'approved' });
    expect(eddie.roles).toEqual([]);
    expect(waiting.status).toBe('rejected');
  });
});

test.describe('IDM approvals', () => {
  test('a BAO sees and decides EU requests, not BAO ones; the AO decides both', async () => {
    const { state, person } = world();
    const eu = await submitAddPtans(state, person('eddie.eu'), 'Connexion', { ptans: ['1234560003'], justification: 'x' });
    const bao = await submitAddPtans(state, person('bob.bao'), 'Connexion', { ptans: ['1234560002'], justification: 'x' });
    expect(requestsAwaiting(state, person('bob.bao')).map((r) => r.id)).toEqual([eu.id]);
    expect(requestsAwaiting(state, person('jane.ao')).map((r) => r.id)).toEqual([eu.id, bao.id]);
    await expect(decideAsApprover(state, person('bob.bao'), bao.id, 'approved')).rejects.toThrow(/is not waiting on you/);
    await expect(decideAsApprover(state, person('eddie.eu'), eu.id, 'approved')).rejects.toThrow(/is not waiting on you/);
    await decideAsApprover(state, person('bob.bao'), eu.id, 'approved');
    expect(person('eddie.eu').roles[0]?.ptans).toEqual(['1234560001', '1234560002', '1234560003']);
  });
});

test.describe('IDM Personal Contact Information', () => {
  test('the e-mail address is checked', () => {
    const { person } = world();
    const jane = person('jane.ao');
    expect(contactProblems(jane, { email: 'jane@acme.example' })).toEqual({});
    expect(contactProblems(jane, { email: '' }).email).toMatch(/Enter your email address/);
    expect(contactProblems(jane, { email: 'jane@acme' }).email).toMatch(/format name@example.com/);
    expect(contactProblems(jane, { email: 'a b@acme.example' }).email).toMatch(/format/);
    expect(contactProblems(jane, { email: `${'a'.repeat(250)}@x.example` }).email).toMatch(/at most 254/);
    expect(contactProblems(jane, { email: jane.email.toUpperCase() }).email).toMatch(/already your email address/);
    expect(contactProblems(jane, { email: 'jane@acme.example', phone: '12' }).phone).toMatch(/10 digits/);
  });
});
