import { Router, type Request, type Response } from 'express';
import {
  REGISTRATION_MESSAGES,
  activateRegistration,
  credentialsProblems,
  personalDetailsProblems,
  startRegistration,
  type PersonalDetails,
} from '../../domain/accounts/registration.ts';
import { USER_ID_RULES } from '../../domain/accounts/user-id.ts';
import type { MockState } from '../../domain/mock-state';
import { PASSWORD_RULES } from '../../domain/passwords.ts';
import { SECURITY_QUESTIONS } from '../../domain/scenario.ts';
import { setNotice } from '../../http/session.ts';
import { field, orRefusal, render } from './shared.ts';

/**
 * New User Registration (IDM User Guide, "create a new user account"): Enter Your Information, Choose Your User ID
 * and Password, Verify Your E-mail Address (the link or the code the IDM e-mails). Public; mounted at /idm/register.
 */
interface RegistrationWizard {
  details?: PersonalDetails;
  token?: string;
  email?: string;
}

const WIZARD = 'idm.registration';
const wizardOf = (req: Request): RegistrationWizard => (req.session.wizards?.[WIZARD] as RegistrationWizard | undefined) ?? {};
function saveWizard(req: Request, wizard: RegistrationWizard | undefined): void {
  req.session.wizards ??= {};
  if (wizard) req.session.wizards[WIZARD] = wizard;
  else delete req.session.wizards[WIZARD];
}

const questions = SECURITY_QUESTIONS.map((q) => ({ value: q, label: q }));

export function registrationRoutes(state: MockState): Router {
  const router = Router();

  const detailsPage = (res: Response, status: number, locals: Record<string, unknown> = {}) => render(res, status, 'idm/register-details.njk', locals);
  const credentialsPage = (res: Response, status: number, locals: Record<string, unknown> = {}) =>
    render(res, status, 'idm/register-credentials.njk', { userIdRules: USER_ID_RULES, passwordRules: PASSWORD_RULES, questions, ...locals });
  const verifyPage = (req: Request, res: Response, status: number, locals: Record<string, unknown> = {}) =>
    render(res, status, 'idm/register-verify.njk', { email: wizardOf(req).email, ...locals });

  // GET /idm/register — Enter Your Information.
  router.get('/', (req, res) => detailsPage(res, 200, { values: wizardOf(req).details ?? {} }));

  // POST /idm/register — Next: personal details checked, kept in the session.
  router.post('/', (req, res) => {
    const details: PersonalDetails = {
      firstName: field(req, 'firstName'), lastName: field(req, 'lastName'), email: field(req, 'email'),
      confirmEmail: field(req, 'confirmEmail'), phone: field(req, 'phone'), agree: field(req, 'agree') === 'yes',
    };
    const problems = personalDetailsProblems(details);
    if (Object.keys(problems).length) return detailsPage(res, 400, { values: details, problems, errors: Object.values(problems) });
    saveWizard(req, { details });
    res.redirect('/idm/register/credentials');
  });

  // GET /idm/register/credentials — Choose Your User ID and Password.
  router.get('/credentials', (req, res) => {
    if (!wizardOf(req).details) return res.redirect('/idm/register');
    credentialsPage(res, 200, { values: {} });
  });

  // POST /idm/register/credentials — Next: every rule the user ID or the password breaks is named; then the e-mail.
  router.post('/credentials', async (req, res) => {
    const wizard = wizardOf(req);
    const details = wizard.details;
    if (!details) return res.redirect('/idm/register');
    const chosen = {
      userId: field(req, 'userId'), password: field(req, 'password'), confirmPassword: field(req, 'confirmPassword'),
      securityQuestion: field(req, 'securityQuestion'), securityAnswer: field(req, 'securityAnswer'),
    };
    const values = { userId: chosen.userId, securityQuestion: chosen.securityQuestion, securityAnswer: chosen.securityAnswer };
    const problems = credentialsProblems(state, details, chosen);
    if (Object.keys(problems).length) return credentialsPage(res, 400, { values, problems, errors: Object.values(problems).flat() });
    await orRefusal(
      async () => {
        const pending = await startRegistration(state, details, chosen, `${req.protocol}://${req.get('host') ?? 'localhost'}/idm/register/verify`);
        saveWizard(req, { token: pending.token, email: pending.account.email });
        res.redirect('/idm/register/verify');
      },
      (refusal, status) => credentialsPage(res, status, { values, errors: [refusal.message] }),
    );
  });

  // GET /idm/register/verify — Verify Your E-mail Address: the code from the e-mail (or its link).
  router.get('/verify', (req, res) => {
    if (!wizardOf(req).token) return res.redirect('/idm/register');
    verifyPage(req, res, 200);
  });

  // POST /idm/register/verify — Verify: the code activates the account.
  router.post('/verify', async (req, res) => {
    const token = wizardOf(req).token;
    if (!token) return res.redirect('/idm/register');
    await orRefusal(
      async () => {
        activateRegistration(state, token, field(req, 'code'));
        saveWizard(req, undefined);
        setNotice(req, 'success', REGISTRATION_MESSAGES.activated);
        res.redirect('/idm/');
      },
      (refusal, status) => verifyPage(req, res, status, { error: refusal.message }),
    );
  });

  // GET /idm/register/verify/:token — the link in the e-mail: activates the account.
  router.get('/verify/:token', (req, res) => {
    activateRegistration(state, String(req.params.token));
    saveWizard(req, undefined);
    setNotice(req, 'success', REGISTRATION_MESSAGES.activated);
    res.redirect('/idm/');
  });

  return router;
}
