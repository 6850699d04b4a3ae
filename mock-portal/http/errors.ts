import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { Refusal, httpStatusOf } from '../domain/errors.ts';
import { cbicHelp } from '../config.ts';

/** Renders a refusal (or any failure) as a clear page, or JSON under the control API. Never a stack trace. */
export function renderRefusal(req: Request, res: Response, status: number, message: string): void {
  if (req.path.startsWith('/__admin') || req.accepts(['html', 'json']) === 'json') {
    res.status(status).json({ errors: [{ path: '/', message }] });
    return;
  }
  res.status(status).render('error.njk', { status, message, back: req.get('referer') });
}

export const notFound: RequestHandler = (req, res) => {
  renderRefusal(req, res, 404, `There is no page at ${req.path}. Check the address, or start again from the CBIC home page.`);
};

interface HttpishError {
  status?: number;
  statusCode?: number;
  code?: string;
  type?: string;
}

export const errorPage: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) return next(error);
  if (error instanceof Refusal) return renderRefusal(req, res, httpStatusOf[error.kind], error.message);
  const e = (error ?? {}) as HttpishError;
  if (e.code === 'EBADCSRFTOKEN') {
    return renderRefusal(req, res, 403, 'This form has expired or did not come from this site. Go back, reload the page and try again.');
  }
  if (e.type === 'entity.parse.failed') return renderRefusal(req, res, 400, 'The request body is not valid JSON.');
  if (e.type === 'entity.too.large') return renderRefusal(req, res, 413, 'The request body is too large.');
  const status = e.status ?? e.statusCode;
  if (status && status >= 400 && status < 500) return renderRefusal(req, res, status, 'The request could not be understood. Check what you sent and try again.');
  console.error(error);
  renderRefusal(req, res, 500, `Something went wrong on our side. Please try again; if it keeps happening, ${cbicHelp}.`);
};
