/**
 * Round 2021 of the DMEPOS Competitive Bidding Program: its product categories with their HCPCS codes, its
 * competitive bidding areas (CBAs) and its timeline (shared/docs/domain.md §5). Every date the portal's rules read
 * is built here in prevailing Eastern Time.
 */
import { cbicDeadline, easternInstant, easternMidnight } from './eastern-time.ts';

export interface ProductCategory {
  id: string;
  name: string;
  /** The item bids are entered for; the other items' single payment amounts derive from it. [DOC VHG2, CGS] */
  leadItem: string;
  /** Every HCPCS code of the category, where documented (the two categories that were contracted). [DOC CGS, OSSUR] */
  hcpcs: readonly string[];
  /** Still in the program when contracts were offered (10/27/2020). [DOC VHG2] */
  contracted: boolean;
  /** When CMS removed it, if it was removed. */
  removed?: string;
}

const OTS_BACK_BRACES_HCPCS = ['L0450', 'L0455', 'L0457', 'L0467', 'L0469', 'L0621', 'L0623', 'L0625', 'L0628', 'L0641', 'L0642', 'L0643', 'L0648', 'L0649', 'L0650', 'L0651'] as const;
const OTS_KNEE_BRACES_HCPCS = ['L1812', 'L1830', 'L1833', 'L1836', 'L1850', 'L1851', 'L1852'] as const;

const removedOn = (date: string) => ({ contracted: false, removed: date });

/** The 16 product categories bid in Round 2021. [DOC ANN, NOR, PC, VHG2] Ids [INF]. */
export const PRODUCT_CATEGORIES: readonly ProductCategory[] = [
  { id: 'ots-back-braces', name: 'Off-The-Shelf (OTS) Back Braces', leadItem: 'L0650', hcpcs: OTS_BACK_BRACES_HCPCS, contracted: true },
  { id: 'ots-knee-braces', name: 'Off-The-Shelf (OTS) Knee Braces', leadItem: 'L1833', hcpcs: OTS_KNEE_BRACES_HCPCS, contracted: true },
  { id: 'commode-chairs', name: 'Commode Chairs', leadItem: 'E0163', hcpcs: ['E0163'], ...removedOn('2020-10-27') },
  { id: 'cpap-rads', name: 'Continuous Positive Airway Pressure (CPAP) Devices, Respiratory Assist Devices (RADs), and Related Supplies and Accessories', leadItem: 'E0601', hcpcs: ['E0601'], ...removedOn('2020-10-27') },
  { id: 'enteral-nutrition', name: 'Enteral Nutrients, Equipment and Supplies', leadItem: 'B4035', hcpcs: ['B4035'], ...removedOn('2020-10-27') },
  { id: 'hospital-beds', name: 'Hospital Beds and Related Accessories', leadItem: 'E0260', hcpcs: ['E0260'], ...removedOn('2020-10-27') },
  { id: 'nebulizers', name: 'Nebulizers and Related Supplies', leadItem: 'E0570', hcpcs: ['E0570'], ...removedOn('2020-10-27') },
  { id: 'npwt', name: 'Negative Pressure Wound Therapy (NPWT) Pumps and Related Supplies and Accessories', leadItem: 'E2402', hcpcs: ['E2402'], ...removedOn('2020-10-27') },
  { id: 'niv', name: 'Non-Invasive Ventilators (NIVs) and Related Supplies and Accessories', leadItem: 'E0466', hcpcs: ['E0466'], ...removedOn('2020-04-01') },
  { id: 'oxygen', name: 'Oxygen, Oxygen Equipment, and Supplies', leadItem: 'E1390', hcpcs: ['E1390'], ...removedOn('2020-10-27') },
  { id: 'patient-lifts', name: 'Patient Lifts and Seat Lifts', leadItem: 'E0630', hcpcs: ['E0630'], ...removedOn('2020-10-27') },
  { id: 'manual-wheelchairs', name: 'Standard Manual Wheelchairs and Related Accessories', leadItem: 'K0001', hcpcs: ['K0001'], ...removedOn('2020-10-27') },
  { id: 'power-mobility', name: 'Standard Power Mobility Devices and Related Accessories', leadItem: 'K0823', hcpcs: ['K0823'], ...removedOn('2020-10-27') },
  { id: 'support-surfaces', name: 'Support Surfaces (Group 1 and 2 Mattresses and Overlays)', leadItem: 'E0277', hcpcs: ['E0277'], ...removedOn('2020-10-27') },
  { id: 'tens', name: 'Transcutaneous Electrical Nerve Stimulation (TENS) Devices and Related Supplies', leadItem: 'A4595', hcpcs: ['A4595'], ...removedOn('2020-10-27') },
  { id: 'walkers', name: 'Walkers and Related Accessories', leadItem: 'E0143', hcpcs: ['E0143'], ...removedOn('2020-10-27') },
];

