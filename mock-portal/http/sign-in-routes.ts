import { Router, type Request, type Response } from 'express';
import { config } from '../config.ts';
import { Refusal } from '../domain/errors.ts';
import { deliveryText } from '../domain/mfa/challenges.ts';
import { factorName, factorsOf } from '../domain/mfa/factors.ts';
import type { MockState } from '../domain/mock-state';
import {
  SIGN_IN_MESSAGES,
  checkPassword,
  checkVerificationCode,
  passwordExpired,
  recordSignIn,
  signInFactor,
  startVerification,
  waitingFactor,
} from '../domain/sign-in.ts';
import type { Account } from '../domain/types.ts';
import { setNotice, signOut, startSignedInSession, type System } from './session.ts';

/**
 * The two-step sign-in shared by every system that uses IDM credentials: user ID and password (with the
 * terms checkbox where the system has one), then the one-time code of one of the person's MFA factors: the
 * e-mailed code for a person with only the default factor, else the factor they choose. [DOC S1 step 4, S4 step 2, IDFAQ]
 */
export interface SignInPages {
  system: System;
  /** The name used in e-mails and pages, e.g. "CMS IDM System". */
  systemName: string;
  /** Where this system's routes are mounted, e.g. "/idm". */
  base: string;
  signInView: string;
  verifyView: string;
  /** Where a signed-in person lands. */
  home: string;
  /** Whether the terms-and-conditions checkbox must be ticked. */
  requireTerms: boolean;
  /** A check after the code, e.g. Connexion refuses accounts without a Connexion role. */
  admit?: (state: MockState, userId: string) => void;
  /**
   * Whether a one-time code is asked for after the password (default: always). The CMS Enterprise Portal of seed
   * 000 asks one only of a person who chose Add MFA (step 9).
   */
  verification?: 'always' | ((account: Account) => boolean);
  /** Where a person whose password expired (rule 8) chooses a new one before getting in; unset: not checked here. */
  expiredPasswordPath?: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function signInRoutes(state: MockState, pages: SignInPages): Router {
  const router = Router();
  const { system, base } = pages;
  const needsCode = (account: Account) => (typeof pages.verification === 'function' ? pages.verification(account) : true);

  const showSignIn = (res: Response, status: number, extra: Record<string, unknown> = {}) =>
    res.status(status).render(pages.signInView, extra);

  /** Past the password and the code: the expired-password page, or signed in. */
  const admitted = async (req: Request, res: Response, account: Account) => {
    pages.admit?.(state, account.userId);
    delete req.session.awaitingCode;
    if (pages.expiredPasswordPath && passwordExpired(state, account)) {
      req.session.expiredPassword = { system, userId: account.userId };
      return res.redirect(pages.expiredPasswordPath);
    }
    recordSignIn(state, account);
    await startSignedInSession(req, system, account.userId, state.clock.nowMs());
    res.redirect(pages.home);
  };

  // GET {base}/ — the sign-in page; a signed-in person goes straight home.
  router.get('/', (req, res) => {
    if (req.session.signedIn?.[system]) return res.redirect(pages.home);
    showSignIn(res, 200);
  });

  // POST {base}/sign-in — user ID, password, terms; then the verification (a code sent, or a factor to choose).
  router.post('/sign-in', async (req: Request, res: Response) => {
    const body = req.body as Record<string, unknown>;
    const userId = text(body.userId).trim();
    if (pages.requireTerms && body.agree !== 'yes') {
      return showSignIn(res, 400, { userId, termsError: SIGN_IN_MESSAGES.terms, error: SIGN_IN_MESSAGES.terms });
    }
    try {
      const account = checkPassword(state, userId, text(body.password));
      if (!needsCode(account)) return await admitted(req, res, account);
      const factor = signInFactor(account);
      if (factor) await startVerification(state, account, factor, pages.systemName);
      req.session.awaitingCode = { system, userId: account.userId };
      res.redirect(`${base}/verify`);
    } catch (error) {
      if (error instanceof Refusal) return showSignIn(res, error.kind === 'forbidden' ? 403 : error.kind === 'unavailable' ? 503 : 401, { userId, error: error.message });
      throw error;
    }
  });

  const verifyPage = (req: Request, res: Response, status: number, error?: string, choose = false) => {
    const waiting = req.session.awaitingCode;
    const account = waiting && state.findAccount(waiting.userId);
    const factor = account && !choose ? waitingFactor(state, account.userId) : undefined;
    const several = account ? factorsOf(account).length > 1 : false;
    res.status(status).render(pages.verifyView, {
      error,
      action: `${base}/verify`,
      chooseAction: `${base}/verify/factor`,
      chooseAgain: several ? `${base}/verify?choose=1` : '',
      restart: `${base}/`,
      validMinutes: config.otp.validMinutes,
      choices: account && !factor ? factorsOf(account).map((f) => ({ type: f.type, name: factorName(account, f) })) : undefined,
      delivery: account && factor ? deliveryText(account, factor) : '',
      sent: factor ? factor.type === 'email' || factor.type === 'sms' || factor.type === 'voice' : false,
    });
  };

  // GET {base}/verify — the verification page: the factor choice, or the code field.
  router.get('/verify', (req, res) => {
    if (req.session.awaitingCode?.system !== system) return res.redirect(`${base}/`);
    verifyPage(req, res, 200, undefined, req.query.choose === '1');
  });

  // POST {base}/verify/factor — the factor chosen: its code is sent (or the app's code is expected).
  router.post('/verify/factor', async (req, res) => {
    const waiting = req.session.awaitingCode;
    const account = waiting?.system === system ? state.findAccount(waiting.userId) : undefined;
    if (!account) {
      setNotice(req, 'error', SIGN_IN_MESSAGES.noPendingCode);
      return res.redirect(`${base}/`);
    }
    try {
      const factor = signInFactor(account, text((req.body as Record<string, unknown>).factor));
      if (factor) await startVerification(state, account, factor, pages.systemName);
      res.redirect(`${base}/verify`);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      verifyPage(req, res, error.kind === 'unavailable' ? 503 : 400, error.message, true);
    }
  });

  // POST {base}/verify — checks the code, then signs the person in.
  router.post('/verify', async (req, res) => {
    const waiting = req.session.awaitingCode;
    if (waiting?.system !== system) {
      setNotice(req, 'error', SIGN_IN_MESSAGES.noPendingCode);
      return res.redirect(`${base}/`);
    }
    try {
      const account = checkVerificationCode(state, waiting.userId, text((req.body as Record<string, unknown>).code));
      await admitted(req, res, account);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      if (error.message === SIGN_IN_MESSAGES.expiredCode || error.kind === 'forbidden') {
        delete req.session.awaitingCode;
        return showSignIn(res, error.kind === 'forbidden' ? 403 : 401, { userId: waiting.userId, error: error.message });
      }
      verifyPage(req, res, 401, error.message);
    }
  });

  // POST {base}/sign-out — ends this system's session.
  router.post('/sign-out', (req, res) => {
    signOut(req, system);
    setNotice(req, 'info', SIGN_IN_MESSAGES.signedOut);
    res.redirect(`${base}/`);
  });

  return router;
}
