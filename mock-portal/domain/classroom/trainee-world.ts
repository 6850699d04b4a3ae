import { Faker, en } from '@faker-js/faker';
import { config } from '../../config.ts';
import { DEMO_SECURITY_QUESTIONS } from '../demo.ts';
import { passwordProblems } from '../passwords.ts';
import type { OrganizationInput, UserInput } from '../scenario.ts';
import type { Application, RoleName } from '../types.ts';

/**
 * The people of every trainee's world, the same parts the demo world's Acme gives its people, so each catalogued
 * procedure has someone to follow it: an AO (Connexion and DBidS), a BAO, an EU with two PTANs, an authorized
 * official without a role yet (ep.request-new-role), a newcomer (idm.request-new-role), and the demo world's three
 * people of the IDM User Guide's account procedures: one who forgets their user ID or password (fran.forgot), one
 * locked out by wrong passwords (lou.locked) and one whose password expired unused (olga.old). User IDs are
 * `t07.ao`, `t07.bao`, `t07.eu`, `t07.official`, `t07.new`, `t07.forgot`, `t07.locked`, `t07.old`: this table is the
 * one place that says so. A trainee's reset puts the locked one back under lock.
 */
export const TRAINEE_PEOPLE = [
  { suffix: 'ao', label: 'AO', official: true, verified: true, mfa: 'added', roles: [{ application: 'Connexion', role: 'AO', ptans: [1] }, { application: 'DBidS', role: 'AO', ptans: [1] }] },
  { suffix: 'bao', label: 'BAO', official: true, verified: true, mfa: 'skipped', roles: [{ application: 'Connexion', role: 'BAO', ptans: [1] }] },
  { suffix: 'eu', label: 'EU', official: false, verified: true, mfa: 'skipped', roles: [{ application: 'Connexion', role: 'EU', ptans: [1, 2] }] },
  { suffix: 'official', label: 'authorized official, no role yet', official: true, verified: false, mfa: 'not-asked', roles: [] },
  { suffix: 'new', label: 'newcomer, no role yet', official: false, verified: false, mfa: 'not-asked', roles: [] },
  { suffix: 'forgot', label: 'forgets their user ID or password', official: false, verified: false, mfa: 'not-asked', roles: [] },
  { suffix: 'locked', label: 'locked out (too many wrong passwords)', official: false, verified: false, mfa: 'not-asked', roles: [], locked: true },
  { suffix: 'old', label: 'password expired (not used since 1 May 2019)', official: false, verified: false, mfa: 'not-asked', roles: [], lastSignInAt: '2019-05-01T14:00:00.000Z' },
] as const satisfies readonly TraineePerson[];

interface TraineePerson {
  suffix: string;
  label: string;
  official: boolean;
  verified: boolean;
  mfa: UserInput['mfa'];
  roles: readonly { application: Application; role: RoleName; ptans: readonly number[] }[];
  locked?: boolean;
  /** When they last signed in, if long ago (rule 8); left out, when the class is seeded. */
  lastSignInAt?: string;
}

/** "t07" for trainee 7; t100… past 99. */
export function traineeId(number: number): string {
  return `t${String(number).padStart(2, '0')}`;
}

/** The trainee's number of an ID like "t07", or undefined for anything else. */
export function traineeNumber(id: string): number | undefined {
  const match = /^t(\d{2,3})$/.exec(id);
  const number = match ? Number(match[1]) : NaN;
  return Number.isInteger(number) && number >= 1 && traineeId(number) === id ? number : undefined;
}

/** The trainee's PTANs (1…3 active, 9 inactive), as config.classroom says. */
export function traineePtan(number: number, j: number): string {
  return `${config.classroom.numberPrefix}${String(number).padStart(3, '0')}0000${j}`;
}

export function traineeBidderNumber(number: number, j: number): string {
  return `${config.classroom.numberPrefix}${String(number).padStart(3, '0')}${j}`;
}

export const traineeUserId = (id: string, suffix: string) => `${id}.${suffix}`;

/**
 * Trainee `number`'s organization and people for `seed`: the same whatever the size of the class, and taking
 * nothing from the portal's own random generator, so the demo world and the codes stay as they were.
 */
export function traineeWorld(seed: number, number: number): { organization: OrganizationInput; users: UserInput[] } {
  const faker = new Faker({ locale: [en] });
  faker.seed([seed, number]);
  const id = traineeId(number);
  const ptan = (j: number) => traineePtan(number, j);
  const users = (TRAINEE_PEOPLE as readonly TraineePerson[]).map((person): UserInput => {
    const userId = traineeUserId(id, person.suffix);
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    return {
      userId,
      password: password(faker, { userId, firstName, lastName }),
      email: `${userId}@example.test`,
      firstName,
      lastName,
      phone: `${faker.string.numeric({ length: 3, allowLeadingZeros: false })}-555-${faker.string.numeric(4)}`,
      organization: id,
      identityVerified: person.verified,
      mfa: person.mfa,
      securityQuestions: DEMO_SECURITY_QUESTIONS,
      roles: person.roles.map((r) => ({ application: r.application, role: r.role, ptans: r.ptans.map(ptan) })),
      ...(person.locked ? { locked: true } : {}),
      ...(person.lastSignInAt ? { lastSignInAt: person.lastSignInAt } : {}),
    };
  });
  return {
    organization: {
      id,
      legalBusinessName: `${faker.company.name().replace(/[^A-Za-z0-9 &'-]/g, '')} Medical Supply LLC`,
      ptans: [ptan(1), ptan(2), ptan(3)],
      inactivePtans: [ptan(9)],
      authorizedOfficials: TRAINEE_PEOPLE.filter((p) => p.official).map((p) => traineeUserId(id, p.suffix)),
      bidderNumbers: [traineeBidderNumber(number, 1), traineeBidderNumber(number, 2)],
      address: {
        street: faker.location.streetAddress(),
        city: faker.location.city(),
        state: faker.location.state({ abbreviated: true }),
        zip: faker.location.zipCode('#####'),
      },
    },
    users,
  };
}

/** Three words and two digits, like the demo world's passwords, meeting the IDM password rules. */
function password(faker: Faker, person: { userId: string; firstName: string; lastName: string }): string {
  for (;;) {
    const words = [faker.word.adjective(), faker.word.noun(), faker.word.noun()].map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase().replace(/[^a-z]/g, ''));
    const candidate = `${words.join('-')}-${faker.string.numeric({ length: 2, allowLeadingZeros: false })}`;
    if (passwordProblems(candidate, person).length === 0) return candidate;
  }
}
