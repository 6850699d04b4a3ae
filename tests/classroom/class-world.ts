import { expect, type APIRequestContext } from '@playwright/test';
import type { RosterEntry } from '../../mock-portal/domain/classroom/class.ts';
import type { StateSnapshot } from '../../fixtures/control.ts';

/** Seeds a class on the portal through the control API (what `npm start -- --class N` does) and returns its roster. */
export async function seedClass(request: APIRequestContext, baseURL: string, size: number, headers: Record<string, string> = {}): Promise<RosterEntry[]> {
  const response = await request.post(`${baseURL}/__admin/class`, { data: { size }, headers });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { trainees: RosterEntry[] }).trainees;
}

/** The person of a roster entry by user-ID suffix ("ao", "eu"), with the e-mail the control API reads codes from. */
export function personOf(entry: RosterEntry, suffix: string): RosterEntry['people'][number] {
  const person = entry.people.find((p) => p.userId === `${entry.trainee}.${suffix}`);
  if (!person) throw new Error(`no ${entry.trainee}.${suffix} on the roster`);
  return person;
}

const theirs = (id: string, r: { organizationId?: string; userId?: string; to?: string }) =>
  r.organizationId === id || (r.userId ?? '').startsWith(`${id}.`) || (r.to ?? '').toLowerCase().startsWith(`${id}.`);

/** The snapshot without one trainee's organization, people and records (their organization's ID is theirs: "t07"). */
export function withoutTrainee(s: StateSnapshot, id: string): unknown {
  return {
    ...s,
    organizations: s.organizations.filter((o) => o.id !== id),
    users: s.users.filter((u) => !theirs(id, u)),
    requests: s.requests.filter((r) => !theirs(id, r)),
    uploads: s.uploads.filter((u) => !theirs(id, u)),
    mail: s.mail.filter((m) => !theirs(id, m)),
    bids: s.bids.filter((b) => !theirs(id, b)),
  };
}

/** One trainee's part of the snapshot. */
export function traineePart(s: StateSnapshot, id: string): unknown {
  return {
    organization: s.organizations.find((o) => o.id === id),
    users: s.users.filter((u) => theirs(id, u)),
    requests: s.requests.filter((r) => theirs(id, r)),
    uploads: s.uploads.filter((u) => theirs(id, u)),
    mail: s.mail.filter((m) => theirs(id, m)),
    bids: s.bids.filter((b) => theirs(id, b)),
  };
}
