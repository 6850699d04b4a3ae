import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { CookieJar } from '../../fixtures/cookie-jar.ts';

/** What the portal answered to one raw request. */
export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

/**
 * A browser session reduced to what a hostile client controls: raw bytes, any headers, one cookie jar. Node's own
 * HTTP client, so a body can be anything (no content type, a type that lies, a multipart form cut short) and a
 * request can be dropped halfway through its body.
 */
export class RawSession {
  private readonly cookies = new CookieJar();

  constructor(readonly baseURL: string) {}

  private options(req: RawRequest, length: number | undefined) {
    const url = new URL(req.path, this.baseURL);
    const headers: Record<string, string> = { ...req.headers };
    if (this.cookies.header) headers.cookie = this.cookies.header;
    if (length !== undefined) headers['content-length'] = String(length);
    // A connection per request: an answer sent before a body was read ends its connection, which a reused one would trip on.
    return { method: req.method, hostname: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers, agent: false };
  }

  private keepCookie(headers: IncomingHttpHeaders): void {
    this.cookies.keep(headers['set-cookie']);
  }

  send(req: RawRequest): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(this.options(req, req.body?.length ?? (req.method === 'GET' ? undefined : 0)), (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          this.keepCookie(res.headers);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(req.body);
    });
  }

  /** Sends the headers (announcing the whole body) and the first `sent` bytes, then drops the connection. */
  abort(req: RawRequest & { body: Buffer }, sent: number): Promise<void> {
    return new Promise((resolve) => {
      const outgoing = httpRequest(this.options(req, req.body.length));
      outgoing.on('error', () => resolve());
      outgoing.on('close', () => resolve());
      outgoing.write(req.body.subarray(0, sent), () => outgoing.destroy());
    });
  }
}
