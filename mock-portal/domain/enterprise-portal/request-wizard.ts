import { Refusal, refuse } from '../errors.ts';
import type { FormFields } from '../forms.ts';
import { EVIDENCE_FIELDS, evidenceProblems, finishProofing, startProofing } from '../identity.ts';
import type { MockState } from '../mock-state.ts';
import type { Account, Application, RoleName } from '../types.ts';
import type { ProofingQuestion } from '../upstream.ts';
import { IDENTITY_TERMS_MESSAGE, identityTermsAgreed } from './identity-terms.ts';
import { mfaOfferDue, parseMfaChoice, recordMfaChoice, type MfaChoice } from './mfa.ts';
import { checkMayRequest, checkRequestedPtan, parseApplication, parseRole, submitRoleRequest } from './roles.ts';

/**
 * Requesting a New Role in the CMS Enterprise Portal (seed 000 steps 6–12) as a wizard: where a person is, which
 * step is due, which pages they may open, and what each step's Next does. Every rule is checked again on Submit.
 */
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
/** A page of the wizard: a step, the identity questions (within the identity step), or the acknowledgement. */
export type WizardPage = WizardStep | 'identity-questions' | 'acknowledgement';

const ORDER: readonly WizardStep[] = ['role', 'identity', 'mfa', 'access', 'review'];

/**
 * The step due next: the role, then Identity Verification (only while not verified), then the MFA offer (only
 * while not answered), then the PTAN, then the review.
 */
export function dueStep(account: Account, wizard: RequestWizard): WizardStep {
  if (!wizard.role) return 'role';
  if (!account.identityVerified) return 'identity';
  if (mfaOfferDue(account)) return 'mfa';
  if (!wizard.ptan) return 'access';
  return 'review';
}

/**
 * Where a person asking for `page` is sent instead, or undefined when they may be there: no wizard → the Access
 * Catalog ('apps'); a finished request → its acknowledgement; a step ahead of the due one → the due one. Going
 * back is allowed to the role and the PTAN, the two things a person may change before Submit.
 */
export function redirectFor(account: Account, wizard: RequestWizard | undefined, page: WizardPage): WizardPage | 'apps' | undefined {
  if (!wizard) return 'apps';
  const due = dueStep(account, wizard);
  if (page === 'acknowledgement') return wizard.done ? undefined : due;
  if (wizard.done) return 'acknowledgement';
  const wanted = page === 'identity-questions' ? 'identity' : page;
  const reachable = wanted === due || (ORDER.indexOf(wanted) < ORDER.indexOf(due) && (wanted === 'role' || wanted === 'access'));
  if (!reachable || (page === 'identity-questions' && !wizard.proofing)) return due;
  return undefined;
}

/** Request Access in the Access Catalog: DBidS still open, the five-minute wait, one role per application. */
export function beginRequest(state: MockState, account: Account, form: FormFields): RequestWizard {
  const application = parseApplication(form.text('application'));
  checkMayRequest(state, account, application);
  return { userId: account.userId, application };
}

/** Select your new role → Next. */
export function chooseRole(wizard: RequestWizard, form: FormFields): RequestWizard {
  return { ...wizard, role: parseRole(form.text('role')) };
}

/** The Identity Verification form's fields as sent, trimmed. */
export function evidenceValuesOf(form: FormFields): Record<string, string> {
  return Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f.name, form.text(f.name).trim()]));
}

/**
 * Identity Verification → Next: the Terms and Conditions agreed and Your Information complete [DOC S0 step 8],
 * then the identity service asks its questions. A refusal names every field (`agree` for the terms).
 */
export async function submitIdentityInformation(state: MockState, account: Account, wizard: RequestWizard, form: FormFields): Promise<RequestWizard> {
  const values = evidenceValuesOf(form);
  const problems: Record<string, string> = evidenceProblems(values);
  const agreed = identityTermsAgreed(form.text('agree'));
  if (!agreed || Object.keys(problems).length) {
    const missing = EVIDENCE_FIELDS.filter((f) => problems[f.name]).map((f) => f.label);
    const first = agreed ? `Complete every field of Your Information. Check: ${missing.join(', ')}.` : IDENTITY_TERMS_MESSAGE;
    throw new Refusal('invalid', first, undefined, { ...(agreed ? {} : { agree: IDENTITY_TERMS_MESSAGE }), ...problems });
  }
  return { ...wizard, proofing: await startProofing(state, account, values) };
}

/** The identity questions → Verify: every one answered; a verified person is never asked again, a failure ends the request. */
export async function answerIdentityQuestions(state: MockState, account: Account, wizard: RequestWizard, form: FormFields): Promise<RequestWizard> {
  const questions = wizard.proofing?.questions ?? [];
  const unanswered = questions.filter((q) => !form.text(q.id).trim());
  if (unanswered.length) throw refuse.invalid(`Answer every question (${unanswered.length} left), then click Verify.`);
  await finishProofing(state, account, wizard.proofing?.sessionId ?? '', Object.fromEntries(questions.map((q) => [q.id, form.text(q.id).trim()])));
  const { proofing: _done, ...rest } = wizard;
  return rest;
}

/** The MFA offer → Add MFA, Skip MFA or Cancel; made only once. [DOC S0 step 9] */
export function answerMfaOffer(account: Account, form: FormFields): MfaChoice | 'cancel' {
  const choice = parseMfaChoice(form.text('choice'));
  if (choice !== 'cancel') recordMfaChoice(account, choice);
  return choice;
}

/** Checks role and PTAN against PECOS and keeps them (Request New Application Access → Next, or Save after Edit). */
export async function takePtan(state: MockState, account: Account, wizard: RequestWizard, ptan: string): Promise<RequestWizard> {
  if (!wizard.role) throw refuse.invalid('Select your new role.', 'role');
  const organization = await checkRequestedPtan(state, account, wizard.application, wizard.role, ptan);
  return { ...wizard, ptan, organizationName: organization.legalBusinessName };
}

/** The review page → Save after Edit: the corrected role and PTAN, checked again. */
export function saveReviewEdit(state: MockState, account: Account, wizard: RequestWizard, form: FormFields): Promise<RequestWizard> {
  const role = parseRole(form.text('role'));
  return takePtan(state, account, { ...wizard, role }, form.text('ptan').trim());
}

/** Submit: every rule again, then the request tracking number and the verification e-mail. */
export async function submitWizard(state: MockState, account: Account, wizard: RequestWizard): Promise<RequestWizard> {
  if (!wizard.role || !wizard.ptan) throw refuse.invalid('Complete Request New Application Access first.');
  const { request, mailed } = await submitRoleRequest(state, account, { application: wizard.application, role: wizard.role, ptan: wizard.ptan });
  return { ...wizard, done: { id: request.id, mailed, role: request.role } };
}
