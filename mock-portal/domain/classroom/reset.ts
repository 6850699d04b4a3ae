import { dropChallengesOf } from '../mfa/challenges.ts';
import type { MockState } from '../mock-state.ts';
import { traineeAddressTest, traineeOf } from './class.ts';
import type { Trainee } from './records.ts';

/**
 * Puts one trainee's world back as it was seeded and touches nothing else: their organization and people (roles,
 * e-mail, lock-out, profile) become the seeded copies again, in their places; what their people or organization
 * made since (requests, uploads and their files, mail, pending codes, bids, notice responses, offer decisions,
 * contract maintenance, inquiries) is forgotten. The clock, faults, random generator and other worlds stay.
 * An unknown trainee is a not-found refusal, before anything changes.
 */
export function resetTrainee(state: MockState, id: string): Trainee {
  const trainee = traineeOf(state, id);
  const org = trainee.organizationId;
  const people = new Set(trainee.userIds.map((u) => u.toLowerCase()));
  const theirs = traineeAddressTest(state, trainee);
  const ours = (record: { organizationId: string; userId?: string }) => record.organizationId === org || (record.userId !== undefined && people.has(record.userId.toLowerCase()));

  state.mail = state.mail.filter((m) => !theirs(m.to));
  state.requests = state.requests.filter((r) => !ours(r));
  const forgotten = state.uploads.filter(ours);
  state.uploads = state.uploads.filter((u) => !ours(u));
  state.discardUploadFiles(forgotten);
  for (const [bidderNumber, bid] of state.bids) if (bid.organizationId === org) state.bids.delete(bidderNumber);
  state.noticeResponses = state.noticeResponses.filter((r) => !ours(r));
  state.offerDecisions = state.offerDecisions.filter((d) => !ours(d));
  state.inquiries = state.inquiries.filter((i) => !ours(i));
  state.maintenance = {
    formC: state.maintenance.formC.filter((r) => !ours(r)),
    locationChanges: state.maintenance.locationChanges.filter((r) => !ours(r)),
    transfers: state.maintenance.transfers.filter((r) => !ours(r)),
    disclosures: state.maintenance.disclosures.filter((r) => !ours(r)),
  };
  dropChallengesOf(state, people);

  state.organizations.set(org, structuredClone(trainee.seeded.organization));
  const seeded = new Map(trainee.seeded.accounts.map((a) => [a.userId.toLowerCase(), a]));
  // The seeded copies go back in their places, so the order of everyone's accounts stays as it was.
  state.accounts = new Map([...state.accounts].map(([key, account]) => [key, seeded.has(key) ? structuredClone(seeded.get(key)!) : account]));
  for (const [key, account] of seeded) if (!state.accounts.has(key)) state.accounts.set(key, structuredClone(account));
  return trainee;
}
