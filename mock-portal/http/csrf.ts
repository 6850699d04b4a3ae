import type { Request } from 'express';
import { csrfSync } from 'csrf-sync';

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
