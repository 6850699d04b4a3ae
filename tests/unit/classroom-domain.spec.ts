import { peopleWithChallenges } from '../../mock-portal/domain/mfa/challenges.ts';
import { test, expect } from '@playwright/test';
import { FORM_A_BUSINESS } from '../../fixtures/bidding-world.ts';
import { roster, seedClass, traineeMail, traineeOf } from '../../mock-portal/domain/classroom/class.ts';
import { resetTrainee } from '../../mock-portal/domain/classroom/reset.ts';
import { traineeId, traineeNumber } from '../../mock-portal/domain/classroom/trainee-world.ts';
import { deliver } from '../../mock-portal/domain/mail.ts';
import type { MockState } from '../../mock-portal/domain/mock-state.ts';
import { removeOwnRole } from '../../mock-portal/domain/idm-roles.ts';
import { saveBusinessOrganization } from '../../mock-portal/domain/bidding/dbids.ts';
import { checkPassword, sendVerificationCode } from '../../mock-portal/domain/sign-in.ts';
import { snapshot } from '../../mock-portal/domain/snapshot.ts';
import { Refusal } from '../../mock-portal/domain/errors.ts';
import { withoutTrainee, traineePart } from '../classroom/class-world.ts';
import { domainWorld } from './domain-world.ts';

/** The rest of the state, and the trainee's own part, as JSON. */
const restOf = (state: MockState, id: string) => JSON.stringify(withoutTrainee(snapshot(state), id));
const partOf = (state: MockState, id: string) => JSON.stringify(traineePart(snapshot(state), id));

/** Things a trainee's people do: a code e-mailed, a failed password, a role removed, Form A saved, the locked one unlocked. */
async function busy(state: MockState, id: string): Promise<void> {
  const person = (suffix: string) => state.findAccount(`${id}.${suffix}`)!;
  await sendVerificationCode(state, person('ao'), 'CMS IDM System');
  await expect(checkPassword(state, `${id}.bao`, 'Not-The-Password-1')).rejects.toThrow(Refusal);
  await removeOwnRole(state, person('eu'), 'Connexion');
  saveBusinessOrganization(state, person('ao'), state.organizations.get(id)!.bidderNumbers[0]!, FORM_A_BUSINESS);
  person('new').email = `${id}.new-address@example.test`;
  deliver(state, { to: `${id}.new-address@example.test`, subject: 'Hello', text: 'to the new address' });
  Object.assign(person('locked'), { locked: false, failedAttempts: 0 });
}

test.describe('a class on one mock: seeding', () => {
  test('the same seed gives the same class; trainee t02 is the same in a class of 2 and of 5', () => {
    const a = roster((() => { const { state } = domainWorld(); seedClass(state, 5, 7); return state; })());
    const b = roster((() => { const { state } = domainWorld(); seedClass(state, 5, 7); return state; })());
    const small = roster((() => { const { state } = domainWorld(); seedClass(state, 2, 7); return state; })());
    const other = roster((() => { const { state } = domainWorld(); seedClass(state, 2, 8); return state; })());
    expect(a).toEqual(b);
    expect(small[1]).toEqual(a[1]);
    expect(other[1]!.people.map((p) => p.password)).not.toEqual(a[1]!.people.map((p) => p.password));
    expect(a.map((e) => e.trainee)).toEqual(['t01', 't02', 't03', 't04', 't05']);
  });

  test("each trainee is an organization of their own with the demo world's parts: PTANs, bidder numbers, eight people", () => {
    const { state } = domainWorld();
    const before = state.random.state;
    seedClass(state, 3);
    expect(state.random.state).toBe(before); // the portal's own codes and IDs are not moved by the class
    const t02 = state.organizations.get('t02')!;
    expect(t02).toMatchObject({ ptans: ['7700200001', '7700200002', '7700200003'], inactivePtans: ['7700200009'], bidderNumbers: ['770021', '770022'] });
    expect(t02.authorizedOfficials).toEqual(['t02.ao', 't02.bao', 't02.official']);
    const suffixes = ['ao', 'bao', 'eu', 'official', 'new', 'forgot', 'locked', 'old'];
    const people = suffixes.map((s) => state.findAccount(`t02.${s}`)!);
    expect(people.map((p) => p.organizationId)).toEqual(suffixes.map(() => 't02'));
    expect(people.map((p) => p.roles.map((r) => `${r.role} ${r.application} ${r.ptans.join('+')}`))).toEqual([
      ['AO Connexion 7700200001', 'AO DBidS 7700200001'],
      ['BAO Connexion 7700200001'],
      ['EU Connexion 7700200001+7700200002'],
      [], [], [], [], [],
    ]);
    expect(people.map((p) => p.email)).toEqual(suffixes.map((s) => `t02.${s}@example.test`));
    // The account procedures' people: locked out (rule 3) and unused for over 60 days (rule 8), as the demo's lou.locked and olga.old.
    expect(people.map((p) => p.locked)).toEqual([false, false, false, false, false, false, true, false]);
    expect(state.findAccount('t02.old')!.lastSignInAt).toBe('2019-05-01T14:00:00.000Z');
  });

  test('a size outside 1…200, a second class or a clash with what the portal holds is refused, and nothing is added', () => {
    const { state } = domainWorld();
    for (const size of [0, 201, 2.5, -1]) expect(() => seedClass(state, size)).toThrow(/from 1 to 200 trainees/);
    const before = JSON.stringify(snapshot(state));
    state.organizations.get('acme')!.ptans.push('7700300001'); // trainee 3's first PTAN already belongs to Acme
    const withClash = JSON.stringify(snapshot(state));
    expect(() => seedClass(state, 3)).toThrow(/PTAN 7700300001 already belongs to another organization/);
    expect(JSON.stringify(snapshot(state))).toBe(withClash);
    expect(withClash).not.toBe(before);
    state.organizations.get('acme')!.ptans.pop();
    seedClass(state, 2);
    expect(() => seedClass(state, 2)).toThrow(/already has a class of 2/);
  });

  test('trainee IDs: t01…t99, then t100…t200; nothing else is one', () => {
    expect([1, 7, 99, 100, 200].map(traineeId)).toEqual(['t01', 't07', 't99', 't100', 't200']);
    expect(['t01', 't07', 't100', 't200'].map(traineeNumber)).toEqual([1, 7, 100, 200]);
    for (const id of ['t1', 't007', 't00', 'T07', 't07 ', 'x07', 't1000']) expect(traineeNumber(id)).toBeUndefined();
  });
});

