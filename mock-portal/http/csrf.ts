import type { Request, RequestHandler, Response } from 'express';
import { csrfSync } from 'csrf-sync';
import { randomBytes } from 'node:crypto';

/**
 * Synchronizer-token CSRF protection for every form. The token travels as the hidden `_csrf` field, or in the
 * query string of multipart forms (so an upload is refused before its body is read).
 */
export const csrf = csrfSync({
  getTokenFromRequest: (req: Request) => {
    const fromBody = (req.body as Record<string, unknown> | undefined)?._csrf;
    if (typeof fromBody === 'string') return fromBody;
    const fromQuery = req.query._csrf;
    if (typeof fromQuery === 'string') return fromQuery;
    const fromHeader = req.headers['x-csrf-token'];
    return typeof fromHeader === 'string' ? fromHeader : undefined;
  },
});

/** Stands in for the token while a page renders. Random per process and never sent, so no content can forge it. */
const TOKEN_MARK = `csrf-${randomBytes(16).toString('hex')}`;

type RenderCallback = (error: Error | null, html?: string) => void;

/**
 * Gives every page `csrfToken` and `csrfField`, but makes the token (and so stores a session) only when the
 * rendered page carries a form that needs it: a visitor who only reads pages leaves no session behind.
 */
export const csrfTokenWhenAFormNeedsIt: RequestHandler = (req, res, next) => {
  res.locals.csrfToken = TOKEN_MARK;
  res.locals.csrfField = `<input type="hidden" name="_csrf" value="${TOKEN_MARK}">`;
  const render = res.render.bind(res) as (view: string, options: object, callback: RenderCallback) => void;
  (res as { render: unknown }).render = (view: string, options?: object | RenderCallback, callback?: RenderCallback) => {
    const done = typeof options === 'function' ? options : callback;
    render(view, typeof options === 'object' ? options : {}, (error, html = '') => {
      if (error) return done ? done(error) : next(error);
      const page = html.includes(TOKEN_MARK) ? html.replaceAll(TOKEN_MARK, csrf.generateToken(req)) : html;
      if (done) done(null, page);
      else (res as Response).send(page);
    });
  };
  next();
};
