import type { RequestHandler, Router } from 'express';
import type { MockState } from '../../domain/mock-state.ts';
import { PROFILE_MESSAGES, changeEmail, profileChangeOf } from '../../domain/enterprise-portal/profile.ts';
import type { Account } from '../../domain/types.ts';
import { get, post, routeTable, type Ctx, type Page } from '../../http/adapter.ts';

const MFA_TEXT: Record<Account['mfa'], string> = {
  'not-asked': 'Not set up',
  added: 'Added (security codes by e-mail)',
  skipped: 'Skipped (you may add it at any time)',
};

const changePage = (account: Account, locals: Record<string, unknown> = {}): Page => ({
  view: 'enterprise-portal/profile-change.njk',
  locals: { questions: account.securityQuestions.map((q) => q.question), values: {}, errors: {}, ...locals },
});

/** My Profile: View My Profile and Change My Profile (security questions, then the e-mail address). [DOC S0] */
export function profileRoutes(state: MockState, signedIn: RequestHandler): Router {
  return routeTable(state, [
    // GET /portal/profile — View My Profile; the signed-in person's own profile only.
    get('/', signedIn, ({ account }) => ({ view: 'enterprise-portal/profile-view.njk', locals: { mfaText: MFA_TEXT[account.mfa] } })),
    // GET /portal/profile/change — Change My Profile.
    get('/change', signedIn, ({ account }) => changePage(account)),
    // POST /portal/profile/change — Submit: right security answers, a valid address typed twice; else nothing changes.
    post('/change', signedIn, ({ account, form }: Ctx) => changeEmail(state, account, form), {
      done: (account) => ({ redirect: '/portal/profile', notice: { kind: 'success', text: PROFILE_MESSAGES.changed(account.email) } }),
      refused: ({ account, form }, refusal) => {
        const input = profileChangeOf(account, form);
        return changePage(account, { values: { email: input.email.trim(), confirmEmail: input.confirmEmail.trim() }, errors: refusal.problems, errorList: refusal.messages });
      },
    }),
  ]);
}
