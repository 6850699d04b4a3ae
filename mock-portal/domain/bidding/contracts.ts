import { refuse } from '../errors.ts';
import { requirePermission } from '../permissions.ts';
import type { MockState } from '../mock-state.ts';
import { TIMELINE, cba, productCategory } from '../program/round-2021.ts';
import type { Account } from '../types.ts';
import { connexionOrganization } from './notices.ts';
import { decisionOn, offersOf } from './offers.ts';

/** A contract supplier's contract: one per bidder number with an accepted offer [INF]. [DOC RES, CXFAQ, ANN] */
export interface Contract {
  /** "R21-210001" [INF]. */
  id: string;
  bidderNumber: string;
  organizationId: string;
  legalBusinessName: string;
  status: string;
  /** Attachment A: the CBAs and product categories (with HCPCS) of the contract [INF]. */
  lines: { cbaId: string; cba: string; productCategoryId: string; productCategory: string; hcpcs: readonly string[] }[];
  /** Attachment B: the contracted locations [INF]. */
  ptans: string[];
  signedByCms: boolean;
  effective: string;
  ends: string;
}

function statusAt(nowMs: number): { status: string; signedByCms: boolean } {
  if (nowMs < Date.parse(TIMELINE.contractSuppliersAnnounced)) return { status: 'Offer accepted; awaiting CMS signature', signedByCms: false };
  if (nowMs < Date.parse(TIMELINE.contractsEffective)) return { status: 'Signed by CMS; effective January 1, 2021', signedByCms: true };
  if (nowMs <= Date.parse(TIMELINE.contractsEnd)) return { status: 'Active', signedByCms: true };
  return { status: 'Ended December 31, 2023', signedByCms: true };
}

/** Attachment B: the locations of the bid's Form A, else the organization's first PTAN [INF]. */
function contractLocations(state: MockState, bidderNumber: string, ptans: string[]): string[] {
  const fromFormA = state.bids.get(bidderNumber)?.formA.locations.map((l) => l.ptan).filter((p) => ptans.includes(p)) ?? [];
  return fromFormA.length ? fromFormA : ptans.slice(0, 1);
}

export function contractsOf(state: MockState, organizationId: string): Contract[] {
  const organization = state.organizations.get(organizationId);
  if (!organization) return [];
  const accepted = offersOf(state, organizationId).filter((o) => decisionOn(state, o)?.answer === 'accepted');
  const { status, signedByCms } = statusAt(state.clock.nowMs());
  return organization.bidderNumbers.flatMap((bidderNumber) => {
    const lines = accepted.filter((o) => o.bidderNumber === bidderNumber).map((o) => ({
      cbaId: o.cbaId,
      productCategoryId: o.productCategoryId,
      cba: cba(o.cbaId)?.name ?? o.cbaId,
      productCategory: productCategory(o.productCategoryId)?.name ?? o.productCategoryId,
      hcpcs: productCategory(o.productCategoryId)?.hcpcs ?? [],
    }));
    if (!lines.length) return [];
    return [{
      id: `R21-${bidderNumber}`, bidderNumber, organizationId, legalBusinessName: organization.legalBusinessName, status, lines,
      ptans: contractLocations(state, bidderNumber, organization.ptans), signedByCms, effective: TIMELINE.contractsEffective, ends: TIMELINE.contractsEnd,
    }];
  });
}

/** My Current Contract(s): the organization's contracts (every role). */
export function myContracts(state: MockState, account: Account): Contract[] {
  requirePermission(account, 'connexion.current-contracts');
  return contractsOf(state, connexionOrganization(account));
}

/** One contract of the organization; another's is "not found". */
export function contractFor(state: MockState, account: Account, contractId: string, action: 'connexion.current-contracts' | 'connexion.cms-signed-contract'): Contract {
  const contract = contractsOf(state, connexionOrganization(account)).find((c) => c.id === contractId);
  if (!contract) throw refuse.notFound(`Contract ${contractId} is not one of your organization's contracts. Open it from My Current Contract.`);
  requirePermission(account, action);
  if (action === 'connexion.cms-signed-contract' && !contract.signedByCms) {
    throw refuse.conflict('CMS has not signed this contract yet. The CMS-signed contract will be available here once contract suppliers are announced.');
  }
  return contract;
}
