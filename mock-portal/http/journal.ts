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

/** An entry as kept: times as numbers, formatted only when somebody reads the journal (most entries never are). */
interface Kept {
  id: number;
  loggedAtMs: number;
  mockTime: number | string;
  entry: Omit<JournalEntry, 'id' | 'loggedAt' | 'mockTime'>;
}

/**
 * What was asked of the portal, newest first, in the spirit of WireMock's request journal. It keeps the last
 * `max` requests only (a ring), so a portal left running for a week holds no more than a fresh one.
 */
export class RequestJournal {
  private ring: (Kept | undefined)[] = [];
  private nextId = 1;

  constructor(readonly max: number) {}

  get kept(): number {
    return Math.min(this.nextId - 1 - this.clearedBefore, this.max);
  }

  private clearedBefore = 0;

  add(entry: Omit<JournalEntry, 'id'>): void {
    const { loggedAt, mockTime, ...rest } = entry;
    this.keep({ loggedAtMs: Date.parse(loggedAt), mockTime, entry: rest });
  }

  clear(): void {
    this.ring = [];
    this.clearedBefore = this.nextId - 1;
  }

  /** The entries that match, newest first. */
  find(filter: JournalFilter = {}): JournalEntry[] {
    const method = filter.method?.toUpperCase();
    const path = filter.path;
    const prefix = path?.endsWith('*') ? path.slice(0, -1) : undefined;
    const matches: JournalEntry[] = [];
    for (let id = this.nextId - 1; id > this.nextId - 1 - this.kept; id--) {
      const kept = this.ring[id % this.max];
      if (!kept) continue;
      const e = kept.entry;
      if (method && e.request.method !== method) continue;
      if (path !== undefined && (prefix !== undefined ? !e.request.path.startsWith(prefix) : e.request.path !== path)) continue;
      matches.push({ id: kept.id, loggedAt: new Date(kept.loggedAtMs).toISOString(), mockTime: typeof kept.mockTime === 'string' ? kept.mockTime : new Date(kept.mockTime).toISOString(), ...e });
      if (filter.limit !== undefined && matches.length >= filter.limit) break;
    }
    return matches;
  }

  /**
   * Middleware that records every request once its answer is sent or its connection closed. The reads of the
   * journal itself are left out, so that reading it does not change it.
   */
  recorder(mockNowMs: () => number, skip: (req: Request) => boolean, whoOf: (req: Request, res: Response) => string | undefined = () => undefined): RequestHandler {
    return (req, res, next) => {
      if (skip(req)) return next();
      const started = performance.now();
      const loggedAtMs = Date.now();
      const mockTime = mockNowMs();
      res.once('close', () => {
        const url = req.originalUrl;
        const q = url.indexOf('?');
        const length = Number(req.headers['content-length']);
        const contentType = req.headers['content-type'];
        const userId = whoOf(req, res);
        this.keep({
          loggedAtMs,
          mockTime,
          entry: {
            request: {
              method: req.method,
              path: q === -1 ? url : url.slice(0, q),
              query: q === -1 ? '' : url.slice(q + 1).replace(SECRET_PARAMETERS, '$1$2='),
              ...(contentType ? { contentType } : {}),
              ...(Number.isFinite(length) ? { bodyBytes: length } : {}),
            },
            response: answerOf(res),
            durationMs: Math.round((performance.now() - started) * 100) / 100,
            ...(userId ? { userId } : {}),
          },
        });
      });
      next();
    };
  }

  private keep(kept: Omit<Kept, 'id'>): void {
    const id = this.nextId++;
    this.ring[id % this.max] = { id, ...kept };
  }
}

function answerOf(res: Response): JournalEntry['response'] {
  const contentType = res.getHeader('content-type');
  return {
    status: res.headersSent ? res.statusCode : null,
    ...(typeof contentType === 'string' ? { contentType } : {}),
    completed: res.writableFinished,
  };
}
