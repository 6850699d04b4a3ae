/** What contract suppliers submit in Connexion after the contract (post-award). [DOC S2, FORMC, XFER, SUBK, RT] */
import type { Stamp } from '../bidding/bids.ts';

export interface FormCProduct {
  hcpcs: string;
  manufacturer: string;
  model: string;
  /** False for a product not on the list of verified products (entered by hand, for the PDAC to verify). */
  listed?: boolean;
}

/** A Form C semi-annual report for one CBA × product category of a contract and one reporting period. */
export interface FormCReport {
  contractId: string;
  organizationId: string;
  periodId: string;
  cbaId: string;
  productCategoryId: string;
  products: FormCProduct[];
  saved: Stamp;
}

export interface LocationChangeRequest {
  id: string;
  contractId: string;
  organizationId: string;
  action: 'Add' | 'Remove';
  ptan: string;
  /** The location's NPI, when given (rule 61). */
  npi?: string;
  effectiveDate: string;
  status: 'Submitted – pending CMS review';
  saved: Stamp;
}

export interface ContractTransferRequest {
  id: string;
  contractId: string;
  organizationId: string;
  type: 'Full' | 'Partial';
  chowDate: string;
  successorName: string;
  successorTin: string;
  /** The successor's NPI, when given (rule 61). */
  successorNpi?: string;
  documents: { uploadId: string; fileName: string; saved: Stamp }[];
  status: 'Submitted – pending CMS review';
  saved: Stamp;
}

export const SUBCONTRACT_SERVICES = [
  'Purchase of inventory',
  'Delivery and instruction on the use of items',
  'Maintenance and repair of rented equipment',
] as const;

export interface SubcontractorDisclosure {
  id: string;
  contractId: string;
  organizationId: string;
  subcontractorName: string;
  locationAddress: string;
  services: string[];
  accreditation: string;
  uploadId: string;
  fileName: string;
  saved: Stamp;
}

export interface Maintenance {
  formC: FormCReport[];
  locationChanges: LocationChangeRequest[];
  transfers: ContractTransferRequest[];
  disclosures: SubcontractorDisclosure[];
}

export const emptyMaintenance = (): Maintenance => ({ formC: [], locationChanges: [], transfers: [], disclosures: [] });
