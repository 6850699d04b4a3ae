import type { Account, Organization } from '../types.ts';

/** One trainee of a class (`npm start -- --class N`): their organization and people, and the world as seeded. */
export interface Trainee {
  /** "t07". */
  id: string;
  organizationId: string;
  /** The trainee's people, in the order of TRAINEE_PEOPLE. */
  userIds: string[];
  /** What a reset of this trainee restores: copies taken right after seeding (password hashes included). */
  seeded: { organization: Organization; accounts: Account[] };
}
