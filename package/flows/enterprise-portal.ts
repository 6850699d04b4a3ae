// Every flow of enterprise-portal and what it needs and returns: `import { enterprisePortal } from 'cbp-harness/flows'`.
export * from '../../flows/enterprise-portal/remove-role.ts';
export * from '../../flows/enterprise-portal/request-new-role.ts';
export * from '../../flows/enterprise-portal/sign-in.ts';
export * from '../../flows/enterprise-portal/update-email.ts';
