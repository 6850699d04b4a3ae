import type { Request, Router } from 'express';
import { REGISTRATION_MESSAGES, activateRegistration, chooseCredentials, enterPersonalDetails, pendingRegistration, personalDetailsOf, type PersonalDetails } from '../../domain/accounts/registration.ts';
import { USER_ID_RULES } from '../../domain/accounts/user-id.ts';
import type { Refusal } from '../../domain/errors.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { PASSWORD_RULES } from '../../domain/passwords.ts';
import { SECURITY_QUESTIONS } from '../../domain/scenario.ts';
import { anyone, get, post, routeTable, type Answer, type Ctx, type Page } from '../../http/adapter.ts';

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
const START: Answer = { redirect: '/idm/register' };
const ACTIVATED: Answer = { redirect: '/idm/', notice: { kind: 'success', text: REGISTRATION_MESSAGES.activated } };

const refusalLocals = (refusal: Refusal) => ({ problems: refusal.problems, errors: refusal.messages });
const detailsPage = (locals: Record<string, unknown>): Page => ({ view: 'idm/register-details.njk', locals });
const credentialsPage = ({ form }: Ctx, refusal?: Refusal): Page => ({
  view: 'idm/register-credentials.njk',
  locals: {
    userIdRules: USER_ID_RULES, passwordRules: PASSWORD_RULES, questions,
    values: { userId: form.text('userId'), securityQuestion: form.text('securityQuestion'), securityAnswer: form.text('securityAnswer') },
    ...(refusal ? refusalLocals(refusal) : {}),
  },
});
const verifyPage = ({ req }: Ctx, locals: Record<string, unknown> = {}): Page => ({ view: 'idm/register-verify.njk', locals: { email: wizardOf(req).email, ...locals } });

export function registrationRoutes(state: MockState): Router {
  return routeTable(state, [
    // GET /idm/register — Enter Your Information.
    get('/', anyone, ({ req }) => detailsPage({ values: wizardOf(req).details ?? {} })),
    // POST /idm/register — Next: personal details checked, kept in the session.
    post('/', anyone, ({ form }: Ctx) => enterPersonalDetails(form), {
      done: (details, { req }) => {
        saveWizard(req, { details });
        return { redirect: '/idm/register/credentials' };
      },
      refused: ({ form }, refusal) => detailsPage({ values: personalDetailsOf(form), ...refusalLocals(refusal) }),
    }),

    // GET /idm/register/credentials — Choose Your User ID and Password.
    get('/credentials', anyone, (ctx) => (wizardOf(ctx.req).details ? credentialsPage(ctx) : START)),
    // POST /idm/register/credentials — Next: every rule the user ID or the password breaks is named; then the e-mail.
    post('/credentials', anyone, async ({ req, form }: Ctx) => {
      const details = wizardOf(req).details;
      return details ? chooseCredentials(state, details, form, `${req.protocol}://${req.get('host') ?? 'localhost'}/idm/register/verify`) : undefined;
    }, {
      done: (pending, { req }) => {
        if (!pending) return START;
        saveWizard(req, { token: pending.token, email: pending.account.email });
        return { redirect: '/idm/register/verify' };
      },
      refused: (ctx, refusal) => credentialsPage(ctx, refusal),
    }),

    // GET /idm/register/verify — Verify Your E-mail Address: the code from the e-mail (or its link).
    get('/verify', anyone, (ctx) => (wizardOf(ctx.req).token ? verifyPage(ctx) : START)),
    // POST /idm/register/verify — Verify: the code activates the account.
    post('/verify', anyone, ({ req, form }: Ctx) => {
      const token = wizardOf(req).token;
      return token ? activateRegistration(state, token, form.text('code')) : undefined;
    }, {
      done: (account, { req }) => {
        if (!account) return START;
        saveWizard(req, undefined);
        return ACTIVATED;
      },
      refused: (ctx, refusal) => verifyPage(ctx, { error: refusal.message }),
      shows: 'all',
    }),

    // GET /idm/register/verify/:token — the link in the e-mail: the registration it belongs to, with Verify (a GET changes nothing).
    get('/verify/:token', anyone, ({ param }) => {
      const pending = pendingRegistration(state, param('token'));
      return { view: 'idm/register-verify.njk', locals: { email: pending.account.email, token: pending.token } };
    }),
    // POST /idm/register/verify/:token — Verify after the link: the account is created.
    post('/verify/:token', anyone, ({ param }: Ctx) => activateRegistration(state, param('token')), {
      done: (_account, { req }) => {
        saveWizard(req, undefined);
        return ACTIVATED;
      },
    }),
  ]);
}
