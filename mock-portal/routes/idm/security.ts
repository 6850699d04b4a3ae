import type { RequestHandler, Router } from 'express';
import { PASSWORD_CHANGE_MESSAGES, changePasswordFromForm } from '../../domain/accounts/passwords.ts';
import type { Refusal } from '../../domain/errors.ts';
import { deliveryText } from '../../domain/mfa/challenges.ts';
import {
  FACTOR_LABELS, FACTOR_MESSAGES, addableTypes, cancelEnrolment, confirmEnrolment, enrolmentInProgress, factorName, factorsOf, isFactorType, removeFactor, startEnrolment,
} from '../../domain/mfa/factors.ts';
import { totpUri } from '../../domain/mfa/totp.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { PASSWORD_RULES } from '../../domain/passwords.ts';
import { get, post, routeTable, type Ctx, type Page } from '../../http/adapter.ts';

const passwordWindow = (locals: Record<string, unknown> = {}): Page => ({ view: 'idm/change-password.njk', locals: { passwordRules: PASSWORD_RULES, ...locals } });

/**
 * My Profile's security windows, always the signed-in person's own: Change Password (rules 4–7 and 6, none of the
 * last 6) and Manage MFA and Recovery Devices (rule 9: add one device at a time, proven by its code; remove one).
 * [DOC IDMUG, IDFAQ; window names INF] Mounted at /idm/profile beside the contact windows.
 */
export function securityRoutes(state: MockState, idmUser: readonly RequestHandler[]): Router {
  const devicesWindow = ({ account }: Ctx, locals: Record<string, unknown> = {}): Page => ({
    view: 'idm/mfa-devices.njk',
    locals: {
      factors: factorsOf(account).map((f) => ({ type: f.type, label: FACTOR_LABELS[f.type], name: factorName(account, f) })),
      addable: addableTypes(account).map((t) => ({ value: t, label: FACTOR_LABELS[t] })),
      ...locals,
    },
  });

  const setUpWindow = ({ account }: Ctx, type: string, locals: Record<string, unknown> = {}): Page => {
    const enrolling = enrolmentInProgress(state, account);
    const showing = enrolling?.type === type ? enrolling : undefined;
    return {
      view: 'idm/mfa-set-up.njk',
      locals: {
        type,
        label: isFactorType(type) ? FACTOR_LABELS[type] : type,
        phone: account.phone,
        enrolling: showing,
        delivery: showing ? deliveryText(account, showing) : '',
        uri: showing?.secret ? totpUri(showing.secret, account.userId) : '',
        ...locals,
      },
    };
  };
  const refusedDevice = (ctx: Ctx, refusal: Refusal): Page => devicesWindow(ctx, { error: refusal.message });

  return routeTable(state, [
    // GET /idm/profile/password — the Change Password window.
    get('/password', idmUser, () => passwordWindow()),
    // POST /idm/profile/password — Change Password: the current password, then every rule the new one breaks.
    post('/password', idmUser, ({ account, form }: Ctx) => changePasswordFromForm(state, account, form), {
      done: () => passwordWindow({ changed: PASSWORD_CHANGE_MESSAGES.changed }),
      refused: (_ctx, refusal) => passwordWindow({ problems: refusal.problems, errors: refusal.messages }),
    }),

    // GET /idm/profile/mfa — Manage MFA and Recovery Devices: the person's factors, Remove, Add another device.
    get('/mfa', idmUser, (ctx) => devicesWindow(ctx)),
    // POST /idm/profile/mfa/remove — Remove: one factor, never the last.
    post('/mfa/remove', idmUser, ({ account, form }: Ctx) => removeFactor(account, form.text('type')), {
      done: (removed) => ({ redirect: '/idm/profile/mfa', notice: { kind: 'success', text: FACTOR_MESSAGES.removed(FACTOR_LABELS[removed.type]) } }),
      refused: refusedDevice,
      shows: 'all',
    }),

    // GET /idm/profile/mfa/add?type=… — Add another device: the chosen device's set-up window. A set-up left
    // half-way is dropped (its code is short-lived and never kept on disk).
    get('/mfa/add', idmUser, (ctx) => {
      const type = ctx.query('type');
      if (!isFactorType(type)) return { ...devicesWindow(ctx, { error: FACTOR_MESSAGES.unknownType }), status: 400 };
      if (!addableTypes(ctx.account).includes(type)) return { ...devicesWindow(ctx, { error: FACTOR_MESSAGES.alreadyHas(type) }), status: 409 };
      cancelEnrolment(state, ctx.account);
      return setUpWindow(ctx, type);
    }),
    // POST /idm/profile/mfa/add — Next: the code goes to the phone or e-mail, or the app's secret is shown.
    post('/mfa/add', idmUser, ({ account, form }: Ctx) => startEnrolment(state, account, form.text('type'), form.text('phone')), {
      done: (_started, ctx) => setUpWindow(ctx, ctx.form.text('type')),
      refused: (ctx, refusal) => {
        const type = ctx.form.text('type');
        return isFactorType(type) ? setUpWindow(ctx, type, { error: refusal.message, phone: ctx.form.text('phone') }) : refusedDevice(ctx, refusal);
      },
      shows: 'all',
    }),

    // POST /idm/profile/mfa/verify — Verify: the device's code proves it works; then it is added.
    post('/mfa/verify', idmUser, ({ account, form }: Ctx) => confirmEnrolment(state, account, form.text('code')), {
      done: (added) => ({ redirect: '/idm/profile/mfa', notice: { kind: 'success', text: FACTOR_MESSAGES.added(FACTOR_LABELS[added.type]) } }),
      refused: (ctx, refusal) => {
        const enrolling = enrolmentInProgress(state, ctx.account);
        return enrolling ? setUpWindow(ctx, enrolling.type, { error: refusal.message }) : refusedDevice(ctx, refusal);
      },
      shows: 'all',
    }),
  ]);
}
