import { recordResponse, responsesTo } from '../bidding/notices.ts';
import type { NoticeResponse } from '../bidding/records.ts';
import { storeSignedPdf } from '../connexion/uploads.ts';
import { isAccepted, signedPdfProblems, type ReceivedFile } from '../connexion/upload-rules.ts';
import { refuse } from '../errors.ts';
import type { FormFields } from '../forms.ts';
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

/** Whether a response may still be uploaded: until the notice's response date. */
export function isBreachResponseOpen(state: MockState, notice: BreachNotice): boolean {
  return state.clock.nowMs() <= Date.parse(notice.dueAt);
}

export function requireBreachResponseOpen(state: MockState, notice: BreachNotice): void {
  if (!isBreachResponseOpen(state, notice)) throw refuse.conflict(`Responses to this breach of contract notice were due by ${formatDeadline(notice.dueAt)}. Call the CBIC for help.`);
}

/** The responses uploaded to a breach notice. */
export const breachResponses = (state: MockState, notice: BreachNotice): NoticeResponse[] => responsesTo(state, notice);

/** The response to a breach of contract notice: a signed PDF, until its response date (AO, BAO). [DOC S2, RT] */
export async function respondToBreachNotice(state: MockState, account: Account, contractId: string, noticeId: string, form: FormFields, file: ReceivedFile | undefined): Promise<{ notice: BreachNotice; response: NoticeResponse }> {
  const notice = breachNoticeFor(state, account, contractId, noticeId);
  requireBreachResponseOpen(state, notice);
  const contract = contractFor(state, account, notice.contractId, 'connexion.current-contracts');
  const problems = Object.values(signedPdfProblems(account, file, form.text('certification')));
  if (problems.length || !isAccepted(file)) throw refuse.all(problems);
  const upload = await storeSignedPdf(state, account, file, { bidderNumber: contract.bidderNumber, documentType: 'Response to Breach of Contract Notice' });
  return { notice, response: recordResponse(state, account, notice, upload) };
}
