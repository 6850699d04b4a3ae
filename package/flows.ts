/**
 * `cbp-harness/flows`: every documented procedure as a function `(page, input) => result`, grouped by portal as in
 * flows/, with its input and result types (`idm.AddPtanInput`), and what a new flow is written with.
 *
 *   import { idm } from 'cbp-harness/flows';
 *   const { requestId } = await idm.addPtan(page, { credentials, application: 'Connexion', ptans: ['1234560002'], justification: '…' });
 */
export * as idm from './flows/idm.ts';
export * as enterprisePortal from './flows/enterprise-portal.ts';
export * as connexion from './flows/connexion.ts';
export * as dbids from './flows/dbids.ts';
export { ProcedureRun, STEP_ANNOTATION, UNMARKED_ANNOTATION, type StepContext } from '../flows/step.ts';
export { logInWithCode } from '../flows/log-in-with-code.ts';
export type { Credentials } from '../flows/types.ts';
