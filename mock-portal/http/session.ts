import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import { randomBytes } from 'node:crypto';
import { renewNonce } from './csrf.ts';
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

const COOKIE = 'cbp.sid';

/**
 * Sessions in `store` (a bounded one, see session-store.ts). A session is stored only once something is put in it,
 * and a page request from a browser that has no session yet does not even make one: it gets a visitor's session,
 * which becomes a real one (cookie and all) the moment a page writes to it. About a fifth of the portal's time for an
 * anonymous page went into making and hashing a session it then threw away (issue 14).
 */
export function sessions(store: session.Store): RequestHandler {
  const real = session({
    store,
    name: COOKIE,
    secret: randomBytes(32).toString('hex'),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: false, path: '/' },
  });
  return (req, res, next) => {
    const reading = req.method === 'GET' || req.method === 'HEAD';
    if (!reading || req.headers.cookie?.includes(`${COOKIE}=`)) return real(req, res, next);
    req.session = visitorSession(req, res, real);
    next();
  };
}

/**
 * An empty session that turns into a real one on its first write. express-session makes a new session
 * synchronously when the browser sent none, so the write lands in it and it is saved with its cookie as usual.
 */
function visitorSession(req: Request, res: Response, real: RequestHandler): session.Session & Partial<session.SessionData> {
  let upgraded: session.Session | undefined;
  const upgrade = (): session.Session => {
    if (!upgraded) {
      delete (req as { session?: unknown }).session;
      void real(req, res, () => undefined);
      upgraded = req.session;
    }
    return upgraded;
  };
  return new Proxy({} as session.Session, {
    get: (_empty, key) => {
      if (upgraded) return Reflect.get(upgraded, key) as unknown;
      const method = typeof key === 'string' && key in session.Session.prototype;
      return method ? (...args: unknown[]) => (Reflect.get(upgrade(), key) as (...a: unknown[]) => unknown).apply(upgraded, args) : undefined;
    },
    set: (_empty, key, value) => Reflect.set(upgrade(), key, value),
    deleteProperty: (_empty, key) => (upgraded ? Reflect.deleteProperty(upgraded, key) : true),
    has: (_empty, key) => (upgraded ? Reflect.has(upgraded, key) : false),
  });
}

/** Marks the session signed in to a system, with a fresh session ID against fixation. */
export function startSignedInSession(req: Request, system: System, userId: string, nowMs: number): Promise<void> {
  const keep = req.session.signedIn ?? {};
  return new Promise((resolve, reject) => {
    req.session.regenerate((error) => {
      if (error) return reject(error);
      req.session.signedIn = { ...keep, [system]: { userId, lastSeenMs: nowMs } };
      if (req.res) renewNonce(req.res);
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