export interface Cba {
  /** [INF] a CBSA-based id plus a state suffix (official codes: [GAP]). */
  id: string;
  name: string;
}

/** A sample of Round 2021's 130 CBAs: the documented names [DOC BSB, ZIPUPD, OAMES]; ids [INF domain.md §5]. */
export const CBAS: readonly Cba[] = [
  { id: '12580-MD', name: 'Baltimore-Columbia-Towson, MD' },
  { id: '16740-NC', name: 'Charlotte-Concord-Gastonia, NC' },
  { id: '16740-SC', name: 'Charlotte-Concord-Gastonia, SC' },
  { id: '17140-OH', name: 'Cincinnati, OH' },
  { id: '17460-OH', name: 'Cleveland-Elyria, OH' },
  { id: '19100-TX', name: 'Dallas-Fort Worth-Arlington, TX' },
  { id: '28140-MO', name: 'Kansas City, MO' },
  { id: '33100-FL', name: 'Miami-Fort Lauderdale-West Palm Beach, FL' },
  { id: '36740-FL', name: 'Orlando-Kissimmee-Sanford, FL' },
  { id: '38060-AZ', name: 'Phoenix-Mesa-Scottsdale, AZ' },
  { id: '38300-PA', name: 'Pittsburgh, PA' },
  { id: '40140-CA', name: 'Riverside-San Bernardino-Ontario, CA' },
  { id: '47900-DC', name: 'Washington, DC' },
];

export const productCategory = (id: string) => PRODUCT_CATEGORIES.find((c) => c.id === id);
export const cba = (id: string) => CBAS.find((c) => c.id === id);

/** The Round 2021 timeline [DOC TL, REGCL, VHG2, ANN], as instants. */
export const TIMELINE = {
  registrationOpens: easternMidnight('2019-06-10'),
  bidWindowOpens: easternMidnight('2019-07-16'),
  /** DBidS registration closes 8:59:59 p.m. ET; Connexion registration stays open. */
  dbidsRegistrationCloses: cbicDeadline('2019-08-16'),
  coveredDocumentReviewDate: cbicDeadline('2019-08-19'),
  /** Bids completed, approved and certified in DBidS, documents in Connexion, by 8:59:59 p.m. ET. [DOC DBIDS] */
  bidWindowCloses: cbicDeadline('2019-09-18'),
  bonaFideBidNotice: easternInstant('2019-10-31', '09:00:00.000'),
  cdrdFindingsNotice: easternInstant('2019-11-15', '09:00:00.000'),
  preliminaryBidEvaluationNotice: easternInstant('2019-12-03', '09:00:00.000'),
  /** [DOC vgmdclink] PBE responses were due 12/17/2019. */
  preliminaryBidEvaluationDue: cbicDeadline('2019-12-17'),
  contractOffers: easternInstant('2020-10-27', '09:00:00.000'),
  /** [DOC VHG2] responses to contract offers due 8:59:59 p.m. ET, 11/10/2020. */
  contractOffersDue: cbicDeadline('2020-11-10'),
  /** [DOC VHG2] disqualification notices released with the offers. */
  disqualificationNotices: easternInstant('2020-10-27', '09:00:00.000'),
  /** [DOC BINQ] 30 calendar days from the notice: 8:59:59 p.m. ET, 11/27/2020 for Round 2021 (as the fact sheet states it). */
  bidderInquiryDue: cbicDeadline('2020-11-27'),
  contractSuppliersAnnounced: easternInstant('2020-11-20', '09:00:00.000'),
  contractsEffective: easternMidnight('2021-01-01'),
  contractsEnd: cbicDeadline('2023-12-31'),
  /** [DOC FORMC] the first Form C was due Friday 15 January 2021. */
  firstFormCDue: cbicDeadline('2021-01-15'),
} as const;
