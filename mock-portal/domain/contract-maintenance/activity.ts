import type { MockState } from '../mock-state.ts';
import { may } from '../permissions.ts';
import type { Account } from '../types.ts';
import type { Contract } from '../bidding/contracts.ts';
import { PRODUCT_CATEGORIES } from '../program/round-2021.ts';

export interface Activity {
  at: string;
  by: string;
  text: string;
}

/**
 * Recent activity on a contract, newest first. An EU sees only what an EU can otherwise see: Form C and
 * subcontractor disclosures, not location changes or transfers (footnote 5 of the role table, read as [INF]).
 */
export function recentActivity(state: MockState, account: Account, contract: Contract, limit = 20): Activity[] {
  const ours = <T extends { contractId: string; organizationId: string }>(list: T[]) => list.filter((r) => r.contractId === contract.id && r.organizationId === contract.organizationId);
  const { maintenance } = state;
  const items: Activity[] = [
    ...ours(maintenance.formC).map((r) => ({ at: r.saved.at, by: r.saved.by, text: `Form C submitted for ${PRODUCT_CATEGORIES.find((c) => c.id === r.productCategoryId)?.name ?? r.productCategoryId} (reporting date ${r.periodId})` })),
    ...ours(maintenance.disclosures).map((d) => ({ at: d.saved.at, by: d.saved.by, text: `Subcontractor disclosure ${d.id} uploaded for ${d.subcontractorName}` })),
    ...(may(account, 'connexion.location-change') ? ours(maintenance.locationChanges).map((r) => ({ at: r.saved.at, by: r.saved.by, text: `Change of location request ${r.id} submitted: ${r.action} PTAN ${r.ptan}` })) : []),
    ...(may(account, 'connexion.contract-transfer') ? ours(maintenance.transfers).map((t) => ({ at: t.saved.at, by: t.saved.by, text: `Contract transfer request ${t.id} submitted (${t.type})` })) : []),
  ];
  return items.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}
