import { refuse } from '../errors.ts';
import { requirePermission } from '../permissions.ts';
import type { MockState } from '../mock-state.ts';
import { formatDeadline } from '../program/eastern-time.ts';
import { CBAS, PRODUCT_CATEGORIES, TIMELINE, cba, productCategory } from '../program/round-2021.ts';
import type { Account } from '../types.ts';
import { connexionOrganization } from './notices.ts';
import { isDisqualifiedForOwnership } from './common-ownership.ts';
import type { ContractOffer, OfferDecision } from './records.ts';

const CONTRACTED = PRODUCT_CATEGORIES.filter((c) => c.contracted);

/**
 * The contract offers of an organization, posted 10/27/2020 [DOC VHG2]: one per contracted product category and
 * CBA the bidder certified in DBidS; a bidder number with no certified Form B gets one offer per contracted
 * category in two sample CBAs [INF]. The first offer of each bidder number is at or below the median [INF].
 */
export function offersOf(state: MockState, organizationId: string): ContractOffer[] {
  const organization = state.organizations.get(organizationId);
  if (!organization || state.clock.nowMs() < Date.parse(TIMELINE.contractOffers)) return [];
  return organization.bidderNumbers.flatMap((bidderNumber, i) => {
    const bid = state.bids.get(bidderNumber);
    const certified = bid?.formB.certified ? bid.formB.entries.filter((e) => CONTRACTED.some((c) => c.id === e.productCategoryId)) : [];
    // Competitions disqualified for common ownership get no offer (rule 52).
    const offered = certified.filter((e) => !isDisqualifiedForOwnership(state, bidderNumber, e.productCategoryId, e.cbaId));
    if (certified.length && !offered.length) return [];
    const lines = offered.length
      ? offered.map((e) => ({ cbaId: e.cbaId, productCategoryId: e.productCategoryId, amount: Number(e.bidAmount) }))
      : CONTRACTED.map((c, j) => ({ cbaId: CBAS[(i * 2 + j) % CBAS.length]?.id ?? '', productCategoryId: c.id, amount: j ? 512.75 : 318.4 }));
    return lines.map((line, j) => ({
      id: `${bidderNumber}-${line.cbaId}-${line.productCategoryId}`,
      bidderNumber,
      organizationId,
      cbaId: line.cbaId,
      productCategoryId: line.productCategoryId,
      singlePaymentAmount: line.amount.toFixed(2),
      atOrBelowMedian: j === 0,
      issuedAt: TIMELINE.contractOffers,
      dueAt: TIMELINE.contractOffersDue,
    }));
  });
}

export function decisionOn(state: MockState, offer: ContractOffer): OfferDecision | undefined {
  return state.offerDecisions.find((d) => d.offerId === offer.id && d.organizationId === offer.organizationId);
}

/** The organization's offers, for AO/BAO only (View contract offer(s)). */
export function visibleOffers(state: MockState, account: Account): ContractOffer[] {
  requirePermission(account, 'connexion.contract-offers.view');
  return offersOf(state, connexionOrganization(account));
}

/** One offer of the person's organization; another's is "not found"; an EU is refused by the role table. */
export function offerFor(state: MockState, account: Account, offerId: string): ContractOffer {
  const offer = offersOf(state, connexionOrganization(account)).find((o) => o.id === offerId);
  if (!offer) throw refuse.notFound(`Contract offer ${offerId} is not one of your organization's offers. Open it from Contract Offers.`);
  requirePermission(account, 'connexion.contract-offers.view');
  return offer;
}

export const offerLabel = (offer: ContractOffer) =>
  `${productCategory(offer.productCategoryId)?.name ?? offer.productCategoryId} in ${cba(offer.cbaId)?.name ?? offer.cbaId}`;

/** [DOC BSB] the warning shown before declining an offer at or below the median. */
export function forfeitWarning(offer: ContractOffer): string {
  return `Your composite bid in ${cba(offer.cbaId)?.name ?? offer.cbaId} is at or below the median composite bid rate. ` +
    `If you decline this offer, your bid surety bond for this CBA will be forfeited. To avoid forfeiture, accept all offers in this CBA.`;
}

/**
 * Accepts or declines an offer (AO, BAO), once, until 8:59:59 p.m. ET on the response date. Declining an offer at
 * or below the median needs the forfeiture warning acknowledged. [DOC VHG2, BSB; rule 53]
 */
export function decideOffer(state: MockState, account: Account, offerId: string, answer: OfferDecision['answer'], forfeitAcknowledged: boolean): OfferDecision {
  const offer = offerFor(state, account, offerId);
  requirePermission(account, 'connexion.contract-offers.respond');
  if (state.clock.nowMs() > Date.parse(offer.dueAt)) {
    throw refuse.conflict(`Responses to contract offers were due by ${formatDeadline(offer.dueAt)}. This offer can no longer be accepted or declined.`);
  }
  const earlier = decisionOn(state, offer);
  if (earlier) throw refuse.conflict(`This offer was already ${earlier.answer} by ${earlier.saved.by}. A decision cannot be changed.`);
  if (answer === 'declined' && offer.atOrBelowMedian && !forfeitAcknowledged) {
    throw refuse.invalid(`${forfeitWarning(offer)} To decline anyway, check the box acknowledging the forfeiture.`, 'acknowledgeForfeit');
  }
  const decision: OfferDecision = { offerId: offer.id, organizationId: offer.organizationId, answer, saved: { by: account.userId, at: state.nowIso() } };
  state.offerDecisions.push(decision);
  return decision;
}
