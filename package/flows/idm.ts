// Every flow of idm and what it needs and returns: `import { idm } from 'cbp-harness/flows'`.
export * from '../../flows/idm/add-mfa-device.ts';
export * from '../../flows/idm/add-ptan.ts';
export * from '../../flows/idm/approve-request.ts';
export * from '../../flows/idm/attribute-menu.ts';
export * from '../../flows/idm/change-password.ts';
export * from '../../flows/idm/create-account.ts';
export * from '../../flows/idm/edit-role-details.ts';
export * from '../../flows/idm/forgot-user-id.ts';
export * from '../../flows/idm/recover-account.ts';
export * from '../../flows/idm/remove-ptans.ts';
export * from '../../flows/idm/remove-role.ts';
export * from '../../flows/idm/request-new-role.ts';
export * from '../../flows/idm/sign-in.ts';
export * from '../../flows/idm/update-email.ts';
export * from '../../flows/idm/update-ptan-organization.ts';
export * from '../../flows/idm/windows.ts';
