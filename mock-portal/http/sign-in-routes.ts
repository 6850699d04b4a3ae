import type { Router } from 'express';
import { config } from '../config.ts';
import type { Refusal } from '../domain/errors.ts';
import { deliveryText } from '../domain/mfa/challenges.ts';
import { factorName, factorsOf } from '../domain/mfa/factors.ts';
import type { MockState } from '../domain/mock-state.ts';
import {
  SIGN_IN_MESSAGES, chooseSignInFactor, signInWithCode, signInWithPassword, waitingFactor, type SignInNext, type SignInRules,
} from '../domain/sign-in.ts';
import type { Account } from '../domain/types.ts';
import { anyone, get, post, routeTable, type Answer, type Ctx, type Page } from './adapter.ts';
import { signOut, startSignedInSession, type System } from './session.ts';

/**
 * The two-step sign-in shared by every system that uses IDM credentials: user ID and password (with the
 * terms checkbox where the system has one), then the one-time code of one of the person's MFA factors: the
 * e-mailed code for a person with only the default factor, else the factor they choose. [DOC S1 step 4, S4 step 2, IDFAQ]
 */
export interface SignInPages extends Omit<SignInRules, 'verification' | 'checksExpiredPassword'> {
  system: System;
  /** Where this system's routes are mounted, e.g. "/idm". */
  base: string;
  signInView: string;
  verifyView: string;
  /** Where a signed-in person lands. */
  home: string;
  /** Default 'always'; the CMS Enterprise Portal of seed 000 asks a code only of a person who chose Add MFA (step 9). */
  verification?: SignInRules['verification'];
  /** Where a person whose password expired (rule 8) chooses a new one before getting in; unset: not checked here. */
  expiredPasswordPath?: string;
}

export function signInRoutes(state: MockState, pages: SignInPages): Router {
  const { system, base } = pages;
  const rules: SignInRules = { ...pages, verification: pages.verification ?? 'always', checksExpiredPassword: pages.expiredPasswordPath !== undefined };

  const signInPage = (locals: Record<string, unknown> = {}): Page => ({ view: pages.signInView, locals });
  const refusedSignIn = (userId: string, refusal: Refusal): Page =>
    signInPage({ userId, error: refusal.message, ...(refusal.field === 'agree' ? { termsError: refusal.message } : {}) });

  /** Past the password (and the code, if asked): the expired-password page, or signed in. */
  const onward = async ({ req }: Ctx, account: Account, next: SignInNext): Promise<Answer> => {
    delete req.session.awaitingCode;
    if (next === 'verify') {
      req.session.awaitingCode = { system, userId: account.userId };
      return { redirect: `${base}/verify` };
    }
    if (next === 'expired' && pages.expiredPasswordPath) {
      req.session.expiredPassword = { system, userId: account.userId };
      return { redirect: pages.expiredPasswordPath };
    }
    await startSignedInSession(req, system, account.userId, state.clock.nowMs());
    return { redirect: pages.home };
  };

  /** The person waiting for this system's code, or '' (the refusal then sends them back to sign in). */
  const waitingUserId = ({ req }: Ctx): string => {
    const waiting = req.session.awaitingCode;
    return waiting?.system === system ? waiting.userId : '';
  };

  /** The verification page: the choice of factor (`choose`, or no factor chosen yet), else the code field. */
  const verifyPage = (ctx: Ctx, error?: string, choose = false): Page => {
    const userId = waitingUserId(ctx);
    const account = userId ? state.findAccount(userId) : undefined;
    const factor = account && !choose ? waitingFactor(state, account.userId) : undefined;
    const several = account ? factorsOf(account).length > 1 : false;
    return {
      view: pages.verifyView,
      locals: {
        error,
        action: `${base}/verify`,
        chooseAction: `${base}/verify/factor`,
        chooseAgain: several ? `${base}/verify?choose=1` : '',
        restart: `${base}/`,
        validMinutes: config.otp.validMinutes,
        choices: account && !factor ? factorsOf(account).map((f) => ({ type: f.type, name: factorName(account, f) })) : undefined,
        delivery: account && factor ? deliveryText(account, factor) : '',
        sent: factor ? factor.type === 'email' || factor.type === 'sms' || factor.type === 'voice' : false,
      },
    };
  };
  const noVerification: Answer = { redirect: `${base}/`, notice: { kind: 'error', text: SIGN_IN_MESSAGES.noPendingCode } };

  return routeTable(state, [
    // GET {base}/ — the sign-in page; a signed-in person goes straight home.
    get('/', anyone, ({ req }) => (req.session.signedIn?.[system] ? { redirect: pages.home } : signInPage())),

    // POST {base}/sign-in — user ID, password, terms; then the verification (a code sent, or a factor to choose), or home.
    post('/sign-in', anyone, ({ form }: Ctx) => signInWithPassword(state, rules, { userId: form.text('userId'), password: form.text('password'), agree: form.text('agree') }), {
      done: ({ account, next }, ctx) => onward(ctx, account, next),
      refused: ({ form }, refusal) => refusedSignIn(form.text('userId').trim(), refusal),
      shows: 'all',
    }),

    // GET {base}/verify — the verification page: the factor choice (?choose=1 to choose again), or the code field.
    get('/verify', anyone, (ctx) => (waitingUserId(ctx) ? verifyPage(ctx, undefined, ctx.query('choose') === '1') : { redirect: `${base}/` })),

    // POST {base}/verify/factor — the factor chosen: its code is sent (or the app's code is expected).
    post('/verify/factor', anyone, (ctx: Ctx) => chooseSignInFactor(state, rules, waitingUserId(ctx), ctx.form.text('factor')), {
      done: () => ({ redirect: `${base}/verify` }),
      refused: (ctx, refusal) => (waitingUserId(ctx) ? verifyPage(ctx, refusal.message, true) : noVerification),
      shows: 'all',
    }),

    // POST {base}/verify — checks the code, then signs the person in (or asks a new password first, rule 8).
    post('/verify', anyone, (ctx: Ctx) => signInWithCode(state, rules, waitingUserId(ctx), ctx.form.text('code')), {
      done: ({ account, next }, ctx) => onward(ctx, account, next),
      refused: (ctx, refusal) => {
        const userId = waitingUserId(ctx);
        if (!userId) return noVerification;
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
