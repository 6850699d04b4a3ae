import type { RequestHandler, Router } from 'express';
import { EVIDENCE_FIELDS } from '../../domain/identity.ts';
import type { Refusal } from '../../domain/errors.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { MFA_MESSAGES } from '../../domain/enterprise-portal/mfa.ts';
import {
  answerIdentityQuestions, answerMfaOffer, beginRequest, chooseRole, dueStep, evidenceValuesOf, saveReviewEdit, submitIdentityInformation, submitWizard, takePtan,
  type RequestWizard,
} from '../../domain/enterprise-portal/request-wizard.ts';
import { identityTermsAgreed } from '../../domain/enterprise-portal/identity-terms.ts';
import { APPLICATION_LABELS, ROLE_LABELS } from '../../domain/types.ts';
import { get, post, routeTable, withError, type Answer, type Ctx, type Page, type Redirect } from '../../http/adapter.ts';
import { appsPage } from './access.ts';
import { ROLE_OPTIONS } from './view-data.ts';
import { atPage, clearWizard, pathOf, saveWizard, wizardOf } from './wizard-session.ts';

const labels = (wizard: RequestWizard) => ({ label: APPLICATION_LABELS[wizard.application], roleLabel: wizard.role ? ROLE_LABELS[wizard.role] : '' });

/** Keeps the wizard and goes to the step due next. */
const next = (ctx: Ctx, wizard: RequestWizard, notice?: Redirect['notice']): Answer => {
  saveWizard(ctx.req, wizard);
  return { redirect: pathOf(dueStep(ctx.account, wizard)), ...(notice ? { notice } : {}) };
};

const rolePage = (wizard: RequestWizard, refusal?: Refusal): Page => ({
  view: 'enterprise-portal/request-role.njk',
  locals: { ...labels(wizard), role: refusal ? undefined : wizard.role, roleOptions: ROLE_OPTIONS, ...(refusal ? { roleError: refusal.message, error: refusal.message } : {}) },
});

const identityPage = (locals: Record<string, unknown> = {}): Page => ({
  view: 'enterprise-portal/identity-terms.njk', locals: { fields: EVIDENCE_FIELDS, values: {}, errors: {}, ...locals },
});

function refusedIdentity({ form }: Ctx, refusal: Refusal): Page {
  const values = evidenceValuesOf(form);
  if (refusal.kind !== 'invalid') return identityPage({ values, agreed: true, error: refusal.message });
  const { agree: agreeError = '', ...errors } = refusal.problems;
  return identityPage({ values, errors, agreeError, agreed: identityTermsAgreed(form.text('agree')), error: refusal.message });
}

const questionsPage = (locals: Record<string, unknown>): Page => ({ view: 'enterprise-portal/identity-questions.njk', locals });

function refusedQuestions(ctx: Ctx, refusal: Refusal): Page {
  if (refusal.kind === 'invalid' || refusal.kind === 'unavailable') return questionsPage({ questions: wizardOf(ctx).proofing?.questions ?? [], error: refusal.message });
  clearWizard(ctx.req);
  return questionsPage({ questions: [], failed: true, error: refusal.message });
}

const accessPage = (wizard: RequestWizard, locals: Record<string, unknown> = {}): Page => ({
  view: 'enterprise-portal/request-access.njk', locals: { ...labels(wizard), role: wizard.role, ptan: wizard.ptan ?? '', ...locals },
});

const reviewPage = (wizard: RequestWizard, locals: Record<string, unknown> = {}): Page => ({
  view: 'enterprise-portal/request-review.njk',
  locals: { ...labels(wizard), role: wizard.role, ptan: wizard.ptan, organization: wizard.organizationName, roleOptions: ROLE_OPTIONS, ...locals },
});

const ptanRefusal = (refusal: Refusal) => ({ error: refusal.message, ptanError: refusal.field === 'ptan' ? refusal.message : '' });

