import type { Request, Router } from 'express';
import { PASSWORD_CHANGE_MESSAGES, changeExpiredPassword } from '../../domain/accounts/passwords.ts';
import type { Refusal } from '../../domain/errors.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { PASSWORD_RULES } from '../../domain/passwords.ts';
import { SIGN_IN_MESSAGES } from '../../domain/sign-in.ts';
import type { Account } from '../../domain/types.ts';
import { anyone, get, post, routeTable, type Answer, type Page } from '../../http/adapter.ts';
import { startSignedInSession } from '../../http/session.ts';

const SIGN_IN: Answer = { redirect: '/idm/' };

const page = (refusal?: Refusal): Page => ({
  view: 'idm/expired-password.njk',
  locals: { message: SIGN_IN_MESSAGES.passwordExpired, passwordRules: PASSWORD_RULES, ...(refusal ? { problems: refusal.problems, errors: refusal.messages } : {}) },
});

/**
 * Change an expired password (IDM User Guide; rule 8): after the password and the code, a person whose password
 * was not used for 60 days chooses a new one, and is then signed in. Mounted at /idm/expired-password.
 */
export function expiredPasswordRoutes(state: MockState): Router {
  /** The person whose sign-in waits for a new password (http/sign-in-routes.ts held it back). */
  const held = (req: Request): Account | undefined => {
    const waiting = req.session.expiredPassword;
    return waiting?.system === 'idm' ? state.findAccount(waiting.userId) : undefined;
  };

  return routeTable(state, [
    // GET /idm/expired-password — Change Expired Password.
    get('/', anyone, ({ req }) => (held(req) ? page() : SIGN_IN)),
    // POST /idm/expired-password — Change Password: rules 4–7 and the history (6); then the dashboard.
    post('/', anyone, ({ req, form }) => {
      const account = held(req);
      if (account) changeExpiredPassword(state, account, form);
      return account;
    }, {
      done: async (account, { req }) => {
        if (!account) return SIGN_IN;
        delete req.session.expiredPassword;
        await startSignedInSession(req, 'idm', account.userId, state.clock.nowMs());
        return { redirect: '/idm/dashboard', notice: { kind: 'success', text: PASSWORD_CHANGE_MESSAGES.changed } };
      },
      refused: (_ctx, refusal) => page(refusal),
    }),
  ]);
}
