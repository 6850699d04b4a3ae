import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { Refusal } from '../../domain/errors.ts';
import { EVIDENCE_FIELDS, IDENTITY_MESSAGES, checkPhoneProofing } from '../../domain/identity.ts';
import { aoFirstMessage, waitsForAo } from '../../domain/ao-first.ts';
import { IDM_ROLE_MESSAGES, ownRequest } from '../../domain/idm-roles.ts';
import {
  answerProofingQuestions, evidenceOf, startRoleRequest, submitEvidence, submitRoleWizard, windowRedirect, type RoleWizard, type RoleWizardWindow,
} from '../../domain/idm-role-wizard.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { APPLICATIONS, APPLICATION_LABELS, ROLE_LABELS, ROLE_NAMES } from '../../domain/types.ts';
import { get, post, routeTable, type Ctx, type Page } from '../../http/adapter.ts';
import { currentAccount } from '../../http/session.ts';
import { attributesRow, attributesWindow } from './attributes.ts';
import { getWizard, setWizard } from './shared.ts';

const PATHS: Record<RoleWizardWindow, string> = {
  start: '/idm/role-request', identity: '/idm/role-request/identity', questions: '/idm/role-request/questions',
  attributes: '/idm/role-request/attributes', reason: '/idm/role-request/reason',
};

/** Who may open a window of the wizard: a person whose wizard has reached it (domain/idm-role-wizard.ts). */
function atWindow(window: RoleWizardWindow) {
  return (req: Request, res: Response, next: NextFunction) => {
    const elsewhere = windowRedirect(currentAccount(res), getWizard(req), window);
    if (elsewhere) return res.redirect(PATHS[elsewhere]);
    next();
  };
}

/** The wizard of a window that passed `atWindow`. */
function wizardOf({ req }: Ctx): RoleWizard {
  const wizard = getWizard(req);
  if (!wizard) throw new Error('a Role Request window without its atWindow guard');
  return wizard;
}

const firstWindow = ({ account, form }: Ctx, locals: Record<string, unknown> = {}): Page => ({
  view: 'idm/role-request.njk',
  locals: {
    applications: APPLICATIONS.map((a) => ({ value: a, label: APPLICATION_LABELS[a] })),
    roles: ROLE_NAMES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
    verified: account.identityVerified,
    selectedApplication: form.text('application'),
    selectedRole: form.text('role'),
    ...locals,
  },
});

const identityWindow = ({ account }: Ctx, locals: Record<string, unknown> = {}): Page => ({
  view: 'idm/identity.njk',
  locals: { evidenceFields: EVIDENCE_FIELDS, values: { firstName: account.firstName, lastName: account.lastName, email: account.email, phone: account.phone }, ...locals },
});

/** A refusal of a whole form (field by field) or of the request (one message). */
const isFieldCheck = (refusal: Refusal) => refusal.field === undefined && Object.keys(refusal.problems).length > 0;

function refusedQuestions(ctx: Ctx, refusal: Refusal): Page {
  const questions = wizardOf(ctx).proofing?.questions ?? [];
  if (refusal.kind === 'invalid' || refusal.kind === 'unavailable') {
    return { view: 'idm/questions.njk', locals: { questions, answers: Object.fromEntries(questions.map((q) => [q.id, ctx.form.text(q.id)])), error: refusal.message } };
  }
  // The wizard stays, without its questions: once Experian verifies the person by phone, the request goes on (rule 14).
  const { proofing: _asked, ...rest } = wizardOf(ctx);
  setWizard(ctx.req, rest);
  return { view: 'idm/proofing-failed.njk', locals: { error: refusal.message, phoneProofing: ctx.account.phoneProofing } };
}

/**
 * The Role Request window (seed 001 "How to Request a New Role"), window by window. The Add Role window joins at
 * the Reason for Request. Mounted at /idm/role-request, signed-in only.
 */