/** Requesting a New Role (seed 000 steps 6–12): the wizard of domain/enterprise-portal/request-wizard.ts, page by page. */
export function requestRoleRoutes(state: MockState, signedIn: RequestHandler): Router {
  return routeTable(state, [
    // POST /portal/request — Request Access in the Access Catalog; a signed-in person.
    post('/', signedIn, ({ account, form }: Ctx) => beginRequest(state, account, form), {
      done: (wizard, ctx) => next(ctx, wizard),
      refused: ({ account }, refusal) => withError({ view: 'enterprise-portal/apps.njk', locals: appsPage(state, account) }, refusal),
      shows: 'all',
    }),

    // GET /portal/request/role — select the new role (AO, BAO or EU).
    get('/role', [signedIn, atPage('role')], (ctx) => rolePage(wizardOf(ctx))),
    // POST /portal/request/role — Next.
    post('/role', [signedIn, atPage('role')], (ctx: Ctx) => chooseRole(wizardOf(ctx), ctx.form), {
      done: (wizard, ctx) => next(ctx, wizard),
      refused: (ctx, refusal) => rolePage(wizardOf(ctx), refusal),
    }),

    // GET /portal/request/identity — Identity Verification: terms and personal information; first request only.
    get('/identity', [signedIn, atPage('identity')], () => identityPage()),
    // POST /portal/request/identity — Next: terms agreed, information complete, then the questions.
    post('/identity', [signedIn, atPage('identity')], (ctx: Ctx) => submitIdentityInformation(state, ctx.account, wizardOf(ctx), ctx.form), {
      done: (wizard, { req }) => {
        saveWizard(req, wizard);
        return { redirect: pathOf('identity-questions') };
      },
      refused: refusedIdentity,
      shows: 'all',
    }),

    // GET /portal/request/identity/questions — the series of questions.
    get('/identity/questions', [signedIn, atPage('identity-questions')], (ctx) => questionsPage({ questions: wizardOf(ctx).proofing?.questions ?? [] })),
    // POST /portal/request/identity/questions — Verify: a verified person is never asked again; a failure ends the request.
    post('/identity/questions', [signedIn, atPage('identity-questions')], (ctx: Ctx) => answerIdentityQuestions(state, ctx.account, wizardOf(ctx), ctx.form), {
      done: (wizard, ctx) => next(ctx, wizard),
      refused: refusedQuestions,
      shows: 'all',
    }),

    // GET /portal/request/mfa — the MFA offer, made once.
    get('/mfa', [signedIn, atPage('mfa')], () => ({ view: 'enterprise-portal/mfa.njk' })),
    // POST /portal/request/mfa — Add MFA, Skip MFA or Cancel.
    post('/mfa', [signedIn, atPage('mfa')], ({ account, form }: Ctx) => answerMfaOffer(account, form), {
      done: (choice, ctx) => {
        if (choice !== 'cancel') return next(ctx, wizardOf(ctx), { kind: 'success', text: choice === 'add' ? MFA_MESSAGES.added(ctx.account.email) : MFA_MESSAGES.skipped });
        clearWizard(ctx.req);
        return { redirect: '/portal/welcome', notice: { kind: 'info', text: MFA_MESSAGES.cancelled } };
      },
      refused: (_ctx, refusal) => withError({ view: 'enterprise-portal/mfa.njk' }, refusal),
    }),

    // GET /portal/request/access — Request New Application Access: the PTAN.
    get('/access', [signedIn, atPage('access')], (ctx) => accessPage(wizardOf(ctx))),
    // POST /portal/request/access — Next: the PTAN must pass the PECOS checks.
    post('/access', [signedIn, atPage('access')], (ctx: Ctx) => takePtan(state, ctx.account, wizardOf(ctx), ctx.form.text('ptan').trim()), {
      done: (wizard, { req }) => {
        saveWizard(req, wizard);
        return { redirect: pathOf('review') };
      },
      refused: (ctx, refusal) => accessPage(wizardOf(ctx), { ptan: ctx.form.text('ptan').trim(), ...ptanRefusal(refusal) }),
      shows: 'all',
    }),

    // GET /portal/request/review — Request New Application Access Review; ?edit=yes makes it editable (Edit).
    get('/review', [signedIn, atPage('review')], (ctx) => reviewPage(wizardOf(ctx), { editing: ctx.query('edit') === 'yes' })),
    // POST /portal/request/review — Save after Edit: the corrected role and PTAN, checked again.
    post('/review', [signedIn, atPage('review')], (ctx: Ctx) => saveReviewEdit(state, ctx.account, wizardOf(ctx), ctx.form), {
      done: (wizard, { req }) => {
        saveWizard(req, wizard);
        return { redirect: pathOf('review'), notice: { kind: 'success', text: 'Your changes were saved. Check the information, then click Submit.' } };
      },
      refused: (ctx, refusal) => {
        const ptan = ctx.form.text('ptan').trim();
        if (refusal.field === 'role') return reviewPage(wizardOf(ctx), { editing: true, ptan, error: refusal.message, roleError: refusal.message });
        return reviewPage(wizardOf(ctx), { editing: true, role: ctx.form.text('role'), ptan, ...ptanRefusal(refusal) });
      },
      shows: 'all',
    }),

    // POST /portal/request/submit — Submit: every rule again, then the tracking number and the verification e-mail.
    post('/submit', [signedIn, atPage('review')], (ctx: Ctx) => submitWizard(state, ctx.account, wizardOf(ctx)), {
      done: (wizard, { req }) => {
        saveWizard(req, wizard);
        return { redirect: pathOf('acknowledgement') };
      },
      refused: (ctx, refusal) => reviewPage(wizardOf(ctx), { error: refusal.message }),
      shows: 'all',
    }),

    // GET /portal/request/acknowledgement — Request New Application Access Acknowledgement with the tracking number.
    get('/acknowledgement', [signedIn, atPage('acknowledgement')], (ctx) => {
      const wizard = wizardOf(ctx);
      return { view: 'enterprise-portal/request-acknowledgement.njk', locals: { ...labels(wizard), done: wizard.done } };
    }),
  ]);
}
