/** The portal's records. Plain data, so the whole state can be snapshotted as JSON. */

export const APPLICATIONS = ['DBidS', 'Connexion'] as const;
export type Application = (typeof APPLICATIONS)[number];

export const ROLE_NAMES = ['AO', 'BAO', 'EU'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** How the seeds name each application in the IDM "Select an Application" field. [DOC S1] */
export const APPLICATION_LABELS: Record<Application, string> = {
  DBidS: 'DMEPOS Bidding System (DBidS)',
  Connexion: 'Connexion',
};

export const ROLE_LABELS: Record<RoleName, string> = {
  AO: 'Authorized Official (AO)',
  BAO: 'Backup Authorized Official (BAO)',
  EU: 'End User (EU)',
};

/** An organization as PECOS knows it: its CMS-855S enrollment. */
export interface Organization {
  id: string;
  legalBusinessName: string;
  /** Active PTANs in PECOS. */
  ptans: string[];
  /** PTANs PECOS knows but that are no longer active. */
  inactivePtans: string[];
  /** User IDs of the people listed as authorized officials on the CMS-855S. */
  authorizedOfficials: string[];
  bidderNumbers: string[];
  address: { street: string; city: string; state: string; zip: string };
  /** Organizations with the same group are commonly owned or controlled: one bid per competition (rule 52). [DOC COMOWN] */
  ownershipGroup?: string;
}

/** A role a person holds in DBidS or Connexion. */
export interface Role {
  application: Application;
  role: RoleName;
  organizationId: string;
  ptans: string[];
  grantedAt: string;
  /** The Enterprise Portal shows a new role only after this time. [DOC S0 step 12] */
  visibleFrom?: string;
}

export interface SecurityQuestion {
  question: string;
  answer: string;
}

/** The MFA factor types the IDM offers. [DOC IDFAQ] */
export const FACTOR_TYPES = ['email', 'sms', 'voice', 'google-authenticator', 'okta-verify'] as const;
export type FactorType = (typeof FACTOR_TYPES)[number];

/** One MFA factor (device) of a person. [DOC IDFAQ, IDMOV] */
export interface MfaFactor {
  type: FactorType;
  /** SMS and Voice: the phone number the codes go to. */
  phone?: string;
  /** Google Authenticator and Okta Verify: the shared TOTP secret (base32), shown once at enrolment. */
  secret?: string;
  /** TOTP: the last time step accepted, so a code is not accepted twice. */
  lastUsedStep?: number;
  enrolledAt: string;
}

/** A person's account in the CMS IDM System (shared with the Enterprise Portal and Connexion). */
export interface Account {
  userId: string;
  passwordHash: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  organizationId: string;
  /** Remote identity proofing done (asked once per person). [DOC S0 step 8] */
  identityVerified: boolean;
  /** The Enterprise Portal's MFA choice, offered once. [DOC S0 step 9] */
  mfa: 'not-asked' | 'added' | 'skipped';
  securityQuestions: SecurityQuestion[];
  roles: Role[];
  failedAttempts: number;
  locked: boolean;
  /** When the user last removed a role (for the five-minute wait). [DOC S0] */
  lastRoleRemovalAt?: string;
  /** Demo and scenario passwords are kept so the control API and `npm start` can print them. */
  password: string;
  /**
   * The person's MFA factors. Left out (older records), the person has the default e-mail factor: every IDM
   * account has it from registration (see domain/mfa/factors.ts, factorsOf).
   */
  factors?: MfaFactor[];
  /** Hashes of the most recent passwords, newest first, the current one included (rule 6). */
  passwordHistory?: string[];
  /** The last successful sign-in to any system (rule 8: a password unused for 60 days expires). */
  lastSignInAt?: string;
  /** Identity proofing that failed online: the Experian reference for phone proofing, and where it stands (rule 14). */
  phoneProofing?: { referenceNumber: string; status: 'waiting' | 'failed' };
}

export type RequestKind = 'new-role' | 'add-ptan' | 'modify-role' | 'remove-role';
export type RequestStatus = 'pending' | 'approved' | 'rejected';

/** A request submitted in IDM or the Enterprise Portal, waiting on an approver. */
export interface RoleRequest {
  id: string;
  kind: RequestKind;
  system: 'idm' | 'enterprise-portal';
  userId: string;
  application: Application;
  role: RoleName;
  organizationId: string;
  ptans: string[];
  justification: string;
  status: RequestStatus;
  submittedAt: string;
  decidedAt?: string;
  decidedBy?: string;
  decisionReason?: string;
}

export interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

/** A document uploaded in Connexion, as My Upload History shows it. [DOC S4] */
export interface Upload {
  id: string;
  userId: string;
  organizationId: string;
  bidCycle: string;
  bidderNumber: string;
  documentType: string;
  description: string;
  /** Only for a bid surety bond. [DOC S4 step 10] */
  cba?: string;
  /** The file's name as it came from the person's computer. */
  fileName: string;
  /** The optional alternate name. [DOC S4 step 11] */
  nickname?: string;
  size: number;
  sha256: string;
  /** The user ID typed under Certification Statement & Signature. [DOC S4 step 12] */
  certifiedBy: string;
  uploadedAt: string;
  /** Where the bytes are kept (inside the portal's data folder). */
  storedPath: string;
}
