import { Router, type Request, type RequestHandler, type Response } from 'express';
import { Refusal } from '../../domain/errors.ts';
import { EVIDENCE_FIELDS, evidenceProblems, finishProofing, startProofing } from '../../domain/identity.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { checkIdentityTermsAgreed } from '../../domain/enterprise-portal/identity-terms.ts';
import { MFA_MESSAGES, mfaOfferDue, parseMfaChoice, recordMfaChoice } from '../../domain/enterprise-portal/mfa.ts';
import { checkMayRequest, checkRequestedPtan, parseApplication, parseRole, submitRoleRequest } from '../../domain/enterprise-portal/roles.ts';
import { APPLICATION_LABELS, ROLE_LABELS, type Account } from '../../domain/types.ts';
import { currentAccount, setNotice } from '../../http/session.ts';
import { appsPage } from './access.ts';
import { clearWizard, dueStep, loadWizard, saveWizard, stepPath, type RequestWizard, type WizardStep } from './request-wizard.ts';
import { ROLE_OPTIONS, renderRefusal, statusOf } from './view-data.ts';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const bodyOf = (req: Request) => (req.body ?? {}) as Record<string, unknown>;

/** Requesting a New Role (seed 000 steps 6–12): a wizard whose every rule is checked again on Submit. */
export function requestRoleRoutes(state: MockState, signedIn: RequestHandler): Router {
  const router = Router();

  /** The person's wizard when it has reached `step`; otherwise redirects to where they are and returns undefined. */
  const at = (req: Request, res: Response, step: WizardStep | 'identity-questions' | 'done'): { account: Account; wizard: RequestWizard } | undefined => {
    const account = currentAccount(res);
    const wizard = loadWizard(req, account);
    if (!wizard) {
      res.redirect('/portal/apps');
      return undefined;
    }
    if (step === 'done') {
      if (wizard.done) return { account, wizard };
      res.redirect(stepPath(dueStep(account, wizard)));
      return undefined;
    }
    const due = dueStep(account, wizard);
    const order: WizardStep[] = ['role', 'identity', 'mfa', 'access', 'review'];
    const wanted = step === 'identity-questions' ? 'identity' : step;
    const reachable = wanted === due || (order.indexOf(wanted) < order.indexOf(due) && (wanted === 'role' || wanted === 'access'));
    if (wizard.done || !reachable || (step === 'identity-questions' && !wizard.proofing)) {
      res.redirect(wizard.done ? '/portal/request/acknowledgement' : stepPath(due));
      return undefined;
    }
    return { account, wizard };
  };

  const next = (res: Response, account: Account, wizard: RequestWizard) => res.redirect(stepPath(dueStep(account, wizard)));
  const labels = (wizard: RequestWizard) => ({ label: APPLICATION_LABELS[wizard.application], roleLabel: wizard.role ? ROLE_LABELS[wizard.role] : '' });

  // POST /portal/request — Request Access in the Access Catalog: the five-minute wait, one role per application.
  router.post('/', signedIn, (req, res) => {
    const account = currentAccount(res);
    try {
      const application = parseApplication(bodyOf(req).application);
      checkMayRequest(state, account, application);
      saveWizard(req, { userId: account.userId, application });
      res.redirect(stepPath('role'));
    } catch (error) {
      renderRefusal(res, error, 'enterprise-portal/apps.njk', appsPage(state, account));
    }
  });

  // GET /portal/request/role — select the new role (AO, BAO or EU).
  router.get('/role', signedIn, (req, res) => {
    const here = at(req, res, 'role');
    if (here) res.render('enterprise-portal/request-role.njk', { ...labels(here.wizard), role: here.wizard.role, roleOptions: ROLE_OPTIONS });
  });

  // POST /portal/request/role — Next.
  router.post('/role', signedIn, (req, res) => {
    const here = at(req, res, 'role');
    if (!here) return;
    try {
      here.wizard.role = parseRole(bodyOf(req).role);
      saveWizard(req, here.wizard);
      next(res, here.account, here.wizard);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      res.status(400).render('enterprise-portal/request-role.njk', { ...labels(here.wizard), roleOptions: ROLE_OPTIONS, roleError: error.message, error: error.message });
    }
  });

  const identityPage = (res: Response, status: number, locals: Record<string, unknown> = {}) =>
    res.status(status).render('enterprise-portal/identity-terms.njk', { fields: EVIDENCE_FIELDS, values: {}, errors: {}, ...locals });

  // GET /portal/request/identity — Identity Verification: terms and personal information; first request only.
  router.get('/identity', signedIn, (req, res) => {
    if (at(req, res, 'identity')) identityPage(res, 200);
  });

  // POST /portal/request/identity — Next: terms agreed, information complete, then the questions.
  router.post('/identity', signedIn, async (req, res) => {
    const here = at(req, res, 'identity');
    if (!here) return;
    const body = bodyOf(req);
    const values = Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f.name, text(body[f.name])]));
    const errors: Record<string, string> = evidenceProblems(values);
    let agreeError = '';
    try {
      checkIdentityTermsAgreed(body.agree);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      agreeError = error.message;
    }
    if (agreeError || Object.keys(errors).length) {
      const missing = EVIDENCE_FIELDS.filter((f) => errors[f.name]).map((f) => f.label);
      const first = agreeError || `Complete every field of Your Information. Check: ${missing.join(', ')}.`;
      return identityPage(res, 400, { values, errors, agreeError, agreed: body.agree === 'yes', error: first });
    }
    try {
      here.wizard.proofing = await startProofing(state, here.account, values);
      saveWizard(req, here.wizard);
      res.redirect('/portal/request/identity/questions');
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      identityPage(res, statusOf(error), { values, agreed: true, error: error.message });
    }
  });

  // GET /portal/request/identity/questions — the series of questions.
  router.get('/identity/questions', signedIn, (req, res) => {
    const here = at(req, res, 'identity-questions');
    if (here) res.render('enterprise-portal/identity-questions.njk', { questions: here.wizard.proofing?.questions ?? [] });
  });

  // POST /portal/request/identity/questions — Verify: a verified person is never asked again; a failure ends the request.
  router.post('/identity/questions', signedIn, async (req, res) => {
    const here = at(req, res, 'identity-questions');
    if (!here?.wizard.proofing) return;
    const body = bodyOf(req);
    const { sessionId, questions } = here.wizard.proofing;
    const unanswered = questions.filter((q) => !text(body[q.id]));
    if (unanswered.length) {
      return res.status(400).render('enterprise-portal/identity-questions.njk', { questions, error: `Answer every question (${unanswered.length} left), then click Verify.` });
    }
    try {
      await finishProofing(state, here.account, sessionId, Object.fromEntries(questions.map((q) => [q.id, text(body[q.id])])));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      if (error.kind === 'unavailable') return res.status(503).render('enterprise-portal/identity-questions.njk', { questions, error: error.message });
      clearWizard(req);
      return res.status(statusOf(error)).render('enterprise-portal/identity-questions.njk', { questions: [], failed: true, error: error.message });
    }
    delete here.wizard.proofing;
    saveWizard(req, here.wizard);
    next(res, here.account, here.wizard);
  });

  // GET /portal/request/mfa — the MFA offer, made once.
  router.get('/mfa', signedIn, (req, res) => {
    if (at(req, res, 'mfa')) res.render('enterprise-portal/mfa.njk');
  });

  // POST /portal/request/mfa — Add MFA, Skip MFA or Cancel.
  router.post('/mfa', signedIn, (req, res) => {
    const account = currentAccount(res);
    if (!mfaOfferDue(account) && loadWizard(req, account)) {
      setNotice(req, 'info', MFA_MESSAGES.alreadyChosen);
    }
    const here = at(req, res, 'mfa');
    if (!here) return;
    try {
      const choice = parseMfaChoice(bodyOf(req).choice);
      if (choice === 'cancel') {
        clearWizard(req);
        setNotice(req, 'info', MFA_MESSAGES.cancelled);
        return res.redirect('/portal/welcome');
      }
      recordMfaChoice(here.account, choice);
      setNotice(req, 'success', choice === 'add' ? MFA_MESSAGES.added(here.account.email) : MFA_MESSAGES.skipped);
      next(res, here.account, here.wizard);
    } catch (error) {
      renderRefusal(res, error, 'enterprise-portal/mfa.njk', {});
    }
  });

  const accessPage = (res: Response, wizard: RequestWizard, status: number, locals: Record<string, unknown> = {}) =>
    res.status(status).render('enterprise-portal/request-access.njk', { ...labels(wizard), role: wizard.role, ptan: wizard.ptan ?? '', ...locals });

  // GET /portal/request/access — Request New Application Access: the PTAN.
  router.get('/access', signedIn, (req, res) => {
    const here = at(req, res, 'access');
    if (here) accessPage(res, here.wizard, 200);
  });

  /** Checks role and PTAN against PECOS and keeps them; returns the refusal for the page when there is one. */
  const takePtan = async (wizard: RequestWizard, account: Account, ptan: string): Promise<Refusal | undefined> => {
    try {
      if (!wizard.role) throw new Refusal('invalid', 'Select your new role.', 'role');
      const organization = await checkRequestedPtan(state, account, wizard.application, wizard.role, ptan);
      wizard.ptan = ptan;
      wizard.organizationName = organization.legalBusinessName;
      return undefined;
    } catch (error) {
      if (error instanceof Refusal) return error;
      throw error;
    }
  };

  // POST /portal/request/access — Next: the PTAN must pass the PECOS checks.
  router.post('/access', signedIn, async (req, res) => {
    const here = at(req, res, 'access');
    if (!here) return;
    const ptan = text(bodyOf(req).ptan);
    const refusal = await takePtan(here.wizard, here.account, ptan);
    if (refusal) return accessPage(res, here.wizard, statusOf(refusal), { ptan, error: refusal.message, ptanError: refusal.field === 'ptan' ? refusal.message : '' });
    saveWizard(req, here.wizard);
    res.redirect(stepPath('review'));
  });

  const reviewPage = (res: Response, account: Account, wizard: RequestWizard, status: number, locals: Record<string, unknown> = {}) =>
    res.status(status).render('enterprise-portal/request-review.njk', {
      ...labels(wizard),
      role: wizard.role,
      ptan: wizard.ptan,
      organization: wizard.organizationName,
      roleOptions: ROLE_OPTIONS,
      ...locals,
    });

  // GET /portal/request/review — Request New Application Access Review; ?edit=yes makes it editable (Edit).
  router.get('/review', signedIn, (req, res) => {
    const here = at(req, res, 'review');
    if (here) reviewPage(res, here.account, here.wizard, 200, { editing: req.query.edit === 'yes' });
  });

  // POST /portal/request/review — Save after Edit: the corrected role and PTAN, checked again.
  router.post('/review', signedIn, async (req, res) => {
    const here = at(req, res, 'review');
    if (!here) return;
    const body = bodyOf(req);
    const ptan = text(body.ptan);
    let role;
    try {
      role = parseRole(body.role);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      return reviewPage(res, here.account, here.wizard, 400, { editing: true, ptan, error: error.message, roleError: error.message });
    }
    const draft: RequestWizard = { ...here.wizard, role };
    const refusal = await takePtan(draft, here.account, ptan);
    if (refusal) {
      return reviewPage(res, here.account, here.wizard, statusOf(refusal), { editing: true, role, ptan, error: refusal.message, ptanError: refusal.field === 'ptan' ? refusal.message : '' });
    }
    saveWizard(req, draft);
    setNotice(req, 'success', 'Your changes were saved. Check the information, then click Submit.');
    res.redirect(stepPath('review'));
  });

  // POST /portal/request/submit — Submit: every rule again, then the tracking number and the verification e-mail.
  router.post('/submit', signedIn, async (req, res) => {
    const here = at(req, res, 'review');
    if (!here) return;
    const { wizard, account } = here;
    try {
      if (!wizard.role || !wizard.ptan) throw new Refusal('invalid', 'Complete Request New Application Access first.');
      const { request, mailed } = await submitRoleRequest(state, account, { application: wizard.application, role: wizard.role, ptan: wizard.ptan });
      wizard.done = { id: request.id, mailed, role: request.role };
      saveWizard(req, wizard);
      res.redirect('/portal/request/acknowledgement');
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      reviewPage(res, account, wizard, statusOf(error), { error: error.message });
    }
  });

  // GET /portal/request/acknowledgement — Request New Application Access Acknowledgement with the tracking number.
  router.get('/acknowledgement', signedIn, (req, res) => {
    const here = at(req, res, 'done');
    if (here?.wizard.done) res.render('enterprise-portal/request-acknowledgement.njk', { ...labels(here.wizard), done: here.wizard.done });
  });

  return router;
}
