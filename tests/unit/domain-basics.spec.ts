import { test, expect } from '@playwright/test';
import { MockClock, formatEastern } from '../../mock-portal/domain/clock.ts';
import { passwordProblems, hashPassword, passwordMatches } from '../../mock-portal/domain/passwords.ts';
import { SeededRandom } from '../../mock-portal/domain/random.ts';
import { chatAvailability } from '../../mock-portal/domain/web-chat.ts';
import { PROCEDURES } from '../../flows/catalog.ts';

const person = { userId: 'jane.ao', firstName: 'Jane', lastName: 'Ames' };

test.describe('IDM password rules [DOC IDMFAQ]', () => {
  test('a long mixed password passes', () => {
    expect(passwordProblems('Correct-Horse-Battery-9', person)).toEqual([]);
  });
  for (const [password, rule] of [
    ['Short-Pass-1', 'at least 15 characters'],
    [`A${'b'.repeat(60)}1`, 'at most 60 characters'],
    ['correct-horse-battery-9', 'uppercase'],
    ['CORRECT-HORSE-BATTERY-9', 'lowercase'],
    ['Correct-Horse-Battery-X', 'number'],
    ['Jane-Horse-Battery-99', 'user ID or name'],
    ['My-jane.ao-Password-1', 'user ID or name'],
    ['Correct Horse Battery 9', 'allowed special characters'],
  ] as const) {
    test(`"${password}" breaks the rule of ${rule}`, () => {
      expect(passwordProblems(password, person).join('; ')).toContain(rule);
    });
  }
  test('hashes verify only the right password', () => {
    const stored = hashPassword('Correct-Horse-Battery-9');
    expect(passwordMatches('Correct-Horse-Battery-9', stored)).toBe(true);
    expect(passwordMatches('Correct-Horse-Battery-8', stored)).toBe(false);
    expect(passwordMatches('anything', 'not-a-hash')).toBe(false);
  });
});

test.describe('the mock clock', () => {
  test('starts at the configured time, advances, is set and reset', () => {
    const clock = new MockClock('2019-08-01T13:00:00.000Z');
    expect(clock.advanceMinutes(30).toISOString()).toBe('2019-08-01T13:30:00.000Z');
    expect(clock.set('2020-11-11T01:59:59.000Z').toISOString()).toBe('2020-11-11T01:59:59.000Z');
    clock.reset();
    expect(clock.now().toISOString()).toBe('2019-08-01T13:00:00.000Z');
  });
  test('times are shown in prevailing Eastern Time', () => {
    expect(formatEastern('2020-11-11T01:59:59.000Z')).toContain('8:59:59 PM EST');
    expect(formatEastern('2019-08-01T13:00:00.000Z')).toContain('9:00:00 AM EDT');
  });
});

test.describe('CBIC hours for the web chat [DOC S1]', () => {
  for (const [iso, open] of [
    ['2019-08-01T13:00:00.000Z', true], // Thursday 9:00 a.m. EDT
    ['2019-08-01T12:59:00.000Z', false], // 8:59 a.m.
    ['2019-08-01T21:29:00.000Z', true], // 5:29 p.m.
    ['2019-08-01T21:30:00.000Z', false], // 5:30 p.m.
    ['2019-08-03T15:00:00.000Z', false], // Saturday
  ] as const) {
    test(`${iso} is ${open ? 'within' : 'outside'} the hours`, () => {
      expect(chatAvailability(new Date(iso)).startsWith('An agent')).toBe(open);
    });
  }
});

test('the seeded random source repeats for the same seed', () => {
  const a = new SeededRandom(7);
  const b = new SeededRandom(7);
  const c = new SeededRandom(8);
  const draw = (r: SeededRandom) => [r.digits(8), r.digits(6), r.digits(10)];
  const first = draw(a);
  expect(draw(b)).toEqual(first);
  expect(draw(c)).not.toEqual(first);
  expect(first.every((d) => /^[1-9]\d*$/.test(d))).toBe(true);
});

test.describe('the procedure catalog', () => {
  test('holds the ten procedures of contract.md with their documented step counts', () => {
    const counts = Object.fromEntries(PROCEDURES.filter((p) => ['000', '001', '004'].includes(p.seed)).map((p) => [p.id, p.steps.length]));
    expect(counts).toEqual({
      'ep.remove-role': 8,
      'ep.request-new-role': 12,
      'ep.update-email': 11,
      'idm.add-ptan': 12,
      'idm.update-ptan-organization': 10,
      'idm.remove-role': 8,
      'idm.remove-ptans': 10,
      'idm.request-new-role': 15,
      'idm.update-email': 8,
      'connexion.upload-document': 13,
    });
  });
  test('the four sign-in steps are word for word the same in every IDM procedure of seed 001', () => {
    const idm = PROCEDURES.filter((p) => p.id.startsWith('idm.') && p.seed === '001');
    const first = idm[0]?.steps.slice(0, 4);
    for (const p of idm) expect(p.steps.slice(0, 4), p.id).toEqual(first);
  });
  test('ids are unique and steps are numbered from 1 without gaps', () => {
    expect(new Set(PROCEDURES.map((p) => p.id)).size).toBe(PROCEDURES.length);
    for (const p of PROCEDURES) expect(p.steps.map((s) => s.number)).toEqual(p.steps.map((_, i) => i + 1));
  });
});
