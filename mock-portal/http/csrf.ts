import type { Request, RequestHandler, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * CSRF protection for every form, as a signed double-submit cookie (OWASP's recommended stateless pattern): the
 * browser holds a random nonce in the `cbp.csrf` cookie (HttpOnly, SameSite=Lax), and each form carries
 * HMAC(key, nonce) as its hidden `_csrf` field, or in the query string of multipart forms (so an upload is refused
 * before its body is read). Another site can neither read the token nor set the cookie, and the portal stores
 * nothing for it: a visitor who opens a sign-in page leaves no session behind (issue 13), and a crawler hammering
 * sign-in pages cannot push signed-in people out of the bounded session store.
 *
 * The nonce is replaced when a person signs in (against fixation, as the session ID is), and the key when the world
 * is reset, so a form of the old world is refused.
 */
const COOKIE = 'cbp.csrf';
const NONCE = /^[A-Za-z0-9_-]{22,64}$/;

/** Stands in for the token while a page renders. Random per process and never sent, so no content can forge it. */
const TOKEN_MARK = `csrf-${randomBytes(16).toString('hex')}`;

/** Why a form was refused; http/errors.ts renders it as the 403 page. */
export class CsrfRefusal extends Error {
  readonly code = 'EBADCSRFTOKEN';
  readonly status = 403;
}

type RenderCallback = (error: Error | null, html?: string) => void;

export class CsrfProtection {
  private key = randomBytes(32);

  /** Every token issued so far stops working (a world reset). */
  forgetAll(): void {
    this.key = randomBytes(32);
  }

  /** The token a form of this request's page carries (setting the browser's nonce when it has none yet). */
  tokenFor(req: Request, res: Response): string {
    return this.sign(nonceOf(req, res) ?? newNonce(res));
  }

  /** Refuses a POST (or any unsafe method) whose token does not match its browser's nonce. */
  readonly protect: RequestHandler = (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const nonce = nonceOf(req, res);
    const sent = tokenFromRequest(req);
    if (!nonce || !sent || !sameText(sent, this.sign(nonce))) return next(new CsrfRefusal('The form token is missing or wrong.'));
    next();
  };

  /**
   * Gives every page `csrfToken` and `csrfField`, but makes the token (and so sets the nonce cookie) only when the
   * rendered page carries a form that needs it: a visitor who only reads pages gets no cookie at all.
   */
  readonly tokenWhenAFormNeedsIt: RequestHandler = (req, res, next) => {
    res.locals.csrfToken = TOKEN_MARK;
    res.locals.csrfField = `<input type="hidden" name="_csrf" value="${TOKEN_MARK}">`;
    const render = res.render.bind(res) as (view: string, options: object, callback: RenderCallback) => void;
    (res as { render: unknown }).render = (view: string, options?: object | RenderCallback, callback?: RenderCallback) => {
      const done = typeof options === 'function' ? options : callback;
      render(view, typeof options === 'object' ? options : {}, (error, html = '') => {
        if (error) return done ? done(error) : next(error);
        const page = html.includes(TOKEN_MARK) ? html.replaceAll(TOKEN_MARK, this.tokenFor(req, res)) : html;
        if (done) done(null, page);
        else res.send(page);
      });
    };
    next();
  };

  private sign(nonce: string): string {
    return createHmac('sha256', this.key).update(nonce).digest('base64url');
  }
}

/** Gives the browser a new nonce (at sign-in): tokens of pages opened before stop working, as with a new session ID. */
export function renewNonce(res: Response): void {
  newNonce(res);
}

/** This request's nonce: one set earlier in this same request, else the browser's cookie when well formed. */
function nonceOf(req: Request, res: Response): string | undefined {
  const set = res.locals.csrfNonce as string | undefined;
  if (set) return set;
  const header = req.headers.cookie;
  if (!header?.includes(COOKIE)) return undefined;
  const value = parseCookies(header)[COOKIE];
  return value && NONCE.test(value) ? value : undefined;
}

function newNonce(res: Response): string {
  // 122 random bits, from Node's pooled generator: a visitor's first page costs no system call for its nonce
  // (randomBytes per page was a twentieth of the portal's time for a sign-in page, issue 14).
  const nonce = randomUUID();
  res.locals.csrfNonce = nonce;
  res.cookie(COOKIE, nonce, { httpOnly: true, sameSite: 'lax', secure: false, path: '/' });
  return nonce;
}

function tokenFromRequest(req: Request): string | undefined {
  const fromBody = (req.body as Record<string, unknown> | undefined)?._csrf;
  if (typeof fromBody === 'string') return fromBody;
  const fromQuery = req.query._csrf;
  if (typeof fromQuery === 'string') return fromQuery;
  const fromHeader = req.headers['x-csrf-token'];
  return typeof fromHeader === 'string' ? fromHeader : undefined;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
