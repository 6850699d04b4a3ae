/**
 * A person's browser, as far as the benchmark needs one: one keep-alive connection of its own (a trainee each on
 * their own connection), the session cookie kept, every request timed. Plus the IDM sign-in through the real pages,
 * the one-time code read through the control API.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Agent, request, type IncomingMessage } from 'node:http';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CookieJar } from '../../fixtures/cookie-jar.ts';
import { csrfOf } from '../measurements/http-load.ts';

export interface Answer {
  status: number;
  location?: string;
  body: string;
  ms: number;
}

export class HttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1, noDelay: true }); // as browsers do: no Nagle delay on small writes
  private readonly cookies = new CookieJar();

  constructor(readonly baseUrl: string) {}

  async get(path: string): Promise<Answer> {
    return this.send('GET', path);
  }

  async post(path: string, fields: Record<string, string>): Promise<Answer> {
    return this.send('POST', path, new URLSearchParams(fields).toString());
  }

  /**
   * A multipart form with one file, as a browser sends it: the file's bytes streamed from disk into the connection
   * (never read whole into memory), with the body's length known beforehand.
   */
  async postFile(path: string, fields: Record<string, string>, field: string, file: string, contentType = 'application/pdf'): Promise<Answer> {
    const boundary = `----cbp${randomBytes(12).toString('hex')}`;
    const head = Buffer.from(
      Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') +
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${basename(file)}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const length = head.length + (await stat(file)).size + tail.length;
    const started = performance.now();
    const req = request(new URL(path, this.baseUrl), {
      method: 'POST',
      agent: this.agent,
      headers: { ...(this.cookies.header ? { cookie: this.cookies.header } : {}), 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': length },
    });
    const answered = new Promise<IncomingMessage>((resolve, reject) => req.on('response', resolve).on('error', reject));
    answered.catch(() => undefined); // a failed send rejects both; the pipeline below reports it first
    req.write(head);
    await pipeline(createReadStream(file), req, { end: false });
    req.end(tail);
    return this.answer(await answered, started);
  }

  /** The Cookie header of this browser (session and form nonce), for another client (autocannon) to send. */
  get sessionCookie(): string {
    return this.cookies.header;
  }

  close(): void {
    this.agent.destroy();
  }

  private send(method: string, path: string, body?: string): Promise<Answer> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { ...(this.cookies.header ? { cookie: this.cookies.header } : {}) };
      if (body !== undefined) Object.assign(headers, { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) });
      const req = request(new URL(path, this.baseUrl), { method, headers, agent: this.agent }, (res) => this.answer(res, started).then(resolve, reject));
      req.on('error', reject);
      req.end(body);
    });
  }

  /** The whole answer, its cookies kept. */
  private answer(res: IncomingMessage, started: number): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        this.cookies.keep(res.headers['set-cookie']);
        resolve({ status: res.statusCode ?? 0, ...(res.headers.location ? { location: res.headers.location } : {}), body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started });
      });
      res.on('error', reject);
    });
  }
}

/** The newest message e-mailed to `email` (control API), if any. */
async function newestMail(admin: HttpClient, email: string): Promise<{ id: string; text: string } | undefined> {
  const mail = await admin.get(`/__admin/mail?to=${encodeURIComponent(email)}`);
  return mail.status === 200 ? (JSON.parse(mail.body) as { id: string; text: string }[])[0] : undefined;
}

/** The one-time code of the first message to `email` newer than `afterId`, waiting for it to arrive. */
export async function codeFor(admin: HttpClient, email: string, afterId: string | undefined): Promise<string> {
  for (let tries = 0; tries < 500; tries++) {
    const message = await newestMail(admin, email);
    const code = message && message.id !== afterId ? /verification code is (\d+)/.exec(message.text)?.[1] : undefined;
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 2)); // the e-mail is still on its way: ask again shortly
  }
  throw new Error(`No verification code reached ${email}.`);
}

/** How long an IDM sign-in took: each of its two submissions, and the whole of it. */
export interface SignInTimes {
  /** The password's submission, until the portal answered (its redirect to the code page). */
  passwordMs: number;
  /** The code's submission, until the portal answered (its redirect to the dashboard). */
  codeMs: number;
  /** From the password's submission to the dashboard: both submissions, the code page, the e-mail read, the dashboard. */
  wholeMs: number;
}

/**
 * Signs `client` in to the CMS IDM System through its pages (sign-in page, password, code, dashboard) and returns
 * how long it took. Throws with what the portal answered when a step fails.
 */
export async function idmSignIn(client: HttpClient, admin: HttpClient, user: { userId: string; password: string; email: string }): Promise<SignInTimes> {
  const page = await client.get('/idm/');
  const previous = (await newestMail(admin, user.email))?.id;
  const started = performance.now();
  const signIn = await client.post('/idm/sign-in', { _csrf: csrfOf(page.body), userId: user.userId, password: user.password, agree: 'yes' });
  if (signIn.status !== 302 || !signIn.location?.endsWith('/idm/verify')) throw new Error(`sign-in of ${user.userId}: ${signIn.status} ${signIn.body.slice(0, 300)}`);
  const verifyPage = await client.get('/idm/verify');
  const code = await codeFor(admin, user.email, previous);
  const verify = await client.post('/idm/verify', { _csrf: csrfOf(verifyPage.body), code });
  if (verify.status !== 302 || !verify.location?.endsWith('/idm/dashboard')) throw new Error(`code of ${user.userId}: ${verify.status} ${verify.body.slice(0, 300)}`);
  const dashboard = await client.get('/idm/dashboard');
  if (dashboard.status !== 200) throw new Error(`dashboard of ${user.userId}: ${dashboard.status}`);
  return { passwordMs: signIn.ms, codeMs: verify.ms, wholeMs: performance.now() - started };
}

/** A control-API call with a JSON body; throws unless the portal accepts it. */
export async function postJson(baseUrl: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(new URL(path, baseUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
