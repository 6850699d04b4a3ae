import { Router, type Request, type Response } from 'express';
import { Refusal, httpStatusOf } from '../../domain/errors.ts';
import { EVIDENCE_FIELDS, IDENTITY_MESSAGES, checkPhoneProofing, evidenceProblems, finishProofing, startProofing } from '../../domain/identity.ts';
import { IDM_ROLE_MESSAGES, checkMayRequestRole, isApplication, isRoleName, ownRequest, submitAddPtans, submitNewRole } from '../../domain/idm-roles.ts';
import type { MockState } from '../../domain/mock-state';
import { APPLICATIONS, ROLE_NAMES } from '../../domain/types.ts';
import { currentAccount, setNotice } from '../../http/session.ts';
import { aoFirstMessage, waitsForAo } from '../../domain/ao-first.ts';
import { handleAttributes, showAttributes } from './attributes.ts';
import { field, getWizard, orRefusal, render, setWizard, type RoleWizard } from './shared.ts';

const RIDP_TERMS_MESSAGE = 'Check the box "I agree to the terms and conditions" to continue: identity verification (RIDP) needs your consent.';

/**
 * The Role Request window (seed 001 "How to Request a New Role"): Select an Application, Select a Role, the RIDP
 * terms, the Identity Verification form, the proofing questions (asked once per person), the attribute menu,
 * the Reason for Request dialog box and the Request ID. The Add Role window joins at the Reason for Request.
 * Mounted at /idm/role-request, signed-in only.
 */