test.describe('a class on one mock: resetting one trainee', () => {
  test("a reset puts the trainee's world back as seeded and leaves every other part of the state as it was", async () => {
    const { state } = domainWorld();
    seedClass(state, 3);
    const seeded = partOf(state, 't02');
    await busy(state, 't01');
    await busy(state, 't02');
    await busy(state, 't03');
    expect(partOf(state, 't02')).not.toBe(seeded);
    const othersBefore = restOf(state, 't02');
    const t01Before = partOf(state, 't01');

    resetTrainee(state, 't02');

    expect(partOf(state, 't02')).toBe(seeded);
    expect(state.findAccount('t02.locked')!.locked).toBe(true); // back under lock for the next Unlock Account
    expect(state.findAccount('t01.locked')!.locked).toBe(false);
    expect(restOf(state, 't02')).toBe(othersBefore);
    expect(partOf(state, 't01')).toBe(t01Before);
    expect(peopleWithChallenges(state).has('t02.ao')).toBe(false);
    expect(peopleWithChallenges(state).has('t01.ao')).toBe(true);
    // The accounts keep their places: the snapshot lists everyone in the same order as before.
    expect([...state.accounts.keys()].indexOf('t02.ao')).toBeLessThan([...state.accounts.keys()].indexOf('t03.ao'));
  });

  test('two resets give the same world as one, and the restored people are copies the next changes do not reach', async () => {
    const { state } = domainWorld();
    seedClass(state, 2);
    const seeded = partOf(state, 't01');
    resetTrainee(state, 't01');
    state.findAccount('t01.ao')!.roles = [];
    resetTrainee(state, 't01');
    expect(partOf(state, 't01')).toBe(seeded);
    expect(traineeOf(state, 't01').seeded.accounts[0]!.roles).toHaveLength(2);
  });

  test('an unknown trainee, or a portal without a class, is refused and changes nothing', async () => {
    const { state } = domainWorld();
    expect(() => resetTrainee(state, 't01')).toThrow(/has no class/);
    seedClass(state, 2);
    await busy(state, 't01');
    const before = JSON.stringify(snapshot(state));
    for (const id of ['t03', 't99', 'acme', '']) {
      let refusal: unknown;
      try {
        resetTrainee(state, id);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(Refusal);
      expect((refusal as Refusal).kind).toBe('not-found');
      expect((refusal as Refusal).message).toContain('its trainees are t01 to t02');
    }
    expect(JSON.stringify(snapshot(state))).toBe(before);
  });

  test("a trainee's mail is what went to their people, their new addresses and t07.… addresses; nobody else's", async () => {
    const { state } = domainWorld();
    seedClass(state, 3);
    await busy(state, 't01');
    deliver(state, { to: 'jane.ao@example.test', subject: 'Acme', text: 'not a trainee' });
    deliver(state, { to: 'T01.Anything@Example.test', subject: 'Any t01 address', text: '' });
    const t01 = traineeMail(state, traineeOf(state, 't01'));
    expect(t01.map((m) => m.to.toLowerCase()).sort()).toEqual(['t01.anything@example.test', 't01.ao@example.test', 't01.eu@example.test', 't01.new-address@example.test']);
    expect(traineeMail(state, traineeOf(state, 't02'))).toEqual([]);
  });
});
