import type { Request, Router } from 'express';
import { PASSWORD_CHANGE_MESSAGES } from '../../domain/accounts/passwords.ts';
import {
  RECOVERY_MESSAGES, accountToRecover, forgottenUserIdDetailsOf, recoveryFactor, resetPasswordFromForm, sendForgottenUserId, sendRecoveryCode, verifyRecoveryCode,
  type RecoveryPurpose,
} from '../../domain/accounts/recovery.ts';
import type { Refusal } from '../../domain/errors.ts';
import { deliveryText } from '../../domain/mfa/challenges.ts';
import { factorName, factorsOf } from '../../domain/mfa/factors.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { PASSWORD_RULES } from '../../domain/passwords.ts';
import type { Account } from '../../domain/types.ts';
import { anyone, get, post, routeTable, type Answer, type Ctx, type Page, type Row } from '../../http/adapter.ts';

/**
 * Self-service recovery on the IDM sign-in page (IDM User Guide: "recover a forgotten user ID", "reset a forgotten
 * password", "unlock a user account"): the person proves who they are with a code sent to the e-mail address or
 * another MFA factor. Public; mounted at /idm.
 */
interface RecoveryWizard {
  purpose: RecoveryPurpose;
  userId: string;
  /** Forgot Password: the code was right, the new password may be set. */
  verified?: boolean;
}

const WIZARD = 'idm.recovery';
const PAGES: Record<RecoveryPurpose, { path: string; title: string }> = {
  'reset-password': { path: '/idm/forgot-password', title: 'Forgot Password' },
  unlock: { path: '/idm/unlock-account', title: 'Unlock Account' },
};

function wizardOf(req: Request, purpose: RecoveryPurpose): RecoveryWizard | undefined {
  const wizard = req.session.wizards?.[WIZARD] as RecoveryWizard | undefined;
  return wizard?.purpose === purpose ? wizard : undefined;
}
function saveWizard(req: Request, wizard: RecoveryWizard | undefined): void {
  req.session.wizards ??= {};
  if (wizard) req.session.wizards[WIZARD] = wizard;
  else delete req.session.wizards[WIZARD];
}

const forgotUserIdPage = (locals: Record<string, unknown>): Page => ({ view: 'idm/forgot-user-id.njk', locals });
const SIGN_IN = '/idm/';

