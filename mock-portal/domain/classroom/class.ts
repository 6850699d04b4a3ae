import { config } from '../../config.ts';
import { refuse } from '../errors.ts';
import type { MockState } from '../mock-state.ts';
import { applyScenario, type ScenarioInput } from '../scenario.ts';
import type { Mail } from '../types.ts';
import type { Trainee } from './records.ts';
import { TRAINEE_PEOPLE, traineeId, traineeWorld } from './trainee-world.ts';

/** What the roster handout and GET /__admin/class show of one trainee. */
export interface RosterEntry {
  trainee: string;
  organization: { id: string; legalBusinessName: string; ptans: string[]; bidderNumbers: string[] };
  /** Where the trainee reads their one-time codes, below the portal's address. */
  mailboxPath: string;
  people: { userId: string; password: string; role: string; name: string; email: string }[];
}

export const CLASS_MESSAGES = {
  size: (given: unknown) =>
    `A class has from 1 to ${config.classroom.maxTrainees} trainees, given as a whole number (not ${JSON.stringify(given)}).`,
  alreadySeeded: (size: number) => `This portal already has a class of ${size} trainee(s). Reset the portal (POST /__admin/reset) to seed another.`,
  noClass: 'This portal has no class. Start it with --class N (or POST /__admin/class) to seed one.',
  unknownTrainee: (id: string, size: number) => `There is no trainee "${id}" in this class: its trainees are ${traineeId(1)} to ${traineeId(size)}.`,
} as const;

/** True for a whole number from 1 to the most trainees a class may have. */
export function isClassSize(size: unknown): size is number {
  return typeof size === 'number' && Number.isInteger(size) && size >= 1 && size <= config.classroom.maxTrainees;
}

/**
 * Seeds trainees t01…tNN beside whatever the portal holds, each an organization with its people
 * (trainee-world.ts), the same for the same seed. Either every trainee is added or, on any problem, none.
 */
export function seedClass(state: MockState, size: number, seed = state.seed): RosterEntry[] {
  if (!isClassSize(size)) throw refuse.invalid(CLASS_MESSAGES.size(size), 'size');
  if (state.trainees.length) throw refuse.conflict(CLASS_MESSAGES.alreadySeeded(state.trainees.length));
  const worlds = Array.from({ length: size }, (_, i) => traineeWorld(seed, i + 1));
  const input: ScenarioInput = { organizations: worlds.map((w) => w.organization), users: worlds.flatMap((w) => w.users) };
  const outcome = applyScenario(state, input);
  if ('problems' in outcome) {
    throw refuse.conflict(`The class cannot be seeded beside what the portal holds: ${outcome.problems.map((p) => p.message).join(' ')}`);
  }
  state.trainees = worlds.map(({ organization, users }): Trainee => {
    const id = organization.id ?? '';
    const userIds = users.map((u) => u.userId ?? '');
    return {
      id,
      organizationId: id,
      userIds,
      seeded: {
        organization: structuredClone(state.organizations.get(id)!),
        accounts: userIds.map((userId) => structuredClone(state.findAccount(userId)!)),
      },
    };
  });
  return roster(state);
}

/** The class as the handout shows it: every trainee's organization, people and passwords, as seeded. */
export function roster(state: MockState): RosterEntry[] {
  return state.trainees.map((t) => ({
    trainee: t.id,
    organization: {
      id: t.organizationId,
      legalBusinessName: t.seeded.organization.legalBusinessName,
      ptans: t.seeded.organization.ptans,
      bidderNumbers: t.seeded.organization.bidderNumbers,
    },
    mailboxPath: `/mailbox/${t.id}/`,
    people: t.seeded.accounts.map((a, i) => ({
      userId: a.userId,
      password: a.password,
      role: TRAINEE_PEOPLE[i]?.label ?? '',
      name: `${a.firstName} ${a.lastName}`,
      email: a.email,
    })),
  }));
}

/** The trainee with that ID, or a clear not-found. */
export function traineeOf(state: MockState, id: string): Trainee {
  if (!state.trainees.length) throw refuse.notFound(CLASS_MESSAGES.noClass);
  const trainee = state.trainees.find((t) => t.id === id);
  if (!trainee) throw refuse.notFound(CLASS_MESSAGES.unknownTrainee(id, state.trainees.length));
  return trainee;
}

/**
 * Whether mail to an address is the trainee's: an address of one of their people as seeded or as it is now (after
 * an Update Email), or any address whose name starts with the trainee's ID and a dot (`t07.ao.new@example.test`),
 * which the roster tells trainees to use when a procedure asks for a new e-mail address.
 */
export function traineeAddressTest(state: MockState, trainee: Trainee): (address: string) => boolean {
  const addresses = trainee.seeded.accounts.map((a) => a.email);
  for (const userId of trainee.userIds) {
    const account = state.findAccount(userId);
    if (account) addresses.push(account.email);
  }
  const known = new Set(addresses.map((a) => a.trim().toLowerCase()));
  const prefix = `${trainee.id}.`;
  return (address) => {
    const wanted = address.trim().toLowerCase();
    return known.has(wanted) || (wanted.startsWith(prefix) && wanted.includes('@'));
  };
}

/** The trainee's mail, newest first. */
export function traineeMail(state: MockState, trainee: Trainee): Mail[] {
  const theirs = traineeAddressTest(state, trainee);
  return state.mail.filter((m) => theirs(m.to)).reverse();
}
