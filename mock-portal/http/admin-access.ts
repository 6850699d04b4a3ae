import type { Request, RequestHandler, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';

/** Where a portal may listen without an admin token: this machine only. */
export function isLoopback(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

/** The host name of a Host header (`localhost:4010`, `[::1]:4010`), without its port. */
function hostName(header: string): string {
  if (header.startsWith('[')) return header.slice(0, header.indexOf(']') + 1);
  return header.split(':')[0] ?? '';
}

function refuse(res: Response, status: number, message: string): void {
  res.status(status).json({ errors: [{ path: '/', message }] });
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** True for `application/json` and the JSON types that build on it (`application/merge-patch+json`). */
export function isJsonType(header: string | undefined): boolean {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** True when the request carries a body or says what its body is: an empty HTML form still names its type. */
function announcesBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined || req.headers['content-type'] !== undefined;
}

/**
 * Who may drive the control API, checked before any call:
 * - with an admin token, only a request that carries it (`Authorization: Bearer TOKEN`);
 * - never a web page of another site (its browser sends `Origin` or `Sec-Fetch-Site`): no cross-site form,
 *   beacon or fetch can reset or change the world;
 * - without a token, only requests addressed to this machine by name (`Host: localhost` or `127.0.0.1`), so a
 *   site that points its own name at 127.0.0.1 (DNS rebinding) is refused too;
 * - a request that changes something sends JSON (`Content-Type: application/json`), or nothing at all.
 */
export function adminAccess(options: { token?: string }): RequestHandler {
  const wanted = options.token ? digest(options.token) : undefined;
  return (req, res, next) => {
    if (wanted) {
      const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
      if (!given || !timingSafeEqual(digest(given), wanted)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="cbp-harness control API"');
        return refuse(res, 401, 'The control API needs the admin token of this portal: send the header "Authorization: Bearer TOKEN" (the token given with --admin-token or CBP_ADMIN_TOKEN).');
      }
    } else if (!isLoopback(hostName(req.headers.host ?? ''))) {
      return refuse(res, 403, 'Without an admin token the control API answers only requests addressed to localhost or 127.0.0.1. Start the portal with --admin-token TOKEN to reach it by another name.');
    }
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    if ((origin !== undefined && origin !== `${req.protocol}://${req.headers.host ?? ''}`) || site === 'cross-site' || site === 'same-site') {
      return refuse(res, 403, `The control API does not take calls from web pages of other sites (Origin ${origin ?? site}). Call it from test code or the command line.`);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD' && announcesBody(req) && !isJsonType(req.headers['content-type'])) {
      return refuse(res, 415, `The control API takes JSON: send the body with "Content-Type: application/json" (this request said ${JSON.stringify(req.headers['content-type'] ?? 'nothing')}).`);
    }
    next();
  };
}

/**
 * Who may open the trainer's pages (/class/), which a person uses in a browser: with an admin token, a request
 * that carries it, as `Bearer TOKEN` or as the password of the browser's own sign-in prompt (HTTP Basic, any user
 * name); without a token, only requests addressed to this machine by name, as for the control API. Their forms
 * are ordinary forms of the portal (session and CSRF token), so no other site can submit them.
 */
export function trainerAccess(options: { token?: string }): RequestHandler {
  const wanted = options.token ? digest(options.token) : undefined;
  return (req, res, next) => {
    if (wanted) {
      const [scheme, value = ''] = (req.headers.authorization ?? '').trim().split(/\s+/, 2);
      const basic = /^basic$/i.test(scheme ?? '') ? Buffer.from(value, 'base64').toString('utf8') : undefined;
      const given = /^bearer$/i.test(scheme ?? '') ? value : basic?.slice(basic.indexOf(':') + 1);
      if (!given || !timingSafeEqual(digest(given), wanted)) {
        res.setHeader('WWW-Authenticate', 'Basic realm="cbp-harness trainer", charset="UTF-8"');
        return refuse(res, 401, "The trainer's pages need the admin token of this portal: give it as the password when the browser asks (any user name), or send \"Authorization: Bearer TOKEN\".");
      }
    } else if (!isLoopback(hostName(req.headers.host ?? ''))) {
      return refuse(res, 403, "Without an admin token the trainer's pages answer only on localhost or 127.0.0.1. Start the portal with --admin-token TOKEN to open them from another machine.");
    }
    next();
  };
}
