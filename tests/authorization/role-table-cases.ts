/**
 * The authorization matrix, generated from the role table (mock-portal/domain/permissions.ts): every action ×
 * {AO, BAO, EU, an AO of another organization, no session}. Each cell makes one HTTP request as that subject and
 * asserts what the table says: allowed (the action happens), or refused (status, a message naming the role it
 * needs, and the portal's whole state unchanged).
 */
import type { PlaywrightWorkerArgs } from '@playwright/test';
import { expect } from '../../fixtures/test.ts';
import type { PortalControl, StateSnapshot } from '../../fixtures/control.ts';
import { HttpUser, type HttpAnswer } from '../../fixtures/http-user.ts';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { permissionRow, type ActionId } from '../../mock-portal/domain/permissions.ts';
import type { ScenarioResult } from '../../mock-portal/domain/scenario.ts';

export const SUBJECTS = ['AO', 'BAO', 'EU', 'other organization', 'no session'] as const;
export type Subject = (typeof SUBJECTS)[number];

const USER_OF: Record<Exclude<Subject, 'no session'>, string> = { AO: 'jane.ao', BAO: 'bob.bao', EU: 'eddie.eu', 'other organization': 'olga.other' };

export interface World {
  playwright: PlaywrightWorkerArgs['playwright'];
  baseURL: string;
  control: PortalControl;
  users: ScenarioResult['users'];
}

export interface Attempt {
  system: 'dbids' | 'connexion';
  /** Puts the bidder's data in the state the action needs, acting as the bidder's AO. */
  prepare?: (ao: HttpUser, world: World) => Promise<void>;
  /** The request a person sends to take the action. */
  act: (person: HttpUser) => Promise<HttpAnswer>;
  /** 'change' (default): success redirects to `successLocation` and changes the state. 'view': success answers 200. */
  kind?: 'change' | 'view';
  /** Where a successful change redirects to. */
  successLocation?: string | RegExp;
  /** Text a successful view shows. */
  shows?: string;
  /** Who prepares (default the AO, jane.ao). */
  preparer?: string;
  /** How a user of another organization is refused, when not "not found" (404). */
  otherOrganization?: { status: number; text: string };
  /** Run the cell at this mock-clock time (the subject signs in after the clock is set). */
  at?: string;
  /** The part of the state the action changes (a refusal or a view must leave the whole state as it was). */
  changed: (state: StateSnapshot) => unknown;
}

export async function signedIn(world: World, system: Attempt['system'], userId: string): Promise<HttpUser> {
  const user = world.users.find((u) => u.userId === userId);
  if (!user) throw new Error(`no user ${userId} in the scenario`);
  return HttpUser.signIn(world.playwright, world.baseURL, world.control, system, user);
}

/** Runs one cell: sets up the world, makes the request as the subject, and checks the table's answer. */
export async function checkCell(base: Omit<World, 'users'>, action: ActionId, subject: Subject, attempt: Attempt): Promise<void> {
  const { users } = await base.control.scenario(biddingWorld);
  const world: World = { ...base, users };
  const row = permissionRow(action);
  if (attempt.at) await world.control.setClock(attempt.at);
  if (attempt.prepare) {
    const ao = await signedIn(world, attempt.system, attempt.preparer ?? 'jane.ao');
    await attempt.prepare(ao, world);
    await ao.dispose();
  }
  const person = subject === 'no session'
    ? await HttpUser.anonymous(world.playwright, world.baseURL)
    : await signedIn(world, attempt.system, USER_OF[subject]);
  const stateBefore = await world.control.state();
  const answer = await attempt.act(person);
  await person.dispose();
  const stateAfter = await world.control.state();
  const [before, after] = [attempt.changed(stateBefore), attempt.changed(stateAfter)];

  const allowed = subject !== 'other organization' && subject !== 'no session' && row.allowed.includes(subject);
  if (allowed && attempt.kind === 'view') {
    expect(answer.status, `${subject} may: ${row.label}\n${answer.text.slice(0, 600)}`).toBe(200);
    if (attempt.shows) expect(answer.text).toContain(attempt.shows);
    expect(stateAfter, 'viewing changes nothing').toEqual(stateBefore);
    return;
  }
  if (allowed) {
    expect(answer.status, `${subject} may: ${row.label}\n${answer.text.slice(0, 600)}`).toBe(302);
    if (attempt.successLocation instanceof RegExp) expect(answer.location).toMatch(attempt.successLocation);
    else expect(answer.location).toBe(attempt.successLocation);
    expect(after, 'the action changed the state').not.toEqual(before);
    return;
  }
  if (subject === 'no session') {
    expect(answer.status).toBe(302);
    expect(answer.location).toBe(`/${attempt.system}/`);
  } else if (subject === 'other organization') {
    expect(answer.status).toBe(attempt.otherOrganization?.status ?? 404);
    expect(answer.text).toContain(attempt.otherOrganization?.text ?? 'is not one of your organization');
  } else {
    expect(answer.status, `${subject} may not: ${row.label}`).toBe(403);
    expect(answer.text).toContain(`requires the AO or BAO role in ${row.application}; your role is ${subject}.`);
  }
  expect(stateAfter, 'a refused action changes nothing').toEqual(stateBefore);
}
