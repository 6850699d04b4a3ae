import type { Portal } from '../portal.ts';
import { formatDeadline } from '../program/eastern-time.ts';
import type { Account } from '../types.ts';
import { isOpen, responsesTo, visibleNotices } from './notices.ts';
import { decisionOn, offerLabel, offersOf } from './offers.ts';
import { NOTICE_KINDS } from './records.ts';
import { may } from '../permissions.ts';
import { roleIn } from '../permissions.ts';

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
  return [...notices, ...offers];
}
