import type { Router } from 'express';
import { config } from '../config.ts';
import type { Refusal } from '../domain/errors.ts';
import type { MockState } from '../domain/mock-state.ts';
import { SIGN_IN_MESSAGES, signInWithCode, signInWithPassword, type SignInRules } from '../domain/sign-in.ts';
import { anyone, get, post, routeTable, type Ctx, type Page } from './adapter.ts';
import { signOut, startSignedInSession, type System } from './session.ts';

/**
 * The two-step sign-in shared by every system that uses IDM credentials: user ID and password (with the
 * terms checkbox where the system has one), then the one-time code from the e-mail. [DOC S1 step 4, S4 step 2]
 */
export interface SignInPages extends Omit<SignInRules, 'verification'> {
  system: System;
  /** Where this system's routes are mounted, e.g. "/idm". */
  base: string;
  signInView: string;
  verifyView: string;
  /** Where a signed-in person lands. */
  home: string;
  /** Default 'always'; the CMS Enterprise Portal of seed 000 signs in with the user ID and password only ('never'). */
  verification?: SignInRules['verification'];
}

function maskEmail(email: string): string {
  const [name = '', domain = ''] = email.split('@');
  return `${name.slice(0, 2)}${'*'.repeat(Math.max(1, name.length - 2))}@${domain}`;
}

export function signInRoutes(state: MockState, pages: SignInPages): Router {
  const { system, base } = pages;
  const rules: SignInRules = { ...pages, verification: pages.verification ?? 'always' };

  const signInPage = (locals: Record<string, unknown> = {}): Page => ({ view: pages.signInView, locals });
  const refusedSignIn = (userId: string, refusal: Refusal): Page =>
    signInPage({ userId, error: refusal.message, ...(refusal.field === 'agree' ? { termsError: refusal.message } : {}) });
  const verifyPage = ({ req }: Ctx, error?: string): Page => {
    const waiting = req.session.awaitingCode;
    const account = waiting && state.findAccount(waiting.userId);
    return {
      view: pages.verifyView,
      locals: { error, action: `${base}/verify`, restart: `${base}/`, validMinutes: config.otp.validMinutes, maskedEmail: account ? maskEmail(account.email) : '' },
    };
  };
  /** The person waiting for this system's code, or a refusal that sends them back to sign in. */
  const waitingUserId = ({ req }: Ctx): string => {
    const waiting = req.session.awaitingCode;
    return waiting?.system === system ? waiting.userId : '';
  };

  return routeTable(state, [
    // GET {base}/ — the sign-in page; a signed-in person goes straight home.
    get('/', anyone, ({ req }) => (req.session.signedIn?.[system] ? { redirect: pages.home } : signInPage())),

    // POST {base}/sign-in — user ID, password, terms; then the code is e-mailed (or, with no code step, home).
    post('/sign-in', anyone, ({ form }: Ctx) => signInWithPassword(state, rules, { userId: form.text('userId'), password: form.text('password'), agree: form.text('agree') }), {
      done: async ({ account, codeSent }, { req }) => {
        if (!codeSent) {
          await startSignedInSession(req, system, account.userId, state.clock.nowMs());
          return { redirect: pages.home };
        }
        req.session.awaitingCode = { system, userId: account.userId };
        return { redirect: `${base}/verify` };
      },
      refused: ({ form }, refusal) => refusedSignIn(form.text('userId').trim(), refusal),
      shows: 'all',
    }),

    // GET {base}/verify — the Verification Code page.
    get('/verify', anyone, (ctx) => (waitingUserId(ctx) ? verifyPage(ctx) : { redirect: `${base}/` })),

    // POST {base}/verify — checks the code, then signs the person in.
    post('/verify', anyone, (ctx: Ctx) => signInWithCode(state, rules, waitingUserId(ctx), ctx.form.text('code')), {
      done: async (account, { req }) => {
        delete req.session.awaitingCode;
        await startSignedInSession(req, system, account.userId, state.clock.nowMs());
        return { redirect: pages.home };
      },
      refused: (ctx, refusal) => {
        const userId = waitingUserId(ctx);
        if (!userId) return { redirect: `${base}/`, notice: { kind: 'error', text: SIGN_IN_MESSAGES.noPendingCode } };
        if (refusal.message === SIGN_IN_MESSAGES.expiredCode || refusal.kind === 'forbidden') {
          delete ctx.req.session.awaitingCode;
          return refusedSignIn(userId, refusal);
        }
        return verifyPage(ctx, refusal.message);
      },
      shows: 'all',
    }),

    // POST {base}/sign-out — ends this system's session.
    post('/sign-out', anyone, ({ req }: Ctx) => signOut(req, system), {
      done: () => ({ redirect: `${base}/`, notice: { kind: 'info', text: SIGN_IN_MESSAGES.signedOut } }),
    }),
  ]);
}
