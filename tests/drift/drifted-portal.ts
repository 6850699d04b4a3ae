import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

/** Changes made to a page's HTML on its way to the browser: [what, by what]. */
export type Rewrites = readonly (readonly [string | RegExp, string])[];

export interface DriftedPortal {
  url: string;
  close(): Promise<void>;
}

/**
 * A "deployment that drifted from the documents", made in the test itself: an HTTP proxy in front of a mock portal
 * that rewrites every HTML page with `rewrites` (a renamed button, a removed field) and passes everything else —
 * the control API's JSON included — through unchanged.
 */
export async function driftedPortal(upstream: string, rewrites: Rewrites): Promise<DriftedPortal> {
  const server = createServer((req, res) => {
    forward(upstream, rewrites, req, res).catch((error: unknown) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`drifted portal: ${(error as Error).message}`);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}

async function forward(upstream: string, rewrites: Rewrites, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || ['host', 'connection', 'content-length', 'accept-encoding'].includes(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const answer = await fetch(`${upstream}${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers,
    redirect: 'manual',
    ...(chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? { body: Buffer.concat(chunks) } : {}),
  });
  const out: Record<string, string | string[]> = {};
  answer.headers.forEach((value, name) => {
    if (!['content-length', 'content-encoding', 'transfer-encoding', 'set-cookie', 'connection'].includes(name)) out[name] = value;
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length) out['set-cookie'] = cookies;
  if (typeof out.location === 'string') out.location = out.location.replace(upstream, '');
  let body = Buffer.from(await answer.arrayBuffer());
  if ((answer.headers.get('content-type') ?? '').includes('text/html')) {
    let text = body.toString('utf8');
    for (const [what, by] of rewrites) text = typeof what === 'string' ? text.split(what).join(by) : text.replace(what, by);
    body = Buffer.from(text, 'utf8');
  }
  res.writeHead(answer.status, { ...out, 'content-length': String(body.length) });
  res.end(body);
}