export function roleRequestRoutes(state: MockState): Router {
  const router = Router();

  const firstWindow = (res: Response, status: number, locals: Record<string, unknown> = {}) =>
    render(res, status, 'idm/role-request.njk', {
      applications: APPLICATIONS.map((a) => ({ value: a, label: res.locals.applicationLabels[a] as string })),
      roles: ROLE_NAMES.map((r) => ({ value: r, label: res.locals.roleLabels[r] as string })),
      verified: currentAccount(res).identityVerified,
      ...locals,
    });

  /** The wizard of a new-role request, or a redirect back to the first window. */
  const newRoleWizard = (req: Request, res: Response): RoleWizard | undefined => {
    const wizard = getWizard(req);
    if (wizard?.kind === 'new-role') return wizard;
    res.redirect('/idm/role-request');
    return undefined;
  };

  const identityWindow = (res: Response, status: number, locals: Record<string, unknown> = {}) => {
    const account = currentAccount(res);
    render(res, status, 'idm/identity.njk', {
      evidenceFields: EVIDENCE_FIELDS,
      values: { firstName: account.firstName, lastName: account.lastName, email: account.email, phone: account.phone },
      ...locals,
    });
  };

  // GET /idm/role-request — the Role Request window: Select an Application, Select a Role, RIDP terms (once per person), Next.
  router.get('/', (req, res) => {
    setWizard(req, undefined);
    firstWindow(res, 200);
  });

  // POST /idm/role-request/start — Next: checks the choices and the terms box, then the Identity Verification form or the attribute menu.
  // The RIDP terms show to everyone (the seed's step 8 reads the same for all); agreeing is required only of a
  // person not verified yet, since a verified person is not asked again.
  router.post('/start', (req, res) => {
    const account = currentAccount(res);
    const application = field(req, 'application');
    const role = field(req, 'role');
    const errors: Record<string, string> = {};
    if (!isApplication(application)) errors.application = IDM_ROLE_MESSAGES.application;
    if (!isRoleName(role)) errors.role = IDM_ROLE_MESSAGES.role;
    if (!account.identityVerified && field(req, 'agree') !== 'yes') errors.agree = RIDP_TERMS_MESSAGE;
    if (!isApplication(application) || !isRoleName(role) || Object.keys(errors).length) {
      return firstWindow(res, 400, { errors, selectedApplication: application, selectedRole: role });
    }
    try {
      checkMayRequestRole(state, account, application);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      return firstWindow(res, httpStatusOf[error.kind], { error: error.message, selectedApplication: application, selectedRole: role });
    }
    setWizard(req, { kind: 'new-role', application, role });
    res.redirect(account.identityVerified ? '/idm/role-request/attributes' : '/idm/role-request/identity');
  });

  // GET /idm/role-request/identity — the Identity Verification form.
  router.get('/identity', (req, res) => {
    if (!newRoleWizard(req, res)) return;
    if (currentAccount(res).identityVerified) return res.redirect('/idm/role-request/attributes');
    identityWindow(res, 200);
  });

  // POST /idm/role-request/identity — Next: the evidence goes to the identity service, which answers with questions.
  router.post('/identity', async (req, res) => {
    const wizard = newRoleWizard(req, res);
    if (!wizard) return;
    const account = currentAccount(res);
    const values = Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f.name, field(req, f.name)]));
    const problems = evidenceProblems(values);
    if (Object.keys(problems).length) return identityWindow(res, 400, { values, problems, errors: Object.values(problems) });
    await orRefusal(
      async () => {
        const proofing = await startProofing(state, account, values);
        setWizard(req, { ...wizard, proofing });
        res.redirect('/idm/role-request/questions');
      },
      (refusal, status) => identityWindow(res, status, { values, error: refusal.message }),
    );
  });

  // GET /idm/role-request/questions — the RIDP proofing questions.
  router.get('/questions', (req, res) => {
    const wizard = newRoleWizard(req, res);
    if (!wizard) return;
    if (!wizard.proofing) return res.redirect('/idm/role-request/identity');
    render(res, 200, 'idm/questions.njk', { questions: wizard.proofing.questions });
  });

  // POST /idm/role-request/questions — Verify: a verified person is never asked again; a failed one gets no role and is told what to do.
  router.post('/questions', async (req, res) => {
    const wizard = newRoleWizard(req, res);
    if (!wizard) return;
    const proofing = wizard.proofing;
    if (!proofing) return res.redirect('/idm/role-request/identity');
    const answers = Object.fromEntries(proofing.questions.map((q) => [q.id, field(req, q.id)]));
    const unanswered = proofing.questions.filter((q) => !q.choices.includes(answers[q.id] ?? ''));
    if (unanswered.length) {
      return render(res, 400, 'idm/questions.njk', { questions: proofing.questions, answers, error: 'Answer every question: select one choice for each, then select Verify.' });
    }
    await orRefusal(
      async () => {
        await finishProofing(state, currentAccount(res), proofing.sessionId, answers);
        setWizard(req, { ...wizard, proofing: undefined });
        res.redirect('/idm/role-request/attributes');
      },
      (refusal, status) => {
        if (refusal.kind === 'unavailable') return render(res, status, 'idm/questions.njk', { questions: proofing.questions, answers, error: refusal.message });
        // The wizard stays: once Experian verifies the person by phone, the request goes on (rule 14).
        setWizard(req, { ...wizard, proofing: undefined });
        render(res, status, 'idm/proofing-failed.njk', { error: refusal.message, phoneProofing: currentAccount(res).phoneProofing });
      },
    );
  });

  // POST /idm/role-request/phone-proofing — Check Phone Proofing: after the call to Experian, verified (go on to the
  // attribute menu), not yet, or failed (the help desk). [rule 14]
  router.post('/phone-proofing', async (req, res) => {
    const account = currentAccount(res);
    await orRefusal(
      async () => {
        await checkPhoneProofing(state, account);
        setNotice(req, 'success', IDENTITY_MESSAGES.phoneVerified);
        res.redirect(getWizard(req)?.kind === 'new-role' ? '/idm/role-request/attributes' : '/idm/role-request');
      },
      (refusal, status) => render(res, status, 'idm/proofing-failed.njk', { error: refusal.message, phoneProofing: account.phoneProofing }),
    );
  });

  // GET /idm/role-request/attributes — the attribute menu (identity verified).
  router.get('/attributes', (req, res) => {
    const wizard = newRoleWizard(req, res);
    if (!wizard) return;
    if (!currentAccount(res).identityVerified) return res.redirect('/idm/role-request/identity');
    showAttributes(state, res, wizard, { alreadyVerified: IDENTITY_MESSAGES.alreadyVerified });
  });

  // POST /idm/role-request/attributes — Search, or Review Request (→ the Reason for Request dialog box).
  router.post('/attributes', async (req, res) => {
    const wizard = newRoleWizard(req, res);
    if (!wizard) return;
    if (!currentAccount(res).identityVerified) return res.redirect('/idm/role-request/identity');
    await handleAttributes(state, req, res, wizard);
  });

  const reasonWindow = (res: Response, wizard: RoleWizard, status: number, locals: Record<string, unknown> = {}) =>
    render(res, status, 'idm/reason.njk', { wizard, ...locals });

  // GET /idm/role-request/reason — the request reviewed, with the Reason for Request dialog box.
  router.get('/reason', (req, res) => {
    const wizard = getWizard(req);
    if (!wizard?.ptans) return res.redirect('/idm/role-request');
    reasonWindow(res, wizard, 200);
  });

  // POST /idm/role-request/submit — Submit Role Request: every rule is checked again, then a Request ID.
  router.post('/submit', async (req, res) => {
    const wizard = getWizard(req);
    if (!wizard?.ptans) return res.redirect('/idm/role-request');
    const account = currentAccount(res);
    const justification = field(req, 'justification');
    const input = { ptans: wizard.ptans, justification, ...(wizard.legalBusinessName === undefined ? {} : { legalBusinessName: wizard.legalBusinessName }) };
    await orRefusal(
      async () => {
        const request =
          wizard.kind === 'add-ptan'
            ? await submitAddPtans(state, account, wizard.application, input)
            : await submitNewRole(state, account, { ...input, application: wizard.application, role: wizard.role });
        setWizard(req, undefined);
        res.redirect(`/idm/role-request/submitted/${request.id}`);
      },
      (refusal, status) => reasonWindow(res, wizard, status, { error: refusal.message, errorField: refusal.field, justification }),
    );
  });

  // GET /idm/role-request/submitted/:id — the Role Request window with the Request ID and the message.
  router.get('/submitted/:id', (req, res) => {
    const request = ownRequest(state, currentAccount(res), req.params.id);
    const aoFirst = request.status === 'pending' && waitsForAo(state, request) ? aoFirstMessage(state, request) : '';
    render(res, 200, 'idm/request-submitted.njk', { windowTitle: 'Role Request', request, message: IDM_ROLE_MESSAGES.submitted, aoFirst });
  });

  return router;
}
