import { Router, type Response } from 'express';
import { PASSWORD_CHANGE_MESSAGES, changeOwnPassword, hasProblems, newPasswordProblems } from '../../domain/accounts/passwords.ts';
import { deliveryText } from '../../domain/mfa/challenges.ts';
import {
  FACTOR_LABELS,
  FACTOR_MESSAGES,
  addableTypes,
  cancelEnrolment,
  confirmEnrolment,
  enrolmentInProgress,
  factorName,
  factorsOf,
  isFactorType,
  removeFactor,
  startEnrolment,
} from '../../domain/mfa/factors.ts';
import { totpUri } from '../../domain/mfa/totp.ts';
import type { MockState } from '../../domain/mock-state';
import { PASSWORD_RULES } from '../../domain/passwords.ts';
import { currentAccount, setNotice } from '../../http/session.ts';
import { field, orRefusal, render } from './shared.ts';

/**
 * My Profile's security windows, always the signed-in person's own: Change Password (rules 4–7 and 6, none of the
 * last 6) and Manage MFA and Recovery Devices (rule 9: add one device at a time, proven by its code; remove one).
 * [DOC IDMUG, IDFAQ; window names INF] Mounted at /idm/profile beside the contact windows.
 */
export function securityRoutes(state: MockState): Router {
  const router = Router();

  const passwordWindow = (res: Response, status: number, locals: Record<string, unknown> = {}) =>
    render(res, status, 'idm/change-password.njk', { passwordRules: PASSWORD_RULES, ...locals });

  // GET /idm/profile/password — the Change Password window.
  router.get('/password', (_req, res) => passwordWindow(res, 200));

  // POST /idm/profile/password — Change Password: the current password, then every rule the new one breaks.
  router.post('/password', async (req, res) => {
    const account = currentAccount(res);
    const current = field(req, 'currentPassword');
    const password = field(req, 'password');
    const confirmation = field(req, 'confirmPassword');
    const problems = { current: current ? [] : [PASSWORD_CHANGE_MESSAGES.currentMissing], ...newPasswordProblems(account, password, confirmation) };
    if (hasProblems(problems)) return passwordWindow(res, 400, { problems, errors: Object.values(problems).flat() });
    await orRefusal(
      async () => {
        await changeOwnPassword(state, account, current, password, confirmation);
        passwordWindow(res, 200, { changed: PASSWORD_CHANGE_MESSAGES.changed });
      },
      (refusal, status) => passwordWindow(res, status, { problems: refusal.field ? { [refusal.field]: [refusal.message] } : {}, errors: [refusal.message] }),
    );
  });

  const devicesWindow = (res: Response, status: number, locals: Record<string, unknown> = {}) => {
    const account = currentAccount(res);
    render(res, status, 'idm/mfa-devices.njk', {
      factors: factorsOf(account).map((f) => ({ type: f.type, label: FACTOR_LABELS[f.type], name: factorName(account, f) })),
      addable: addableTypes(account).map((t) => ({ value: t, label: FACTOR_LABELS[t] })),
      ...locals,
    });
  };

  // GET /idm/profile/mfa — Manage MFA and Recovery Devices: the person's factors, Remove, Add another device.
  router.get('/mfa', (_req, res) => devicesWindow(res, 200));

  // POST /idm/profile/mfa/remove — Remove: one factor, never the last.
  router.post('/mfa/remove', async (req, res) => {
    const account = currentAccount(res);
    await orRefusal(
      async () => {
        const removed = removeFactor(account, field(req, 'type'));
        setNotice(req, 'success', FACTOR_MESSAGES.removed(FACTOR_LABELS[removed.type]));
        res.redirect('/idm/profile/mfa');
      },
      (refusal, status) => devicesWindow(res, status, { error: refusal.message }),
    );
  });

  const setUpWindow = (res: Response, status: number, type: string, locals: Record<string, unknown> = {}) => {
    const account = currentAccount(res);
    const enrolling = enrolmentInProgress(state, account);
    const showing = enrolling?.type === type ? enrolling : undefined;
    render(res, status, 'idm/mfa-set-up.njk', {
      type,
      label: isFactorType(type) ? FACTOR_LABELS[type] : type,
      phone: account.phone,
      enrolling: showing,
      delivery: showing ? deliveryText(account, showing) : '',
      uri: showing?.secret ? totpUri(showing.secret, account.userId) : '',
      ...locals,
    });
  };

  // GET /idm/profile/mfa/add?type=… — Add another device: the chosen device's set-up window.
  router.get('/mfa/add', (req, res) => {
    const type = typeof req.query.type === 'string' ? req.query.type : '';
    if (!isFactorType(type)) return devicesWindow(res, 400, { error: FACTOR_MESSAGES.unknownType });
    if (!addableTypes(currentAccount(res)).includes(type)) return devicesWindow(res, 409, { error: FACTOR_MESSAGES.alreadyHas(type) });
    cancelEnrolment(state, currentAccount(res));
    setUpWindow(res, 200, type);
  });

  // POST /idm/profile/mfa/add — Next: the code goes to the phone or e-mail, or the app's secret is shown.
  router.post('/mfa/add', async (req, res) => {
    const type = field(req, 'type');
    await orRefusal(
      async () => {
        await startEnrolment(state, currentAccount(res), type, field(req, 'phone'));
        setUpWindow(res, 200, type);
      },
      (refusal, status) => (isFactorType(type) ? setUpWindow(res, status, type, { error: refusal.message, phone: field(req, 'phone') }) : devicesWindow(res, status, { error: refusal.message })),
    );
  });

  // POST /idm/profile/mfa/verify — Verify: the device's code proves it works; then it is added.
  router.post('/mfa/verify', async (req, res) => {
    const account = currentAccount(res);
    const enrolling = enrolmentInProgress(state, account);
    await orRefusal(
      async () => {
        const added = confirmEnrolment(state, account, field(req, 'code'));
        setNotice(req, 'success', FACTOR_MESSAGES.added(FACTOR_LABELS[added.type]));
        res.redirect('/idm/profile/mfa');
      },
      (refusal, status) => (enrolling && enrolmentInProgress(state, account) ? setUpWindow(res, status, enrolling.type, { error: refusal.message }) : devicesWindow(res, status, { error: refusal.message })),
    );
  });

  return router;
}
