/**
 * The services the portal calls over HTTP: PECOS, identity proofing (RIDP) and e-mail.
 * The real calls live in ../upstream/client.ts; in this mock, msw answers them (../upstream/handlers.ts),
 * so tests can make them fail through the control API's fault points.
 */
export interface PecosPtanRecord {
  ptan: string;
  active: boolean;
  organizationId: string;
  legalBusinessName: string;
  authorizedOfficials: string[];
}

export interface IdentityEvidence {
  userId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  ssnLast4: string;
  street: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  email: string;
}

export interface ProofingQuestion {
  id: string;
  text: string;
  choices: string[];
}

export type UpstreamService = 'pecos' | 'identity' | 'mail' | 'phone';

export interface Upstream {
  sendMail(message: { to: string; subject: string; text: string }): Promise<void>;
  /** Sends a text message or places a voice call (the phone outbox captures it). */
  sendPhoneMessage(message: { to: string; channel: 'sms' | 'voice'; text: string }): Promise<void>;
  /** Where phone proofing for this Experian reference stands; undefined for an unknown reference. */
  phoneProofingStatus(referenceNumber: string): Promise<'waiting' | 'verified' | 'failed' | undefined>;
  lookupPtan(ptan: string): Promise<PecosPtanRecord | undefined>;
  /** Starts proofing: the service checks the evidence and returns out-of-wallet questions. */
  startProofing(evidence: IdentityEvidence): Promise<{ sessionId: string; questions: ProofingQuestion[] }>;
  /** Finishes proofing with the person's answers (question id → chosen text). */
  finishProofing(sessionId: string, answers: Record<string, string>): Promise<{ verified: boolean; referenceNumber: string }>;
}

/** Raised by the upstream client when a service fails or does not answer in time. */
export class UpstreamUnavailable extends Error {
  constructor(readonly service: UpstreamService, readonly cause2: 'error' | 'timeout') {
    super(`${service} ${cause2}`);
    this.name = 'UpstreamUnavailable';
  }
}
