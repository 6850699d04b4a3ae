/**
 * A person's browser, as far as the benchmark needs one: one keep-alive connection of its own (a trainee each on
 * their own connection), the session cookie kept, every request timed. Plus the IDM sign-in through the real pages,
 * the one-time code read through the control API.
 */
import { Agent, request } from 'node:http';
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
      const req = request(new URL(path, this.baseUrl), { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          this.cookies.keep(res.headers['set-cookie']);
          resolve({ status: res.statusCode ?? 0, ...(res.headers.location ? { location: res.headers.location } : {}), body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
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
