import type { MockState } from '../mock-state.ts';
import { formatDeadline } from '../program/eastern-time.ts';
import type { Account } from '../types.ts';
import { isOpen, responsesTo, visibleNotices } from './notices.ts';
import { decisionOn, offerLabel, offersOf } from './offers.ts';
import { NOTICE_KINDS } from './records.ts';
import { may, roleIn } from '../permissions.ts';
import { formCDue } from '../contract-maintenance/form-c.ts';
import { breachNotices } from '../contract-maintenance/breach.ts';
import { contractsOf } from './contracts.ts';

export interface LinkedToDoItem {
  text: string;
  href: string;
}

/**
 * My To-Do List's bidder items: open notices not yet answered, and (AO, BAO) contract offers not yet accepted or
 * declined, each until its due date on the mock clock. [DOC S4 step 4, FORMC; rules 53, 55]
 */
export function biddingToDoItems(state: MockState, account: Account): LinkedToDoItem[] {
  const role = roleIn(account, 'Connexion');
  if (!role) return [];
  const notices = visibleNotices(state, account)
    .filter((n) => isOpen(state, n) && !responsesTo(state, n).length)
    .map((n) => ({ text: `${NOTICE_KINDS[n.kind].title} for bidder number ${n.bidderNumber}: respond by ${formatDeadline(n.dueAt)}.`, href: `/connexion/notices/${n.id}` }));
  const offers = may(account, 'connexion.contract-offers.respond')
    ? offersOf(state, role.organizationId)
      .filter((o) => state.clock.nowMs() <= Date.parse(o.dueAt) && !decisionOn(state, o))
      .map((o) => ({ text: `Contract offer for ${offerLabel(o)}: accept or decline by ${formatDeadline(o.dueAt)}.`, href: `/connexion/contract-offers/${o.id}` }))
    : [];
  const formC = contractsOf(state, role.organizationId).flatMap((contract) => formCDue(state, contract)
    .filter((d) => !d.report)
    .map((d) => ({
      text: d.late
        ? `Failure to Submit Form C: Form C for ${d.productCategory} in ${d.cba} (${d.period.label}) was due by ${formatDeadline(d.period.dueAt)}. Submit it now.`
        : `Form C for ${d.productCategory} in ${d.cba} (${d.period.label}): submit by ${formatDeadline(d.period.dueAt)}.`,
      href: `/connexion/contracts/${contract.id}/form-c/${d.period.id}/${d.cbaId}/${d.productCategoryId}`,
    })));
  const breaches = may(account, 'connexion.breach-notice')
    ? contractsOf(state, role.organizationId).flatMap((contract) => breachNotices(state, contract)
      .filter((n) => state.clock.nowMs() <= Date.parse(n.dueAt) && !state.noticeResponses.some((r) => r.noticeId === n.id && r.organizationId === n.organizationId))
      .map((n) => ({ text: `Breach of contract notice for contract ${contract.id}: upload your response by ${formatDeadline(n.dueAt)}.`, href: `/connexion/contracts/${contract.id}/breach-notices/${n.id}` })))
    : [];
  return [...notices, ...offers, ...formC, ...breaches];
}
