import type { Request } from 'express';
import type { Account, Application, RoleName } from '../../domain/types.ts';
import type { ProofingQuestion } from '../../domain/upstream.ts';
import { mfaOfferDue } from '../../domain/enterprise-portal/mfa.ts';

/** Where a person is in Requesting a New Role (seed 000, steps 6–12), kept in their session. */
export interface RequestWizard {
  userId: string;
  application: Application;
  role?: RoleName;
  ptan?: string;
  organizationName?: string;
  proofing?: { sessionId: string; questions: ProofingQuestion[] };
  done?: { id: string; mailed: boolean; role: RoleName };
}

export type WizardStep = 'role' | 'identity' | 'mfa' | 'access' | 'review';

const KEY = 'ep.request-role';

/** The person's own wizard; another person's (same browser, other sign-in) is never returned. */
export function loadWizard(req: Request, account: Account): RequestWizard | undefined {
  const wizard = req.session.wizards?.[KEY] as RequestWizard | undefined;
  return wizard && wizard.userId === account.userId ? wizard : undefined;
}

export function saveWizard(req: Request, wizard: RequestWizard): void {
  req.session.wizards = { ...req.session.wizards, [KEY]: wizard };
}

export function clearWizard(req: Request): void {
  if (req.session.wizards) delete req.session.wizards[KEY];
}

/**
 * The step due next: the role, then Identity Verification (only while not verified), then the MFA offer (only
 * while not answered), then the PTAN, then the review. Pages ahead of it redirect back to it.
 */
export function dueStep(account: Account, wizard: RequestWizard): WizardStep {
  if (!wizard.role) return 'role';
  if (!account.identityVerified) return 'identity';
  if (mfaOfferDue(account)) return 'mfa';
  if (!wizard.ptan) return 'access';
  return 'review';
}

export const stepPath = (step: WizardStep) => `/portal/request/${step}`;
