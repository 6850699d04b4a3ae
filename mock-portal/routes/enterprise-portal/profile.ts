import { Router, type Request, type RequestHandler } from 'express';
import type { MockState } from '../../domain/mock-state.ts';
import { PROFILE_MESSAGES, changeEmail, type ProfileChangeInput } from '../../domain/enterprise-portal/profile.ts';
import type { Account } from '../../domain/types.ts';
import { currentAccount, setNotice } from '../../http/session.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

const MFA_TEXT: Record<Account['mfa'], string> = {
  'not-asked': 'Not set up',
  added: 'Added (security codes by e-mail)',
  skipped: 'Skipped (you may add it at any time)',
};

/** My Profile: View My Profile and Change My Profile (security questions, then the e-mail address). [DOC S0] */
export function profileRoutes(state: MockState, signedIn: RequestHandler): Router {
  const router = Router();

  // GET /portal/profile — View My Profile; the signed-in person's own profile only.
  router.get('/', signedIn, (_req, res) => {
    const account = currentAccount(res);
    res.render('enterprise-portal/profile-view.njk', { mfaText: MFA_TEXT[account.mfa] });
  });

  const changePage = (account: Account, values: Partial<ProfileChangeInput> = {}) => ({
    questions: account.securityQuestions.map((q) => q.question),
    values,
    errors: {},
  });

  // GET /portal/profile/change — Change My Profile.
  router.get('/change', signedIn, (_req, res) => res.render('enterprise-portal/profile-change.njk', changePage(currentAccount(res))));

  // POST /portal/profile/change — Submit: right security answers, a valid address typed twice; else nothing changes.
  router.post('/change', signedIn, async (req: Request, res) => {
    const account = currentAccount(res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const input: ProfileChangeInput = {
      answers: account.securityQuestions.map((_q, i) => text(body[`answer${i}`])),
      email: text(body.email),
      confirmEmail: text(body.confirmEmail),
    };
    const problems = await changeEmail(state, account, input);
    if (Object.keys(problems).length) {
      return res.status(400).render('enterprise-portal/profile-change.njk', {
        ...changePage(account, { email: input.email.trim(), confirmEmail: input.confirmEmail.trim() }),
        errors: problems,
        errorList: Object.values(problems),
      });
    }
    setNotice(req, 'success', PROFILE_MESSAGES.changed(account.email));
    res.redirect('/portal/profile');
  });

  return router;
}
