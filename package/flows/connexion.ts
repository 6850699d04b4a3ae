// Every flow of connexion and what it needs and returns: `import { connexion } from 'cbp-harness/flows'`.
export * from '../../flows/connexion/accept-contract-offer.ts';
export * from '../../flows/connexion/contract-maintenance.ts';
export * from '../../flows/connexion/contract-offer.ts';
export * from '../../flows/connexion/decline-contract-offer.ts';
export * from '../../flows/connexion/disclose-subcontractor.ts';
export * from '../../flows/connexion/log-in.ts';
export * from '../../flows/connexion/request-contract-transfer.ts';
export * from '../../flows/connexion/request-location-change.ts';
export * from '../../flows/connexion/respond-to-notice.ts';
export * from '../../flows/connexion/submit-form-c.ts';
export * from '../../flows/connexion/upload-document.ts';
export * from '../../flows/connexion/view-contract.ts';
