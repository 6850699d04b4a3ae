import type { MockState } from '../mock-state.ts';
import { cba, productCategory } from '../program/round-2021.ts';

/**
 * Rule 52 [DOC COMOWN]: commonly owned or controlled suppliers register once and submit one bid that includes all
 * their locations for a competition (a product category in a CBA); separate bids for the same competition are all
 * disqualified. Two organizations are commonly owned or controlled when they share an ownership group; two bidder
 * numbers of one organization are too [INF].
 */
export interface OwnershipConflict {
  productCategoryId: string;
  cbaId: string;
  /** The other bids in the same competition, by commonly owned or controlled suppliers. */
  others: { bidderNumber: string; legalBusinessName: string }[];
}

function commonlyOwned(state: MockState, a: string, b: string): boolean {
  if (a === b) return true;
  const group = state.organizations.get(a)?.ownershipGroup;
  return !!group && state.organizations.get(b)?.ownershipGroup === group;
}

/** The competitions in which this bidder number's bid meets another bid of a commonly owned or controlled supplier. */
export function ownershipConflicts(state: MockState, bidderNumber: string): OwnershipConflict[] {
  const bid = state.bids.get(bidderNumber);
  if (!bid) return [];
  const related = [...state.bids.values()].filter((other) => other.bidderNumber !== bidderNumber && commonlyOwned(state, bid.organizationId, other.organizationId));
  const competitions = [...new Map(bid.formB.entries.map((e) => [`${e.productCategoryId}|${e.cbaId}`, e])).values()];
  return competitions.flatMap((entry) => {
    const others = related
      .filter((other) => other.formB.entries.some((e) => e.productCategoryId === entry.productCategoryId && e.cbaId === entry.cbaId))
      .map((other) => ({ bidderNumber: other.bidderNumber, legalBusinessName: state.organizations.get(other.organizationId)?.legalBusinessName ?? other.organizationId }));
    return others.length ? [{ productCategoryId: entry.productCategoryId, cbaId: entry.cbaId, others }] : [];
  });
}

export function isDisqualifiedForOwnership(state: MockState, bidderNumber: string, productCategoryId: string, cbaId: string): boolean {
  return ownershipConflicts(state, bidderNumber).some((c) => c.productCategoryId === productCategoryId && c.cbaId === cbaId);
}

/** The disqualification notice's line for a conflict: the competition and why. */
export function ownershipDisqualification(conflict: OwnershipConflict): { competition: string; reason: string } {
  const competition = `${productCategory(conflict.productCategoryId)?.name ?? conflict.productCategoryId} in ${cba(conflict.cbaId)?.name ?? conflict.cbaId}`;
  const others = conflict.others.map((o) => `${o.legalBusinessName} (bidder number ${o.bidderNumber})`).join(', ');
  return {
    competition,
    reason: `Commonly owned or controlled suppliers must submit one bid that includes all their locations for a competition. This bid and the bid of ${others}, a commonly owned or controlled supplier, were both submitted for ${competition}, so both bids are disqualified.`,
  };
}
