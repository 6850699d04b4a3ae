/**
 * Memory and throughput of the portal under a long run of traffic (issue 13): 100,000 anonymous page requests and
 * 10,000 IDM sign-ins (password, then the e-mailed one-time code), driven by autocannon against a portal process of
 * its own. Prints the server's resident memory (VmRSS from /proc) before and after, each once the portal has been
 * idle long enough for V8 to give back what the traffic left (its memory reducer runs a few seconds after the
 * allocations stop: a portal between two classes), the peak during the traffic, and the anonymous requests per
 * second of the first round against the last one (after the sign-ins), as a ratio. Linux only.
 *
 * Run: npx tsx scripts/measure-memory.ts [anonymous requests, default 100000] [sign-ins, default 10000]
 */
import type { Request as CannonRequest, Result } from 'autocannon';
import { startPortal } from '../fixtures/portal-server.ts';
import { CookieJar } from '../fixtures/cookie-jar.ts';
import { csrfOf, headerOf, rate, rssMiB, runAutocannon as run, settledRssMiB as settledRss } from './measurements/http-load.ts';

const anonymousTotal = Number(process.argv[2] ?? 100_000);
const signInTotal = Number(process.argv[3] ?? 10_000);
const ROUNDS = 10;
const CONNECTIONS = 10;
const USERS = 200;


/** Pages anyone may open, with and without forms: the CBIC site, every system's sign-in page, the assets. */
const ANONYMOUS_PATHS = ['/', '/portals', '/phases', '/phases/registration', '/connexion-info', '/chat', '/idm/', '/portal/', '/connexion/', '/dbids/', '/assets/site.css', '/no-such-page'];

async function anonymousRound(url: string, amount: number): Promise<Result> {
  return run({ url, connections: CONNECTIONS, amount, requests: ANONYMOUS_PATHS.map((path) => ({ method: 'GET', path })) });
}

interface SignInContext {
  user?: number;
  cookies?: CookieJar;
  csrf?: string;
  code?: string;
}

/** Every Set-Cookie header of an autocannon response (an array when there are several). */
const setCookies = (headers: unknown): string[] => {
  const value = Object.entries(headers as Record<string, string | string[]>).find(([key]) => key.toLowerCase() === 'set-cookie')?.[1];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

/** One sign-in, as four requests on one connection: the sign-in page, the password, the mailbox, the code. */
function signInRequests(counter: { next: number; verified: number }): CannonRequest[] {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  return [
    {
      method: 'GET',
      path: '/idm/',
      setupRequest: (request, context: SignInContext) => {
        context.user = counter.next++ % USERS;
        return request;
      },
      onResponse: (_status, body, context: SignInContext, headers) => {
        context.cookies = new CookieJar(); // a new browser for each sign-in
        context.cookies.keep(setCookies(headers));
        context.csrf = csrfOf(body);
      },
    },
    {
      method: 'POST',
      path: '/idm/sign-in',
      setupRequest: (request, context: SignInContext) => ({
        ...request,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: context.cookies?.header ?? '' },
        body: form({ _csrf: context.csrf ?? '', userId: `load.user${context.user}`, password: 'Correct-Horse-Battery-9', agree: 'yes' }),
      }),
      onResponse: (_status, _body, context: SignInContext, headers) => context.cookies?.keep(setCookies(headers)),
    },
    {
      method: 'GET',
      path: '/__admin/mail',
      setupRequest: (request, context: SignInContext) => ({ ...request, path: `/__admin/mail?to=load.user${context.user}@example.test` }),
      onResponse: (status, body, context: SignInContext) => {
        // The newest message's code; anything else (a time-out under load) leaves no code, and that sign-in fails.
        context.code = status === 200 ? (/verification code is (\d+)/.exec(body)?.[1] ?? '') : '';
      },
    },
    {
      method: 'POST',
      path: '/idm/verify',
      setupRequest: (request, context: SignInContext) => ({
        ...request,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: context.cookies?.header ?? '' },
        body: form({ _csrf: context.csrf ?? '', code: context.code ?? '' }),
      }),
      onResponse: (status, _body, _context, headers) => {
        if (status === 302 && headerOf(headers, 'location')?.includes('/idm/dashboard')) counter.verified++;
      },
    },
  ];
}

const portal = await startPortal();
const pid = portal.pid;
if (!pid) throw new Error('The portal process has no process ID to measure.');
try {
  const users = Array.from({ length: USERS }, (_, i) => ({ userId: `load.user${i}`, password: 'Correct-Horse-Battery-9', email: `load.user${i}@example.test`, organization: 'load' }));
  const scenario = await fetch(`${portal.url}/__admin/scenario`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ organizations: [{ id: 'load' }], users }),
  });
  if (scenario.status !== 201) throw new Error(`scenario: ${scenario.status} ${await scenario.text()}`);

  const started = rssMiB(pid);
  await anonymousRound(portal.url, 2_000); // warm-up: templates compiled, code optimized
  const warm = await settledRss(pid);
  console.log(`portal RSS at start ${started.toFixed(1)} MiB, after a 2,000-request warm-up (settled) ${warm.toFixed(1)} MiB`);
  let peak = warm;

  const rates: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const result = await anonymousRound(portal.url, Math.round(anonymousTotal / ROUNDS));
    rates.push(rate(result));
    peak = Math.max(peak, rssMiB(pid));
    console.log(`anonymous round ${round}: ${rate(result).toFixed(0)} req/s, ${result.non2xx} non-2xx (404 page included), errors ${result.errors}; RSS ${rssMiB(pid).toFixed(1)} MiB`);
  }

  const counter = { next: 0, verified: 0 };
  const signIns = await run({ url: portal.url, connections: CONNECTIONS, amount: signInTotal * 4, requests: signInRequests(counter) });
  peak = Math.max(peak, rssMiB(pid));
  console.log(`sign-ins: ${counter.verified} of ${signInTotal} verified (${rate(signIns).toFixed(0)} req/s, errors ${signIns.errors}); RSS ${rssMiB(pid).toFixed(1)} MiB`);

  const last = await anonymousRound(portal.url, Math.round(anonymousTotal / ROUNDS));
  peak = Math.max(peak, rssMiB(pid));
  console.log(`anonymous round after the sign-ins: ${rate(last).toFixed(0)} req/s; RSS ${rssMiB(pid).toFixed(1)} MiB`);
  const end = await settledRss(pid);
  const stats = await fetch(`${portal.url}/__admin/stats`);
  if (stats.ok) console.log(`stores: ${JSON.stringify(await stats.json())}`);
  console.log(
    `\nRSS (settled) ${warm.toFixed(1)} MiB after warm-up → ${end.toFixed(1)} MiB after ${anonymousTotal + Math.round(anonymousTotal / ROUNDS)} anonymous requests and ${counter.verified} sign-ins: ` +
      `growth ${(end - warm).toFixed(1)} MiB (bound 50), peak during the traffic ${peak.toFixed(1)} MiB; throughput last/first round ${(rate(last) / (rates[0] ?? 1)).toFixed(2)}`,
  );
} finally {
  await portal.stop();
}
