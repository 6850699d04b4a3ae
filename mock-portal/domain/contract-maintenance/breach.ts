import { refuse } from '../errors.ts';
import { requirePermission } from '../permissions.ts';
import type { MockState } from '../mock-state.ts';
import type { Account } from '../types.ts';
import { contractFor, type Contract } from '../bidding/contracts.ts';
import { formatDeadline } from '../program/eastern-time.ts';
import { formCDue } from './form-c.ts';

const DAY = 86_400_000;
/** [INF] a Form C still missing 30 days after its due date is a breach of contract; the response is due 30 days later. */
const BREACH_AFTER_DAYS = 30;
const RESPONSE_DAYS = 30;

export interface BreachNotice {
  id: string;
  contractId: string;
  organizationId: string;
  issuedAt: string;
  dueAt: string;
  text: string;
}

/** Breach of contract notices of a contract, derived from Form C reports missing long after their due date. */
export function breachNotices(state: MockState, contract: Contract): BreachNotice[] {
  const now = state.clock.nowMs();
  const byPeriod = new Map<string, { dueAt: string; missing: string[] }>();
  for (const d of formCDue(state, contract)) {
    if (d.report || now < Date.parse(d.period.dueAt) + BREACH_AFTER_DAYS * DAY) continue;
    const entry = byPeriod.get(d.period.id) ?? { dueAt: d.period.dueAt, missing: [] };
    entry.missing.push(`${d.productCategory} in ${d.cba}`);
    byPeriod.set(d.period.id, entry);
  }
  return [...byPeriod.entries()].map(([periodId, { dueAt, missing }]) => {
    const issued = Date.parse(dueAt) + BREACH_AFTER_DAYS * DAY;
    return {
      id: `BR-${contract.id}-${periodId}`,
      contractId: contract.id,
      organizationId: contract.organizationId,
      issuedAt: new Date(issued).toISOString(),
      dueAt: new Date(issued + RESPONSE_DAYS * DAY).toISOString(),
      text: `Breach of contract: the Form C semi-annual report due by ${formatDeadline(dueAt)} was not submitted for ${missing.join('; ')}. Upload your response, with your corrective action plan, by the response date.`,
    };
  });
}

/** One breach notice of the organization's contract (AO, BAO only: EUs cannot see them). [DOC RT, S2] */
export function breachNoticeFor(state: MockState, account: Account, contractId: string, noticeId: string): BreachNotice {
  const contract = contractFor(state, account, contractId, 'connexion.current-contracts');
  requirePermission(account, 'connexion.breach-notice');
  const notice = breachNotices(state, contract).find((n) => n.id === noticeId);
  if (!notice) throw refuse.notFound(`Breach of contract notice ${noticeId} is not one of your organization's notices.`);
  return notice;
}

export function requireBreachResponseOpen(state: MockState, notice: BreachNotice): void {
  if (state.clock.nowMs() > Date.parse(notice.dueAt)) throw refuse.conflict(`Responses to this breach of contract notice were due by ${formatDeadline(notice.dueAt)}. Call the CBIC for help.`);
}
