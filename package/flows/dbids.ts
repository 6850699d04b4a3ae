// Every flow of dbids and what it needs and returns: `import { dbids } from 'cbp-harness/flows'`.
export * from '../../flows/dbids/approve-form-a.ts';
export * from '../../flows/dbids/certify-form-b.ts';
export * from '../../flows/dbids/log-in.ts';
