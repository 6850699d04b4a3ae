/**
 * A bid in DBidS, the DMEPOS Bidding System: Form A (Business Organization Information and location information,
 * approved by an AO or BAO) and Form B (a bid per product category and CBA, certified by an AO or BAO).
 * [DOC RT, DBIDS; shared/docs/domain.md §5]. One bid per bidder number [INF].
 */
export interface Stamp {
  /** User ID of the person who did it. */
  by: string;
  at: string;
}

export interface BusinessOrganizationInformation {
  /** Auto-filled from the PTAN used at registration; must match the bid surety bond's principal. [DOC REGOPEN, BSB] */
  legalBusinessName: string;
  doingBusinessAs: string;
  taxpayerId: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

/** Location-specific information in Form A, one per PTAN of the organization. */
export interface LocationInformation {
  ptan: string;
  accreditationOrganization: string;
  stateLicenseNumber: string;
}

/** One line of Form B: the lead item's bid amount and the capacity for a product category in a CBA. */
export interface FormBEntry {
  productCategoryId: string;
  cbaId: string;
  leadItem: string;
  /** Dollars and cents, as entered ("123.45"). */
  bidAmount: string;
  /** Estimated number of units the bidder can furnish per year [INF]. */
  capacity: number;
}

export interface Bid {
  bidderNumber: string;
  organizationId: string;
  formA: {
    businessOrganization?: BusinessOrganizationInformation & { saved: Stamp };
    locations: (LocationInformation & { saved: Stamp })[];
    approved?: Stamp;
  };
  formB: {
    entries: (FormBEntry & { saved: Stamp })[];
    certified?: Stamp;
  };
}

/** [DOC CMS-deemed accreditation organizations for DMEPOS suppliers; the list in DBidS is [GAP]] */
export const ACCREDITATION_ORGANIZATIONS = [
  'Accreditation Commission for Health Care (ACHC)',
  'Board of Certification/Accreditation (BOC)',
  'Community Health Accreditation Partner (CHAP)',
  'Healthcare Quality Association on Accreditation (HQAA)',
  'National Association of Boards of Pharmacy (NABP)',
  'The Compliance Team (TCT)',
  'The Joint Commission (TJC)',
] as const;
