import * as OTPAuth from 'otpauth';
import type { PortalControl } from '../../fixtures/control.ts';
import type { ResolvedAccount } from './profile.ts';

/**
 * Where a replay's one-time codes come from (the profile's `codes`): the mock's mailbox through its control API, the
 * person at the terminal (asked by `npm run drift` itself, which owns the terminal: see code-desk.ts), or a TOTP
 * computed with otpauth from a secret in an environment variable.
 */

/** No code came in time: the target cannot be replayed, and drift exits 2. */
export class CodeSourceTimeout extends Error {
  readonly codeSourceTimeout = true;
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CodeSourceTimeout';
  }
}

export function isCodeSourceTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { codeSourceTimeout?: unknown }).codeSourceTimeout === true;
}

export interface CodeContext {
  control?: PortalControl;
  /** The URL of the terminal's code desk, for `prompt`. */
  desk?: string;
}

const CODE = /verification code is (\d+)/;
const POLL_MS = 250;
const DEFAULT_TIMEOUT_S = { 'control-api': 30, prompt: 120 } as const;

/**
 * The code source of one account for one procedure. Made before the procedure starts, so a code already in the
 * mailbox then is never taken for the one the portal is about to send.
 */
export async function codeSourceOf(account: ResolvedAccount, context: CodeContext): Promise<() => Promise<string>> {
  const codes = account.codes;
  if (codes.source === 'totp') {
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(process.env[codes.secretEnv] ?? ''), digits: codes.digits ?? 6, period: codes.period ?? 30, algorithm: codes.algorithm ?? 'SHA1' });
    return async () => totp.generate();
  }
  const timeoutMs = (codes.timeoutSeconds ?? DEFAULT_TIMEOUT_S[codes.source]) * 1000;
  if (codes.source === 'prompt') return () => askTheTerminal(account, context.desk, timeoutMs);
  const control = context.control;
  if (!control) throw new Error('control-api codes need the control API of a deployment of this mock');
  const email = account.email ?? (await emailOf(control, account.userId));
  const old = new Set((await control.mail(email)).map((m) => m.id));
  return async () => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const fresh = (await control.mail(email)).find((m) => !old.has(m.id) && CODE.test(m.text));
      if (fresh) {
        old.add(fresh.id);
        return CODE.exec(fresh.text)?.[1] ?? '';
      }
      if (Date.now() > until) throw new CodeSourceTimeout(`no one-time code for ${account.userId} reached ${email} within ${timeoutMs / 1000} s (codes: control-api)`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS)); // polling the mailbox of a running deployment
    }
  };
}

async function emailOf(control: PortalControl, userId: string): Promise<string> {
  const user = (await control.state()).users.find((u) => u.userId === userId);
  if (!user) throw new Error(`The target's control API knows no user ${userId}: check the profile's accounts.`);
  return user.email;
}

async function askTheTerminal(account: ResolvedAccount, desk: string | undefined, timeoutMs: number): Promise<string> {
  if (!desk) throw new CodeSourceTimeout(`no terminal to ask for ${account.userId}'s one-time code (codes: prompt)`);
  const response = await fetch(`${desk}/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: account.userId, timeoutMs }) });
  const body = (await response.json()) as { code?: string; error?: string };
  if (!response.ok || !body.code) throw new CodeSourceTimeout(body.error ?? `no one-time code for ${account.userId} came from the terminal (codes: prompt)`);
  return body.code;
}
