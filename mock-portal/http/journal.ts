import type { Request, RequestHandler, Response } from 'express';

/** One request the portal received and what it answered (no bodies, no cookies: they may hold passwords). */
export interface JournalEntry {
  id: number;
  loggedAt: string;
  mockTime: string;
  request: { method: string; path: string; query: string; contentType?: string; bodyBytes?: number };
  response: { status: number | null; contentType?: string; completed: boolean };
  durationMs: number;
  /** The signed-in person (or the one signing in) the request was made as, when there is one. */
  userId?: string;
}

export interface JournalFilter {
  /** Exact path, or a prefix when it ends with `*`. */
  path?: string;
  method?: string;
  limit?: number;
}

/** Query string values that are secrets of the person's session. */
const SECRET_PARAMETERS = /(^|&)(_csrf)=[^&]*/g;

/**
 * What was asked of the portal, newest first, in the spirit of WireMock's request journal. It keeps the last
 * `max` requests only, so a portal left running for a week holds no more than a fresh one.
 */
export class RequestJournal {
  private entries: JournalEntry[] = [];
  private nextId = 1;

  constructor(readonly max: number) {}

  get kept(): number {
    return this.entries.length;
  }

  add(entry: Omit<JournalEntry, 'id'>): void {
    this.entries.push({ id: this.nextId++, ...entry });
    if (this.entries.length > this.max) this.entries.splice(0, this.entries.length - this.max);
  }

  clear(): void {
    this.entries = [];
  }

  /** The entries that match, newest first. */
  find(filter: JournalFilter = {}): JournalEntry[] {
    const method = filter.method?.toUpperCase();
    const path = filter.path;
    const prefix = path?.endsWith('*') ? path.slice(0, -1) : undefined;
    const matches = this.entries.filter(
      (e) => (!method || e.request.method === method) && (path === undefined || (prefix !== undefined ? e.request.path.startsWith(prefix) : e.request.path === path)),
    );
    matches.reverse();
    return filter.limit === undefined ? matches : matches.slice(0, filter.limit);
  }

  /**
   * Middleware that records every request once its answer is sent or its connection closed. The reads of the
   * journal itself are left out, so that reading it does not change it.
   */
  recorder(mockNow: () => string, skip: (req: Request) => boolean, whoOf: (req: Request, res: Response) => string | undefined = () => undefined): RequestHandler {
    return (req, res, next) => {
      if (skip(req)) return next();
      const started = performance.now();
      const loggedAt = new Date().toISOString();
      const mockTime = mockNow();
      const rawQuery = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
      const length = Number(req.headers['content-length']);
      res.once('close', () => {
        const userId = whoOf(req, res);
        this.add({
          loggedAt,
          mockTime,
          request: {
            method: req.method,
            path: pathOf(req),
            query: rawQuery.replace(SECRET_PARAMETERS, '$1$2='),
            ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}),
            ...(Number.isFinite(length) ? { bodyBytes: length } : {}),
          },
          response: answerOf(res),
          durationMs: Math.round((performance.now() - started) * 100) / 100,
          ...(userId ? { userId } : {}),
        });
      });
      next();
    };
  }
}

function pathOf(req: Request): string {
  const url = req.originalUrl;
  const end = url.indexOf('?');
  return end === -1 ? url : url.slice(0, end);
}

function answerOf(res: Response): JournalEntry['response'] {
  const contentType = res.getHeader('content-type');
  return {
    status: res.headersSent ? res.statusCode : null,
    ...(typeof contentType === 'string' ? { contentType } : {}),
    completed: res.writableFinished,
  };
}
