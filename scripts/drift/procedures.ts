import type { Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import type { ProcedureId } from '../../flows/catalog.ts';
import type { Credentials } from '../../flows/types.ts';
import { acceptContractOffer, type ContractOfferInput } from '../../flows/connexion/accept-contract-offer.ts';
import { declineContractOffer } from '../../flows/connexion/decline-contract-offer.ts';
import { discloseSubcontractor, type DiscloseSubcontractorInput } from '../../flows/connexion/disclose-subcontractor.ts';
import { requestContractTransfer, type ContractTransferInput } from '../../flows/connexion/request-contract-transfer.ts';
import { requestLocationChange, type LocationChangeInput } from '../../flows/connexion/request-location-change.ts';
import { respondToNotice, type RespondToNoticeInput } from '../../flows/connexion/respond-to-notice.ts';
import { submitFormC, type SubmitFormCInput } from '../../flows/connexion/submit-form-c.ts';
import { uploadDocument, type UploadDocumentInput } from '../../flows/connexion/upload-document.ts';
import { viewContract, type ViewContractInput } from '../../flows/connexion/view-contract.ts';
import { approveFormA, type ApproveFormAInput } from '../../flows/dbids/approve-form-a.ts';
import { certifyFormB, type CertifyFormBInput } from '../../flows/dbids/certify-form-b.ts';
import { removeRole as removePortalRole, type RemoveRoleInput as RemovePortalRoleInput } from '../../flows/enterprise-portal/remove-role.ts';
import { requestNewRole as requestPortalRole, type RequestNewRoleInput as RequestPortalRoleInput } from '../../flows/enterprise-portal/request-new-role.ts';
import { updateEmail as updatePortalEmail, type UpdateEmailInput as UpdatePortalEmailInput } from '../../flows/enterprise-portal/update-email.ts';
import { addPtan, type AddPtanInput } from '../../flows/idm/add-ptan.ts';
import { removePtans, type RemovePtansInput } from '../../flows/idm/remove-ptans.ts';
import { removeRole, type RemoveRoleInput } from '../../flows/idm/remove-role.ts';
import { requestNewRole, type RequestNewRoleInput } from '../../flows/idm/request-new-role.ts';
import { updateEmail, type UpdateEmailInput } from '../../flows/idm/update-email.ts';
import { updatePtanOrganization, type UpdatePtanOrganizationInput } from '../../flows/idm/update-ptan-organization.ts';
import { addMfaDevice, type AddMfaDeviceInput } from '../../flows/idm/add-mfa-device.ts';
import { changeExpiredPassword, changePassword, type ChangeExpiredPasswordInput, type ChangePasswordInput } from '../../flows/idm/change-password.ts';
import { createAccount, type CreateAccountInput } from '../../flows/idm/create-account.ts';
import { recoverUserId, type ForgotUserIdInput } from '../../flows/idm/forgot-user-id.ts';
import { resetPassword, unlockAccount, type RecoveryInput, type ResetPasswordInput } from '../../flows/idm/recover-account.ts';
import type { ResolvedAccount } from './profile.ts';

/** What a replay gives a flow besides the profile's inputs. */
export interface FlowHelpers {
  account: ResolvedAccount;
  credentials: Credentials;
  /** Seed 000 step 12: five minutes for a new role to display (the mock clock moves; elsewhere, real time passes). */
  letFiveMinutesPass: () => Promise<void>;
  /** The one-time codes e-mailed to another address than the account's (a New User Registration's): made before the e-mail is sent. */
  codesFor: (email: string) => Promise<() => Promise<string>>;
  /** The text of the newest e-mail to `email` whose subject matches (deployments of this mock: its mailbox). */
  mailText: (email: string, subject: RegExp) => Promise<string>;
}

type Input = Record<string, unknown>;
type Replay = (page: Page, input: Input, helpers: FlowHelpers) => Promise<unknown>;

// The profile's schema (scripts/drift/profile.schema.json) checked each input's shape; here it meets its flow.
const as = <T>(input: Input, extra: object): T => ({ ...input, ...extra }) as T;

/** What an authenticator app shows for the secret key a set-up page gives. */
const totpOf = (secret: string) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s/g, '')) }).generate();

/**
 * How each catalogued procedure is replayed: the very flow the procedure tests run (flows/), given the profile's
 * inputs and the account's credentials. Every catalogued procedure has one (checked by the type).
 */
