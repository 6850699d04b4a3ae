import { refuse, Refusal } from './errors.ts';
import type { FormFields } from './forms.ts';
import { EVIDENCE_FIELDS, evidenceProblems, finishProofing, startProofing } from './identity.ts';
import { IDM_ROLE_MESSAGES, checkAddPtans, checkAttributes, checkMayRequestRole, isApplication, isRoleName, parsePtans, searchOrganization, submitAddPtans, submitNewRole } from './idm-roles.ts';
import type { MockState } from './mock-state.ts';
import type { Account, Application, Organization, RoleName, RoleRequest } from './types.ts';
import type { ProofingQuestion } from './upstream.ts';

/**
 * The Role Request window of the CMS IDM System as a wizard (seed 001 "How to Request a New Role"): Select an
 * Application, Select a Role, the RIDP terms, the Identity Verification form, the proofing questions (asked once per
 * person), the attribute menu, the Reason for Request dialog box and the Request ID. The Add Role window joins at
 * the attribute menu. Where a person is, which window they may open, and what each window's button does.
 */
export interface RoleWizard {
  kind: 'new-role' | 'add-ptan';
  application: Application;
  role: RoleName;
  proofing?: { sessionId: string; questions: ProofingQuestion[] };
  ptans?: string[];
  legalBusinessName?: string;
  organizationName?: string;
}

export type RoleWizardWindow = 'start' | 'identity' | 'questions' | 'attributes' | 'reason';

export const RIDP_TERMS_MESSAGE = 'Check the box "I agree to the terms and conditions" to continue: identity verification (RIDP) needs your consent.';

/**
 * Where a person asking for `window` is sent instead, or undefined when they may be there: the identity windows
 * and the attribute menu of a new-role request only (else back to the first window); the identity form only
 * while not verified, the questions only once asked, the attribute menu only once verified; the Reason for Request
 * only once the attributes passed.
 */
export function windowRedirect(account: Account, wizard: RoleWizard | undefined, window: RoleWizardWindow): RoleWizardWindow | undefined {
  if (window === 'start') return undefined;
  if (window === 'reason') return wizard?.ptans ? undefined : 'start';
  if (wizard?.kind !== 'new-role') return 'start';
  if (window === 'identity') return account.identityVerified ? 'attributes' : undefined;
  if (window === 'questions') return wizard.proofing ? undefined : 'identity';
  return account.identityVerified ? undefined : 'identity';
}

/**
 * Next in the first window: an application and a role selected, and the RIDP terms agreed by a person not verified
 * yet (a verified person is not asked again); then the person may request that role at all.
 */
export function startRoleRequest(state: MockState, account: Account, form: FormFields): RoleWizard {
  const application = form.text('application');
  const role = form.text('role');
  const problems: Record<string, string> = {};
  if (!isApplication(application)) problems.application = IDM_ROLE_MESSAGES.application;
  if (!isRoleName(role)) problems.role = IDM_ROLE_MESSAGES.role;
  if (!account.identityVerified && form.text('agree') !== 'yes') problems.agree = RIDP_TERMS_MESSAGE;
  if (!isApplication(application) || !isRoleName(role) || Object.keys(problems).length) throw refuse.fields(problems);
  checkMayRequestRole(state, account, application);
  return { kind: 'new-role', application, role };
}

/** The Identity Verification form's fields as sent. */
export function evidenceOf(form: FormFields): Record<string, string> {
  return Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f.name, form.text(f.name)]));
}

/** Next on the Identity Verification form: the evidence goes to the identity service, which answers with questions. */
export async function submitEvidence(state: MockState, account: Account, wizard: RoleWizard, form: FormFields): Promise<RoleWizard> {
  const values = evidenceOf(form);
  const problems = evidenceProblems(values);
  if (Object.keys(problems).length) throw refuse.fields(problems);
  return { ...wizard, proofing: await startProofing(state, account, values) };
}

/** Verify: every question answered with one of its choices; a verified person is never asked again. */
export async function answerProofingQuestions(state: MockState, account: Account, wizard: RoleWizard, form: FormFields): Promise<RoleWizard> {
  const questions = wizard.proofing?.questions ?? [];
  const answers = Object.fromEntries(questions.map((q) => [q.id, form.text(q.id)]));
  if (questions.some((q) => !q.choices.includes(answers[q.id] ?? ''))) {
    throw new Refusal('invalid', 'Answer every question: select one choice for each, then select Verify.', 'answers');
  }
  await finishProofing(state, account, wizard.proofing?.sessionId ?? '', answers);
  const { proofing: _asked, ...rest } = wizard;
  return rest;
}

/** The attribute menu: `action=search` finds the organization of the PTAN; Review Request checks everything. */
export async function submitAttributes(state: MockState, account: Account, wizard: RoleWizard, form: FormFields): Promise<{ wizard: RoleWizard; found?: Organization }> {
  const ptans = parsePtans(form.text('ptan'));
  const legalBusinessName = wizard.role === 'AO' ? form.text('legalBusinessName').trim() : undefined;
  if (form.text('action') === 'search') {
    if (ptans.length === 0) throw refuse.invalid('Enter the PTAN, then select Search.', 'ptan');
    const found = await searchOrganization(state, account, ptans[0] ?? '');
    return { wizard: { ...wizard, organizationName: found.legalBusinessName }, found };
  }
  const attributes = { ptans, ...(legalBusinessName === undefined ? {} : { legalBusinessName }) };
  const organization = wizard.kind === 'add-ptan'
    ? await checkAddPtans(state, account, wizard.application, attributes)
    : await checkAttributes(state, account, wizard.role, attributes);
  return { wizard: { ...wizard, ...attributes, organizationName: organization.legalBusinessName } };
}

/** Submit Role Request in the Reason for Request dialog box: every rule is checked again, then a Request ID. */
export function submitRoleWizard(state: MockState, account: Account, wizard: RoleWizard, form: FormFields): Promise<RoleRequest> {
  const input = { ptans: wizard.ptans ?? [], justification: form.text('justification'), ...(wizard.legalBusinessName === undefined ? {} : { legalBusinessName: wizard.legalBusinessName }) };
  return wizard.kind === 'add-ptan'
    ? submitAddPtans(state, account, wizard.application, input)
    : submitNewRole(state, account, { ...input, application: wizard.application, role: wizard.role });
}
