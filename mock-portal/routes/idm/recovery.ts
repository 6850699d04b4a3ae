import { Router, type Request, type Response } from 'express';
import { PASSWORD_CHANGE_MESSAGES, hasProblems, newPasswordProblems } from '../../domain/accounts/passwords.ts';
import {
  RECOVERY_MESSAGES,
  accountToRecover,
  recoveryFactor,
  resetForgottenPassword,
  sendForgottenUserId,
  sendRecoveryCode,
  verifyRecoveryCode,
  type RecoveryPurpose,
} from '../../domain/accounts/recovery.ts';
import { deliveryText } from '../../domain/mfa/challenges.ts';
import { factorName, factorsOf } from '../../domain/mfa/factors.ts';
import type { MockState } from '../../domain/mock-state';
import { PASSWORD_RULES } from '../../domain/passwords.ts';
import type { Account } from '../../domain/types.ts';
import { setNotice } from '../../http/session.ts';
import { field, orRefusal, render } from './shared.ts';

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

export function recoveryRoutes(state: MockState): Router {
  const router = Router();

  // GET /idm/forgot-user-id — Forgot User ID: first name, last name, e-mail address.
  router.get('/forgot-user-id', (_req, res) => render(res, 200, 'idm/forgot-user-id.njk', { values: {} }));

  // POST /idm/forgot-user-id — Submit: the user ID is e-mailed when the details match (the page says the same either way).
  router.post('/forgot-user-id', async (req, res) => {
    const values = { firstName: field(req, 'firstName'), lastName: field(req, 'lastName'), email: field(req, 'email') };
    await orRefusal(
      async () => render(res, 200, 'idm/forgot-user-id.njk', { values, sent: await sendForgottenUserId(state, values) }),
      (refusal, status) => render(res, status, 'idm/forgot-user-id.njk', { values, error: refusal.message }),
    );
  });

  for (const purpose of ['reset-password', 'unlock'] as const) {
    const { path, title } = PAGES[purpose];
    const base = path.replace('/idm', '');
    const page = (res: Response, status: number, locals: Record<string, unknown>) => render(res, status, 'idm/recovery.njk', { title, path, purpose, ...locals });

    /** The account of this recovery, or back to its first page. */
    const accountOf = (req: Request, res: Response): { wizard: RecoveryWizard; account: Account } | undefined => {
      const wizard = wizardOf(req, purpose);
      const account = wizard && state.findAccount(wizard.userId);
      if (wizard && account) return { wizard, account };
      res.redirect(path);
      return undefined;
    };

    const codePage = (req: Request, res: Response, status: number, account: Account, locals: Record<string, unknown> = {}) => {
      const factor = req.query.choose === '1' ? undefined : recoveryFactor(state, account, purpose);
      page(res, status, {
        step: factor ? 'code' : 'choose',
        userId: account.userId,
        choices: factorsOf(account).map((f) => ({ type: f.type, name: factorName(account, f) })),
        delivery: factor ? deliveryText(account, factor) : '',
        several: factorsOf(account).length > 1,
        ...locals,
      });
    };

    // GET {path} — the user ID.
    router.get(base, (req, res) => {
      saveWizard(req, undefined);
      page(res, 200, { step: 'user-id' });
    });

    // POST {path} — Next: the account is found (for Unlock Account, it must be locked).
    router.post(base, async (req, res) => {
      const userId = field(req, 'userId');
      await orRefusal(
        async () => {
          const account = accountToRecover(state, userId, purpose);
          saveWizard(req, { purpose, userId: account.userId });
          res.redirect(`${path}/verify`);
        },
        (refusal, status) => page(res, status, { step: 'user-id', userId, error: refusal.message }),
      );
    });

    // GET {path}/verify — where to send the code, or the code field once sent.
    router.get(`${base}/verify`, (req, res) => {
      const found = accountOf(req, res);
      if (found) codePage(req, res, 200, found.account);
    });

    // POST {path}/send — Send Code: over the chosen factor.
    router.post(`${base}/send`, async (req, res) => {
      const found = accountOf(req, res);
      if (!found) return;
      await orRefusal(
        async () => {
          await sendRecoveryCode(state, found.account, purpose, field(req, 'factor'));
          res.redirect(`${path}/verify`);
        },
        (refusal, status) => codePage(req, res, status, found.account, { step: 'choose', error: refusal.message }),
      );
    });

    // POST {path}/verify — Verify: unlocks the account, or lets the new password be set.
    router.post(`${base}/verify`, async (req, res) => {
      const found = accountOf(req, res);
      if (!found) return;
      await orRefusal(
        async () => {
          await verifyRecoveryCode(state, found.account, purpose, field(req, 'code'));
          if (purpose === 'unlock') {
            saveWizard(req, undefined);
            setNotice(req, 'success', RECOVERY_MESSAGES.unlocked);
            return res.redirect('/idm/');
          }
          saveWizard(req, { ...found.wizard, verified: true });
          res.redirect(`${path}/new-password`);
        },
        (refusal, status) => codePage(req, res, status, found.account, { error: refusal.message }),
      );
    });

    if (purpose !== 'reset-password') continue;

    const newPasswordPage = (res: Response, status: number, locals: Record<string, unknown> = {}) => page(res, status, { step: 'new-password', passwordRules: PASSWORD_RULES, ...locals });

    // GET /idm/forgot-password/new-password — the new password, once the code was right.
    router.get(`${base}/new-password`, (req, res) => {
      const found = accountOf(req, res);
      if (!found) return;
      if (!found.wizard.verified) return res.redirect(`${path}/verify`);
      newPasswordPage(res, 200);
    });

    // POST /idm/forgot-password/new-password — Reset Password: every rule the password breaks is named.
    router.post(`${base}/new-password`, async (req, res) => {
      const found = accountOf(req, res);
      if (!found) return;
      if (!found.wizard.verified) return res.redirect(`${path}/verify`);
      const password = field(req, 'password');
      const confirmation = field(req, 'confirmPassword');
      const problems = newPasswordProblems(found.account, password, confirmation);
      if (hasProblems(problems)) return newPasswordPage(res, 400, { problems, errors: [...problems.password, ...problems.confirmation] });
      await orRefusal(
        async () => {
          await resetForgottenPassword(state, found.account, password, confirmation);
          saveWizard(req, undefined);
          setNotice(req, 'success', PASSWORD_CHANGE_MESSAGES.reset);
          res.redirect('/idm/');
        },
        (refusal, status) => newPasswordPage(res, status, { errors: [refusal.message] }),
      );
    });
  }

  return router;
}
