// Type-checked only (`npm run typecheck`), never run: every entry point's types come with the package.
import { createApp, type MockPortal } from 'cbp-harness/mock-portal';
import type { Procedure, ProcedureId } from 'cbp-harness/catalog';
import type { Credentials, StepContext, connexion, dbids, enterprisePortal } from 'cbp-harness/flows';
import type { Mailbox, PortalControl, ScenarioInput } from 'cbp-harness/fixtures';

export type Everything = [MockPortal, Procedure, ProcedureId, Credentials, StepContext, Mailbox, PortalControl, ScenarioInput, connexion.UploadDocumentInput, dbids.CertifyFormBResult, enterprisePortal.RequestNewRoleInput];
export const makePortal = (): MockPortal => createApp({ seed: 7 });