export const REPLAYS: Record<ProcedureId, Replay> = {
  'ep.remove-role': (page, input, { credentials }) => removePortalRole(page, as<RemovePortalRoleInput>(input, { credentials })),
  'ep.request-new-role': (page, input, { credentials, letFiveMinutesPass }) => requestPortalRole(page, as<RequestPortalRoleInput>(input, { credentials, letFiveMinutesPass })),
  'ep.update-email': (page, input, { credentials, account }) => updatePortalEmail(page, as<UpdatePortalEmailInput>(input, { credentials, securityAnswers: account.securityAnswers })),
  'idm.add-ptan': (page, input, { credentials }) => addPtan(page, as<AddPtanInput>(input, { credentials })),
  'idm.update-ptan-organization': (page, input, { credentials }) => updatePtanOrganization(page, as<UpdatePtanOrganizationInput>(input, { credentials })),
  'idm.remove-role': (page, input, { credentials }) => removeRole(page, as<RemoveRoleInput>(input, { credentials })),
  'idm.remove-ptans': (page, input, { credentials }) => removePtans(page, as<RemovePtansInput>(input, { credentials })),
  'idm.request-new-role': (page, input, { credentials }) => requestNewRole(page, as<RequestNewRoleInput>(input, { credentials })),
  'idm.update-email': (page, input, { credentials }) => updateEmail(page, as<UpdateEmailInput>(input, { credentials })),
  'connexion.upload-document': (page, input, { credentials }) => uploadDocument(page, as<UploadDocumentInput>(input, { credentials })),
  'dbids.approve-form-a': (page, input, { credentials }) => approveFormA(page, as<ApproveFormAInput>(input, { credentials })),
  'dbids.certify-form-b': (page, input, { credentials }) => certifyFormB(page, as<CertifyFormBInput>(input, { credentials })),
  'connexion.respond-to-notice': (page, input, { credentials }) => respondToNotice(page, as<RespondToNoticeInput>(input, { credentials })),
  'connexion.accept-contract-offer': (page, input, { credentials }) => acceptContractOffer(page, as<ContractOfferInput>(input, { credentials })),
  'connexion.decline-contract-offer': (page, input, { credentials }) => declineContractOffer(page, as<ContractOfferInput>(input, { credentials })),
  'connexion.view-contract': (page, input, { credentials }) => viewContract(page, as<ViewContractInput>(input, { credentials })),
  'connexion.submit-form-c': (page, input, { credentials }) => submitFormC(page, as<SubmitFormCInput>(input, { credentials })),
  'connexion.request-location-change': (page, input, { credentials }) => requestLocationChange(page, as<LocationChangeInput>(input, { credentials })),
  'connexion.request-contract-transfer': (page, input, { credentials }) => requestContractTransfer(page, as<ContractTransferInput>(input, { credentials })),
  'connexion.disclose-subcontractor': (page, input, { credentials }) => discloseSubcontractor(page, as<DiscloseSubcontractorInput>(input, { credentials })),
  'idm.create-account': async (page, input, { codesFor }) => {
    const code = await codesFor(String(input.email));
    return createAccount(page, as<CreateAccountInput>(input, { verifyBy: 'code', verificationEmail: async () => ({ link: '', code: await code() }) }));
  },
  'idm.forgot-user-id': (page, input, { mailText }) =>
    recoverUserId(page, as<ForgotUserIdInput>(input, { userIdEmail: () => mailText(String(input.email), /user ID/) })),
  'idm.reset-password': (page, input, { credentials }) => resetPassword(page, as<ResetPasswordInput>(input, { userId: credentials.userId, verificationCode: credentials.verificationCode })),
  'idm.unlock-account': (page, input, { credentials }) => unlockAccount(page, as<RecoveryInput>(input, { userId: credentials.userId, verificationCode: credentials.verificationCode })),
  'idm.change-password': (page, input, { credentials }) => changePassword(page, as<ChangePasswordInput>(input, { credentials })),
  'idm.change-expired-password': (page, input, { credentials }) => changeExpiredPassword(page, as<ChangeExpiredPasswordInput>(input, { credentials })),
  'idm.add-mfa-device': (page, input, { credentials }) =>
    addMfaDevice(page, as<AddMfaDeviceInput>(input, { credentials, deviceCode: async (secret?: string) => (secret ? totpOf(secret) : credentials.verificationCode()) })),
};
