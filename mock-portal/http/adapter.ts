import { Router, type Request, type RequestHandler, type Response } from 'express';
import { rm } from 'node:fs/promises';
import { incomingPath } from '../domain/connexion/uploads.ts';
import type { ReceivedFile } from '../domain/connexion/upload-rules.ts';
import { Refusal, httpStatusOf, type RefusalKind } from '../domain/errors.ts';
import { formOf, type FormFields } from '../domain/forms.ts';
import type { MockState } from '../domain/mock-state.ts';
import type { Account } from '../domain/types.ts';
import { readForm } from './form-body.ts';
import { setNotice } from './session.ts';
import { routeIndex } from './route-index.ts';
import { readUpload } from './upload-body.ts';

/**
 * The one adapter between HTTP and the domain. A system's routes are a table of rows read top to bottom
 * (method, path, who may call it, action, view); this file turns each row into an Express route:
 *
 * - GET: who may call it, then the page.
 * - POST: who may call it, then the body read once (the form reader, or the upload reader for multipart
 *   forms), then the domain action, then the answer (saved first by http/save-before-reply.ts): the redirect or page,
 *   or the refusal shown on the row's page (with the status of domain/errors.ts), or the one refusal page
 *   (http/errors.ts) for a refusal the page does not show or a body that is not the form.
 *
 * A refused file is removed whatever happened. No route file catches a refusal.
 */

/** A page to render. */
export interface Page {
  view: string;
  locals?: Record<string, unknown>;
  status?: number;
}

/** A redirect, with the one-shot message the next page shows. */
export interface Redirect {
  redirect: string;
  notice?: { kind: 'success' | 'info' | 'error'; text: string };
}

/** A file to send instead of a page (shown inline by the browser). */
export interface Download {
  download: Uint8Array;
  type: string;
  fileName: string;
}

export type Answer = Page | Redirect | Download;

/** What a row's page, action and answers see of the request. */
export interface Ctx {
  state: MockState;
  /** The signed-in person (rows behind a sign-in guard only). */
  readonly account: Account;
  param(name: string): string;
  query(name: string): string;
  /** The form the POST carried (empty for a GET). */
  form: FormFields;
  /** The file of an upload form, when one was chosen. */
  file?: ReceivedFile;
  /** For the session's wizard state, notices and sign-in only: never for a rule. */
  req: Request;
}

type Who = RequestHandler | readonly RequestHandler[];

interface GetRow {
  method: 'get';
  path: string;
  who: Who;
  page: (ctx: Ctx) => Answer | Promise<Answer>;
}

interface PostRow<R> {
  method: 'post';
  path: string;
  who: Who;
  action: (ctx: Ctx) => R | Promise<R>;
  /** The answer to a result: where to go next, or a page. */
  done: (result: R, ctx: Ctx) => Answer | Promise<Answer>;
  /** The page shown again with a refusal of the action (or, rarely, where to go instead). */
  refused?: (ctx: Ctx, refusal: Refusal) => Answer | Promise<Answer>;
  /** Which refusals `refused` shows (default: those about the input); the others go to the refusal page. */
  shows?: readonly RefusalKind[] | 'all';
  /** 'upload' for multipart forms with a file. */
  body?: 'form' | 'upload';
  /** Fields that may repeat (checkboxes). */
  lists?: readonly string[];
}

export type Row = GetRow | PostRow<unknown>;

/** Refusals about what was entered, which the form's own page shows; the others say the request itself may not be. */
const INPUT_REFUSALS: readonly RefusalKind[] = ['invalid', 'unauthenticated', 'conflict', 'unavailable'];

/** A page row: GET path → who → page. */
export function get(path: string, who: Who, page: GetRow['page']): Row {
  return { method: 'get', path, who, page };
}

/** A form row: POST path → who → action → answers. */
export function post<R>(path: string, who: Who, action: PostRow<R>['action'], answers: Omit<PostRow<R>, 'method' | 'path' | 'who' | 'action'>): Row {
  return { method: 'post', path, who, action, ...answers } as unknown as Row;
}

/** Nobody in particular: a public page. */
export const anyone: readonly RequestHandler[] = [];

function contextOf(state: MockState, req: Request, res: Response): Ctx {
  return {
    state,
    get account() {
      const account = res.locals.account as Account | undefined;
      if (!account) throw new Error(`${req.method} ${req.path} reads the signed-in person but has no sign-in guard`);
      return account;
    },
    param: (name) => {
      const value: unknown = req.params[name];
      return typeof value === 'string' ? value : '';
    },
    query: (name) => {
      const value: unknown = req.query[name];
      return typeof value === 'string' ? value : '';
    },
    form: formOf({}),
    req,
  };
}

async function send(req: Request, res: Response, answer: Answer): Promise<void> {
  if ('download' in answer) {
    res.type(answer.type).set('Content-Disposition', `inline; filename="${answer.fileName}"`).send(Buffer.from(answer.download));
    return;
  }
  if ('redirect' in answer) {
    if (answer.notice) setNotice(req, answer.notice.kind, answer.notice.text);
    res.redirect(answer.redirect);
    return;
  }
  res.status(answer.status ?? 200).render(answer.view, answer.locals ?? {});
}

async function answerPost(state: MockState, row: PostRow<unknown>, ctx: Ctx): Promise<Answer> {
  let incoming: string | undefined;
  try {
    if (row.body === 'upload') {
      incoming = incomingPath(state);
      const upload = await readUpload(ctx.req, incoming, row.lists);
      ctx.form = upload.form;
      if (upload.file) ctx.file = upload.file;
    } else if (ctx.req.is('multipart/form-data')) {
      ctx.form = (await readUpload(ctx.req, undefined, row.lists)).form; // a web form sent as multipart: its fields, no file
    } else {
      ctx.form = readForm(ctx.req, row.lists);
    }
    try {
      const result = await row.action(ctx);
      return await row.done(result, ctx);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;

      const shows = row.shows === 'all' || (row.shows ?? INPUT_REFUSALS).includes(error.kind);
      if (!row.refused || !shows) throw error;
      const answer = await row.refused(ctx, error);
      return 'view' in answer ? { status: httpStatusOf[error.kind], ...answer } : answer;
    }
  } finally {
    if (incoming) await rm(incoming, { force: true });
  }
}

/** The Express router of a table of rows: one middleware that finds the request's row (route-index.ts). */
export function routeTable(state: MockState, rows: readonly Row[]): Router {
  const routes = rows.map((row) => {
    const who = Array.isArray(row.who) ? (row.who as readonly RequestHandler[]) : [row.who as RequestHandler];
    const answer: RequestHandler =
      row.method === 'get'
        ? async (req, res) => send(req, res, await row.page(contextOf(state, req, res)))
        : async (req, res) => send(req, res, await answerPost(state, row, contextOf(state, req, res)));
    return { method: row.method, path: row.path, handlers: [...who, answer] };
  });
  const router = Router();
  router.use(routeIndex(routes));
  return router;
}

/** A row's page with the refusal's message as the page's `error`. */
export const withError = (page: Page, refusal: Refusal): Page => ({ ...page, locals: { ...page.locals, error: refusal.message } });
