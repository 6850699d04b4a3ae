import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import { randomBytes } from 'node:crypto';
import { SIGN_IN_MESSAGES, sessionExpired } from '../domain/sign-in.ts';
import type { MockState } from '../domain/mock-state.ts';
import type { Account } from '../domain/types.ts';

/** The systems a person signs in to separately, as in the real portals. */
export type System = 'idm' | 'enterprise-portal' | 'connexion' | 'dbids';

export interface SignedIn {
  userId: string;
  lastSeenMs: number;
}

declare module 'express-session' {
  interface SessionData {
    signedIn: Partial<Record<System, SignedIn>>;
    /** A sign-in that passed the password and waits for its one-time code. */
    awaitingCode: { system: System; userId: string };
    /** A sign-in that passed the password and the code, held until the expired password is changed (rule 8). */
    expiredPassword: { system: System; userId: string };
    /** A one-shot message for the next page (after a redirect). */
    notice: { kind: 'success' | 'info' | 'error'; text: string };
    /** Feature modules keep their multi-step wizard state here, keyed by name. */
    wizards: Record<string, unknown>;
  }
}

/** Sessions in `store` (a bounded one, see session-store.ts); a session is stored only once something is put in it. */
export function sessions(store: session.Store): RequestHandler {
  return session({
    store,
    name: 'cbp.sid',
    secret: randomBytes(32).toString('hex'),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: false, path: '/' },
  });
}

/** Marks the session signed in to a system, with a fresh session ID against fixation. */
export function startSignedInSession(req: Request, system: System, userId: string, nowMs: number): Promise<void> {
  const keep = req.session.signedIn ?? {};
  return new Promise((resolve, reject) => {
    req.session.regenerate((error) => {
      if (error) return reject(error);
      req.session.signedIn = { ...keep, [system]: { userId, lastSeenMs: nowMs } };
      req.session.save((saveError) => (saveError ? reject(saveError) : resolve()));
    });
  });
}

export function signOut(req: Request, system: System): void {
  if (req.session.signedIn) delete req.session.signedIn[system];
}

export function setNotice(req: Request, kind: 'success' | 'info' | 'error', text: string): void {
  req.session.notice = { kind, text };
}

/**
 * Lets a request through only for a person signed in to `system` whose session has not been idle longer than
 * the time-out on the mock clock; otherwise back to that system's sign-in page with the reason.
 */
export function requireSignIn(state: MockState, system: System, signInPath: string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const current = req.session.signedIn?.[system];
    const account = current && state.findAccount(current.userId);
    if (!current || !account) return res.redirect(signInPath);
    if (sessionExpired(state, current.lastSeenMs)) {
      signOut(req, system);
      setNotice(req, 'info', SIGN_IN_MESSAGES.timedOut);
      return res.redirect(signInPath);
    }
    current.lastSeenMs = state.clock.nowMs();
    res.locals.account = account;
    next();
  };
}

/** The signed-in person of a request that passed requireSignIn. */
export function currentAccount(res: Response): Account {
  return res.locals.account as Account;
}