export function roleRequestRoutes(state: MockState, idmUser: readonly RequestHandler[]): Router {
  return routeTable(state, [
    // GET /idm/role-request — the Role Request window: Select an Application, Select a Role, RIDP terms (once per person), Next.
    get('/', idmUser, (ctx) => {
      setWizard(ctx.req, undefined);
      return firstWindow(ctx, { selectedApplication: undefined, selectedRole: undefined });
    }),
    // POST /idm/role-request/start — Next: the choices and the terms box, then the Identity Verification form or the attribute menu.
    post('/start', idmUser, ({ account, form }: Ctx) => startRoleRequest(state, account, form), {
      done: (wizard, ctx) => {
        setWizard(ctx.req, wizard);
        return { redirect: PATHS[ctx.account.identityVerified ? 'attributes' : 'identity'] };
      },
      refused: (ctx, refusal) => firstWindow(ctx, isFieldCheck(refusal) ? { errors: refusal.problems } : { error: refusal.message }),
      shows: 'all',
    }),

    // GET /idm/role-request/identity — the Identity Verification form.
    get('/identity', [...idmUser, atWindow('identity')], (ctx) => identityWindow(ctx)),
    // POST /idm/role-request/identity — Next: the evidence goes to the identity service, which answers with questions.
    post('/identity', [...idmUser, atWindow('identity')], (ctx: Ctx) => submitEvidence(state, ctx.account, wizardOf(ctx), ctx.form), {
      done: (wizard, { req }) => {
        setWizard(req, wizard);
        return { redirect: PATHS.questions };
      },
      refused: (ctx, refusal) => {
        const values = evidenceOf(ctx.form);
        return identityWindow(ctx, isFieldCheck(refusal) ? { values, problems: refusal.problems, errors: refusal.messages } : { values, error: refusal.message });
      },
      shows: 'all',
    }),

    // GET /idm/role-request/questions — the RIDP proofing questions.
    get('/questions', [...idmUser, atWindow('questions')], (ctx) => ({ view: 'idm/questions.njk', locals: { questions: wizardOf(ctx).proofing?.questions ?? [] } })),
    // POST /idm/role-request/questions — Verify: a verified person is never asked again; a failed one gets no role and is told what to do.
    post('/questions', [...idmUser, atWindow('questions')], (ctx: Ctx) => answerProofingQuestions(state, ctx.account, wizardOf(ctx), ctx.form), {
      done: (wizard, { req }) => {
        setWizard(req, wizard);
        return { redirect: PATHS.attributes };
      },
      refused: refusedQuestions,
      shows: 'all',
    }),

    // POST /idm/role-request/phone-proofing — Check Phone Proofing: after the call to Experian, verified (on to the
    // attribute menu), not yet, or failed (the help desk). [rule 14]
    post('/phone-proofing', idmUser, ({ account }: Ctx) => checkPhoneProofing(state, account), {
      done: (_none, { req }) => ({
        redirect: getWizard(req)?.kind === 'new-role' ? PATHS.attributes : PATHS.start,
        notice: { kind: 'success', text: IDENTITY_MESSAGES.phoneVerified },
      }),
      refused: ({ account }, refusal) => ({ view: 'idm/proofing-failed.njk', locals: { error: refusal.message, phoneProofing: account.phoneProofing } }),
      shows: 'all',
    }),

    // GET /idm/role-request/attributes — the attribute menu (identity verified).
    get('/attributes', [...idmUser, atWindow('attributes')], (ctx) => attributesWindow(state, ctx, wizardOf(ctx), { alreadyVerified: IDENTITY_MESSAGES.alreadyVerified })),
    // POST /idm/role-request/attributes — Search, or Review Request (→ the Reason for Request dialog box).
    attributesRow(state, '/attributes', [...idmUser, atWindow('attributes')], wizardOf),

    // GET /idm/role-request/reason — the request reviewed, with the Reason for Request dialog box.
    get('/reason', [...idmUser, atWindow('reason')], (ctx) => ({ view: 'idm/reason.njk', locals: { wizard: wizardOf(ctx) } })),
    // POST /idm/role-request/submit — Submit Role Request: every rule is checked again, then a Request ID.
    post('/submit', [...idmUser, atWindow('reason')], (ctx: Ctx) => submitRoleWizard(state, ctx.account, wizardOf(ctx), ctx.form), {
      done: (request, { req }) => {
        setWizard(req, undefined);
        return { redirect: `/idm/role-request/submitted/${request.id}` };
      },
      refused: (ctx, refusal) => ({
        view: 'idm/reason.njk',
        locals: { wizard: wizardOf(ctx), error: refusal.message, errorField: refusal.field, justification: ctx.form.text('justification') },
      }),
      shows: 'all',
    }),

    // GET /idm/role-request/submitted/:id — the Role Request window with the Request ID and the message.
    // A BAO or EU request of an organization with no approved AO says the AO must register first (rule 19).
    get('/submitted/:id', idmUser, ({ account, param }) => {
      const request = ownRequest(state, account, param('id'));
      const aoFirst = request.status === 'pending' && waitsForAo(state, request) ? aoFirstMessage(state, request) : '';
      return { view: 'idm/request-submitted.njk', locals: { windowTitle: 'Role Request', request, message: IDM_ROLE_MESSAGES.submitted, aoFirst } };
    }),
  ]);
}
