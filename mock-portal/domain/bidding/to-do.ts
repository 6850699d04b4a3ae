import type { Portal } from '../portal.ts';
import { formatDeadline } from '../program/eastern-time.ts';
import type { Account } from '../types.ts';
import { isOpen, responsesTo, visibleNotices } from './notices.ts';
import { decisionOn, offerLabel, offersOf } from './offers.ts';
import { NOTICE_KINDS } from './records.ts';
import { may, roleIn } from '../permissions.ts';
import { formCDue } from '../contracts/form-c.ts';
import { breachNotices } from '../contracts/breach.ts';
import { contractsOf } from './contracts.ts';

export interface LinkedToDoItem {
  text: string;
  href: string;
}

/**
 * My To-Do List's bidder items: open notices not yet answered, and (AO, BAO) contract offers not yet accepted or
 * declined, each until its due date on the mock clock. [DOC S4 step 4, FORMC; rules 53, 55]
 */
export function biddingToDoItems(portal: Portal, account: Account): LinkedToDoItem[] {
  const role = roleIn(account, 'Connexion');
  if (!role) return [];
  const notices = visibleNotices(portal, account)
    .filter((n) => isOpen(portal, n) && !responsesTo(portal, n).length)
    .map((n) => ({ text: `${NOTICE_KINDS[n.kind].title} for bidder number ${n.bidderNumber}: respond by ${formatDeadline(n.dueAt)}.`, href: `/connexion/notices/${n.id}` }));
  const offers = may(account, 'connexion.contract-offers.respond')
    ? offersOf(portal, role.organizationId)
      .filter((o) => portal.clock.nowMs() <= Date.parse(o.dueAt) && !decisionOn(portal, o))
      .map((o) => ({ text: `Contract offer for ${offerLabel(o)}: accept or decline by ${formatDeadline(o.dueAt)}.`, href: `/connexion/contract-offers/${o.id}` }))
    : [];
  const formC = contractsOf(portal, role.organizationId).flatMap((contract) => formCDue(portal, contract)
    .filter((d) => !d.report)
    .map((d) => ({
      text: d.late
        ? `Failure to Submit Form C: Form C for ${d.productCategory} in ${d.cba} (${d.period.label}) was due by ${formatDeadline(d.period.dueAt)}. Submit it now.`
        : `Form C for ${d.productCategory} in ${d.cba} (${d.period.label}): submit by ${formatDeadline(d.period.dueAt)}.`,
      href: `/connexion/contracts/${contract.id}/form-c/${d.period.id}/${d.cbaId}/${d.productCategoryId}`,
    })));
  const breaches = may(account, 'connexion.breach-notice')
    ? contractsOf(portal, role.organizationId).flatMap((contract) => breachNotices(portal, contract)
      .filter((n) => portal.clock.nowMs() <= Date.parse(n.dueAt) && !portal.noticeResponses.some((r) => r.noticeId === n.id && r.organizationId === n.organizationId))
      .map((n) => ({ text: `Breach of contract notice for contract ${contract.id}: upload your response by ${formatDeadline(n.dueAt)}.`, href: `/connexion/contracts/${contract.id}/breach-notices/${n.id}` })))
    : [];
  return [...notices, ...offers, ...formC, ...breaches];
}
