import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { match, type MatchFunction } from 'path-to-regexp';

/** One route: a method, a path (Express's syntax, `:name` for a parameter) and its handlers, run in turn. */
export interface IndexedRoute {
  method: 'get' | 'post';
  path: string;
  handlers: readonly RequestHandler[];
}

interface Entry extends IndexedRoute {
  order: number;
  /** Undefined for a path without parameters, which is looked up by its key instead. */
  matches?: MatchFunction<Record<string, string>>;
}

/** A route's path as Express matches it by default: without its trailing slashes. */
const loosened = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') || '/' : path);

/** The key of a route's path, and of a request's: letter case ignored and, in a request, one trailing slash. */
const routeKey = (path: string): string => loosened(path).toLowerCase();
const requestKey = (path: string): string => (path.length > 1 ? path.replace(/\/$/, '') : path).toLowerCase();

/** As Express decodes a parameter: a malformed escape is the client's mistake (400), not the portal's. */
function decodeParam(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    throw Object.assign(new Error(`Failed to decode param '${value}'`), { status: 400, statusCode: 400 });
  }
}

/**
 * A table's routes as one middleware that finds a request's routes by a map lookup (paths with parameters: by
 * matching the few that have them) instead of Express trying every route in turn. The portal's tables hold
 * hundreds of routes; walking them cost every request a share of its time and, past 100 routes, a trip through
 * the event loop's queue (Express defers the 101st step with setImmediate). Same semantics as Express's router for
 * these routes: GET routes answer HEAD, table order decides between routes that match, `next()` goes on to the next
 * matching route and then past the table, `next('route')` skips to the next route, `req.params` holds the route's
 * parameters.
 */
export function routeIndex(routes: readonly IndexedRoute[]): RequestHandler {
  const byKey = new Map<string, Entry[]>();
  const withParams: Entry[] = [];
  routes.forEach((route, order) => {
    const entry: Entry = { ...route, order };
    if (/[:*{(]/.test(route.path)) {
      withParams.push({ ...entry, matches: match(loosened(route.path), { sensitive: false, end: true, trailing: true, decode: decodeParam }) });
    } else {
      const key = routeKey(route.path);
      byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    }
  });

  /** The routes whose path matches `path`, whatever their method, with their parameters. Throws on a malformed escape. */
  const matching = (path: string): { entry: Entry; params: Record<string, string> }[] => {
    const found = (byKey.get(requestKey(path)) ?? []).map((entry) => ({ entry, params: {} }));
    for (const entry of withParams) {
      const result = entry.matches?.(path);
      if (result) found.push({ entry, params: { ...result.params } });
    }
    return found.length > 1 ? found.sort((a, b) => a.entry.order - b.entry.order) : found;
  };

  /** As Express answers OPTIONS for a path no route answers it on: the methods its routes take, in `Allow`. */
  const answerOptions = (routesOfPath: readonly { entry: Entry }[], res: Response, next: NextFunction) => {
    const methods = new Set(routesOfPath.map(({ entry }) => entry.method.toUpperCase()));
    if (methods.has('GET')) methods.add('HEAD');
    if (methods.size === 0) return next();
    const allow = [...methods].sort().join(', ');
    res.setHeader('Allow', allow);
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('Content-Length', Buffer.byteLength(allow));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(allow);
  };

  return (req: Request, res: Response, next: NextFunction) => {
    const method = req.method === 'HEAD' ? 'get' : req.method.toLowerCase();
    let routesOfPath: { entry: Entry; params: Record<string, string> }[];
    try {
      routesOfPath = matching(req.path);
    } catch (error) {
      return next(error);
    }
    const candidates = routesOfPath.filter(({ entry }) => entry.method === method);
    if (candidates.length === 0) return req.method === 'OPTIONS' ? answerOptions(routesOfPath, res, next) : next();

    const outerParams = req.params;
    let route = -1;
    let handler = 0;
    const leave = (error?: unknown) => {
      req.params = outerParams;
      next(error);
    };
    const nextRoute = () => {
      route++;
      handler = 0;
      const candidate = candidates[route];
      if (!candidate) return leave();
      req.params = candidate.params;
      step();
    };
    const step = (error?: unknown): void => {
      if (error === 'route') return nextRoute();
      if (error === 'router') return leave();
      if (error) return leave(error);
      const fn = candidates[route]?.entry.handlers[handler++];
      if (!fn) return nextRoute();
      try {
        const returned: unknown = fn(req, res, step);
        if (returned instanceof Promise) returned.catch((rejection: unknown) => step(rejection ?? new Error('Rejected promise')));
      } catch (thrown) {
        step(thrown);
      }
    };
    nextRoute();
  };
}