/** The rows of Forgot Password or Unlock Account: user ID, where to send the code, the code (and a new password). */
function recoveryRows(state: MockState, purpose: RecoveryPurpose): Row[] {
  const { path, title } = PAGES[purpose];
  const base = path.replace('/idm', '');
  const page = (locals: Record<string, unknown>): Page => ({ view: 'idm/recovery.njk', locals: { title, path, purpose, ...locals } });
  const restart: Answer = { redirect: path };

  /** The account of this recovery, if the person started one. */
  const accountOf = (req: Request): { wizard: RecoveryWizard; account: Account } | undefined => {
    const wizard = wizardOf(req, purpose);
    const account = wizard && state.findAccount(wizard.userId);
    return wizard && account ? { wizard, account } : undefined;
  };

  const codePage = (ctx: Ctx, account: Account, locals: Record<string, unknown> = {}): Page => {
    const factor = ctx.query('choose') === '1' ? undefined : recoveryFactor(state, account, purpose);
    return page({
      step: factor ? 'code' : 'choose',
      userId: account.userId,
      choices: factorsOf(account).map((f) => ({ type: f.type, name: factorName(account, f) })),
      delivery: factor ? deliveryText(account, factor) : '',
      several: factorsOf(account).length > 1,
      ...locals,
    });
  };
  /** A refusal on the code steps: the page again, or the first page when the recovery was lost. */
  const refusedCode = (ctx: Ctx, refusal: Refusal, locals: Record<string, unknown> = {}): Answer => {
    const found = accountOf(ctx.req);
    return found ? codePage(ctx, found.account, { error: refusal.message, ...locals }) : restart;
  };
  const newPasswordPage = (locals: Record<string, unknown> = {}): Page => page({ step: 'new-password', passwordRules: PASSWORD_RULES, ...locals });

  const rows: Row[] = [
    // GET {path} — the user ID.
    get(base, anyone, ({ req }) => {
      saveWizard(req, undefined);
      return page({ step: 'user-id' });
    }),
    // POST {path} — Next: the account is found (for Unlock Account, it must be locked).
    post(base, anyone, ({ form }: Ctx) => accountToRecover(state, form.text('userId'), purpose), {
      done: (account, { req }) => {
        saveWizard(req, { purpose, userId: account.userId });
        return { redirect: `${path}/verify` };
      },
      refused: ({ form }, refusal) => page({ step: 'user-id', userId: form.text('userId'), error: refusal.message }),
      shows: 'all',
    }),

    // GET {path}/verify — where to send the code, or the code field once sent.
    get(`${base}/verify`, anyone, (ctx) => {
      const found = accountOf(ctx.req);
      return found ? codePage(ctx, found.account) : restart;
    }),
    // POST {path}/send — Send Code: over the chosen factor.
    post(`${base}/send`, anyone, async ({ req, form }: Ctx) => {
      const found = accountOf(req);
      if (found) await sendRecoveryCode(state, found.account, purpose, form.text('factor'));
      return found;
    }, {
      done: (found) => (found ? { redirect: `${path}/verify` } : restart),
      refused: (ctx, refusal) => refusedCode(ctx, refusal, { step: 'choose' }),
      shows: 'all',
    }),
    // POST {path}/verify — Verify: unlocks the account, or lets the new password be set.
    post(`${base}/verify`, anyone, async ({ req, form }: Ctx) => {
      const found = accountOf(req);
      if (found) await verifyRecoveryCode(state, found.account, purpose, form.text('code'));
      return found;
    }, {
      done: (found, { req }) => {
        if (!found) return restart;
        if (purpose === 'unlock') {
          saveWizard(req, undefined);
          return { redirect: SIGN_IN, notice: { kind: 'success', text: RECOVERY_MESSAGES.unlocked } };
        }
        saveWizard(req, { ...found.wizard, verified: true });
        return { redirect: `${path}/new-password` };
      },
      refused: (ctx, refusal) => refusedCode(ctx, refusal),
      shows: 'all',
    }),
  ];
  if (purpose !== 'reset-password') return rows;

  /** The verified recovery whose new password may be set. */
  const verified = (req: Request) => {
    const found = accountOf(req);
    return found?.wizard.verified ? found : undefined;
  };
  return [
    ...rows,
    // GET /idm/forgot-password/new-password — the new password, once the code was right.
    get(`${base}/new-password`, anyone, ({ req }) => (verified(req) ? newPasswordPage() : { redirect: `${path}/verify` })),
    // POST /idm/forgot-password/new-password — Reset Password: every rule the password breaks is named.
    post(`${base}/new-password`, anyone, async ({ req, form }: Ctx) => {
      const found = verified(req);
      if (found) await resetPasswordFromForm(state, found.account, form);
      return found;
    }, {
      done: (found, { req }) => {
        if (!found) return { redirect: `${path}/verify` };
        saveWizard(req, undefined);
        return { redirect: SIGN_IN, notice: { kind: 'success', text: PASSWORD_CHANGE_MESSAGES.reset } };
      },
      refused: (_ctx, refusal) => newPasswordPage({ problems: refusal.problems, errors: refusal.messages }),
    }),
  ];
}

export function recoveryRoutes(state: MockState): Router {
  return routeTable(state, [
    // GET /idm/forgot-user-id — Forgot User ID: first name, last name, e-mail address.
    get('/forgot-user-id', anyone, () => forgotUserIdPage({ values: {} })),
    // POST /idm/forgot-user-id — Submit: the user ID is e-mailed when the details match (the page says the same either way).
    post('/forgot-user-id', anyone, ({ form }: Ctx) => sendForgottenUserId(state, forgottenUserIdDetailsOf(form)), {
      done: (sent, { form }) => forgotUserIdPage({ values: forgottenUserIdDetailsOf(form), sent }),
      refused: ({ form }, refusal) => forgotUserIdPage({ values: forgottenUserIdDetailsOf(form), error: refusal.message }),
    }),
    ...recoveryRows(state, 'reset-password'),
    ...recoveryRows(state, 'unlock'),
  ]);
}
