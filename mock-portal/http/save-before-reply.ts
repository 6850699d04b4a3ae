import type { RequestHandler, Response } from 'express';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

type Writers = Pick<Response, 'writeHead' | 'write' | 'end'>;

/**
 * Acknowledges a change only once it is saved: for every request that may change something (any method but GET,
 * HEAD and OPTIONS, the control API's included), `save` runs when the answer is about to be sent, before its first
 * byte. It sits at the HTTP layer, so no route has to remember it. When the save fails, the answer becomes a 503
 * saying the change may be lost, never the route's success.
 */
export function saveBeforeReply(save: () => void): RequestHandler {
  return (req, res, next) => {
    if (READS.has(req.method)) return next();
    const original: Writers = { writeHead: res.writeHead, write: res.write, end: res.end };
    let outcome: 'pending' | 'saved' | 'failed' = 'pending';

    const saved = (): boolean => {
      if (outcome === 'pending') {
        try {
          save();
          outcome = 'saved';
        } catch (error) {
          outcome = 'failed';
          console.error('The portal could not save a change to its data folder:', error);
          refuseUnsaved(res, original);
        }
      }
      return outcome === 'saved';
    };
    // Whichever comes first (headers, a first chunk, the end) waits for the save; after it, they pass through.
    res.writeHead = function (this: Response, ...args: unknown[]) {
      return saved() ? (original.writeHead as (...a: unknown[]) => Response).apply(this, args) : this;
    } as Response['writeHead'];
    res.write = function (this: Response, ...args: unknown[]) {
      return saved() ? (original.write as (...a: unknown[]) => boolean).apply(this, args) : false;
    } as Response['write'];
    res.end = function (this: Response, ...args: unknown[]) {
      return saved() ? (original.end as (...a: unknown[]) => Response).apply(this, args) : this;
    } as Response['end'];
    next();
  };
}

function refuseUnsaved(res: Response, original: Writers): void {
  Object.assign(res, original);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  for (const name of res.getHeaderNames()) if (name !== 'set-cookie') res.removeHeader(name);
  const body = JSON.stringify({ errors: [{ path: '/', message: 'The portal could not save this change to its data folder, so it may be lost. Check the disk and try again.' }] });
  res.statusCode = 503;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
