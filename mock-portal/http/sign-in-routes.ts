import { Router, type Request, type Response } from 'express';
import { config } from '../config.ts';
import { Refusal } from '../domain/errors.ts';
import type { MockState } from '../domain/mock-state.ts';
import { SIGN_IN_MESSAGES, checkPassword, checkVerificationCode, sendVerificationCode } from '../domain/sign-in.ts';
import { setNotice, signOut, startSignedInSession, type System } from './session.ts';

/**
 * The two-step sign-in shared by every system that uses IDM credentials: user ID and password (with the
 * terms checkbox where the system has one), then the one-time code from the e-mail. [DOC S1 step 4, S4 step 2]
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
   * Whether a one-time code is e-mailed and asked for after the password (default 'always'). The CMS Enterprise
   * Portal of seed 000 signs in with the user ID and password only ('never').
   */
  verification?: 'always' | 'never';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function maskEmail(email: string): string {
  const [name = '', domain = ''] = email.split('@');
  return `${name.slice(0, 2)}${'*'.repeat(Math.max(1, name.length - 2))}@${domain}`;
}

export function signInRoutes(state: MockState, pages: SignInPages): Router {
  const router = Router();
  const { system, base } = pages;

  const showSignIn = (res: Response, status: number, extra: Record<string, unknown> = {}) =>
    res.status(status).render(pages.signInView, extra);

  // GET {base}/ — the sign-in page; a signed-in person goes straight home.
  router.get('/', (req, res) => {
    if (req.session.signedIn?.[system]) return res.redirect(pages.home);
    showSignIn(res, 200);
  });

  // POST {base}/sign-in — user ID, password, terms; on success a code is e-mailed.
  router.post('/sign-in', async (req: Request, res: Response) => {
    const body = req.body as Record<string, unknown>;
    const userId = text(body.userId).trim();
    if (pages.requireTerms && body.agree !== 'yes') {
      return showSignIn(res, 400, { userId, termsError: SIGN_IN_MESSAGES.terms, error: SIGN_IN_MESSAGES.terms });
    }
    try {
      const account = checkPassword(state, userId, text(body.password));
      if (pages.verification === 'never') {
        pages.admit?.(state, account.userId);
        account.failedAttempts = 0;
        await startSignedInSession(req, system, account.userId, state.clock.nowMs());
        return res.redirect(pages.home);
      }
      await sendVerificationCode(state, account, pages.systemName);
      req.session.awaitingCode = { system, userId: account.userId };
      res.redirect(`${base}/verify`);
    } catch (error) {
      if (error instanceof Refusal) return showSignIn(res, error.kind === 'forbidden' ? 403 : error.kind === 'unavailable' ? 503 : 401, { userId, error: error.message });
      throw error;
    }
  });

  const verifyPage = (req: Request, res: Response, status: number, error?: string) => {
    const waiting = req.session.awaitingCode;
    const account = waiting && state.findAccount(waiting.userId);
    res.status(status).render(pages.verifyView, {
      error,
      action: `${base}/verify`,
      restart: `${base}/`,
      validMinutes: config.otp.validMinutes,
      maskedEmail: account ? maskEmail(account.email) : '',
    });
  };

  // GET {base}/verify — the Verification Code page.
  router.get('/verify', (req, res) => {
    if (req.session.awaitingCode?.system !== system) return res.redirect(`${base}/`);
    verifyPage(req, res, 200);
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
      pages.admit?.(state, account.userId);
      delete req.session.awaitingCode;
      await startSignedInSession(req, system, account.userId, state.clock.nowMs());
      res.redirect(pages.home);
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
