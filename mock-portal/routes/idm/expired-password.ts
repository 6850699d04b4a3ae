import { Router, type Request, type Response } from 'express';
import { PASSWORD_CHANGE_MESSAGES, hasProblems, newPasswordProblems, setPassword } from '../../domain/accounts/passwords.ts';
import type { MockState } from '../../domain/mock-state';
import { PASSWORD_RULES } from '../../domain/passwords.ts';
import { SIGN_IN_MESSAGES, recordSignIn } from '../../domain/sign-in.ts';
import { setNotice, startSignedInSession } from '../../http/session.ts';
import { field, render } from './shared.ts';

/**
 * Change an expired password (IDM User Guide; rule 8): after the password and the code, a person whose password
 * was not used for 60 days chooses a new one, and is then signed in. Mounted at /idm/expired-password.
 */
export function expiredPasswordRoutes(state: MockState): Router {
  const router = Router();

  const waiting = (req: Request, res: Response) => {
    const held = req.session.expiredPassword;
    const account = held?.system === 'idm' ? state.findAccount(held.userId) : undefined;
    if (!account) res.redirect('/idm/');
    return account;
  };
  const page = (res: Response, status: number, locals: Record<string, unknown> = {}) =>
    render(res, status, 'idm/expired-password.njk', { message: SIGN_IN_MESSAGES.passwordExpired, passwordRules: PASSWORD_RULES, ...locals });

  // GET /idm/expired-password — Change Expired Password.
  router.get('/', (req, res) => {
    if (waiting(req, res)) page(res, 200);
  });

  // POST /idm/expired-password — Change Password: rules 4–7 and the history (6); then the dashboard.
  router.post('/', async (req, res) => {
    const account = waiting(req, res);
    if (!account) return;
    const password = field(req, 'password');
    const confirmation = field(req, 'confirmPassword');
    const problems = newPasswordProblems(account, password, confirmation);
    if (hasProblems(problems)) return page(res, 400, { problems, errors: [...problems.password, ...problems.confirmation] });
    setPassword(state, account, password, confirmation);
    delete req.session.expiredPassword;
    recordSignIn(state, account);
    await startSignedInSession(req, 'idm', account.userId, state.clock.nowMs());
    setNotice(req, 'success', PASSWORD_CHANGE_MESSAGES.changed);
    res.redirect('/idm/dashboard');
  });

  return router;
}
