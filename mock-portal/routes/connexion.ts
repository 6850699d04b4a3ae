import type { Router } from 'express';
import { config } from '../config.ts';
import { bidderNumbersOf, connexionRoleOf, admitToConnexion } from '../domain/connexion/access.ts';
import { DOCUMENT_TYPES, BID_SURETY_BOND, documentTypesFor } from '../domain/connexion/documents.ts';
import { CBAS } from '../domain/program/round-2021.ts';
import { UPLOAD_MESSAGES, type UploadFields } from '../domain/connexion/upload-rules.ts';
import { RESULT_MESSAGES, organizationUploads, ownUpload, uploadDocument, uploadFieldsOf } from '../domain/connexion/uploads.ts';
import { formatEastern } from '../domain/clock.ts';
import type { Refusal } from '../domain/errors.ts';
import type { MockState } from '../domain/mock-state.ts';
import type { Account } from '../domain/types.ts';
import { MAX_UPLOAD_LABEL } from '../domain/pdf-files/limits.ts';
import { get, post, routeTable, type Ctx, type Page } from '../http/adapter.ts';
import { signInRoutes } from '../http/sign-in-routes.ts';
import { connexionGuard } from './connexion/guard.ts';

const LAST_UPLOAD = 'connexionUpload';

/** The Upload a Document form, with what was sent and what was wrong when it comes back refused. */
function uploadForm(state: MockState, account: Account, values: Partial<UploadFields>, refusal?: Refusal): Page {
  const types = documentTypesFor(account);
  return {
    view: 'connexion/upload.njk',
    locals: {
      bidCycle: config.connexion.bidCycle,
      bidderNumbers: bidderNumbersOf(state, account).map((n) => ({ value: n, label: n })),
      documentTypes: types.map((t) => ({ value: t, label: t })),
      descriptionGroups: types.map((type) => ({ type, descriptions: DOCUMENT_TYPES[type] ?? [] })),
      cbas: CBAS.map((c) => ({ value: c.id, label: `${c.name} (${c.id})` })),
      bondType: BID_SURETY_BOND,
      maxSize: MAX_UPLOAD_LABEL,
      noBidderNumbers: UPLOAD_MESSAGES.noBidderNumbers,
      tryAgain: RESULT_MESSAGES.tryAgain,
      failureHeading: RESULT_MESSAGES.failure,
      nicknameMax: config.connexion.nicknameMaxLength,
      values,
      errors: refusal?.problems ?? {},
      errorList: refusal?.messages ?? [],
      failed: !!refusal,
    },
  };
}

const organizationOf = (account: Account) => connexionRoleOf(account)?.organizationId ?? account.organizationId;

/** Connexion (seeds 002, 004): log in with IDM credentials, the dashboard, Upload a Document and My Upload History. */
export function connexionRoutes(state: MockState): Router {
  const router = signInRoutes(state, {
    system: 'connexion',
    systemName: 'Connexion',
    base: '/connexion',
    signInView: 'connexion/log-in.njk',
    verifyView: 'connexion/verify.njk',
    home: '/connexion/dashboard',
    requireTerms: false,
    admit: (p, userId) => void admitToConnexion(p, userId),
  });
  const connexionUser = connexionGuard(state);

  router.use(routeTable(state, [
    // GET /connexion/dashboard — the dashboard: Document Center and My To-Do List; a person with a Connexion role.
    get('/dashboard', connexionUser, ({ account }) => ({
      view: 'connexion/dashboard.njk',
      locals: { bidCycle: config.connexion.bidCycle, uploadCount: organizationUploads(state, organizationOf(account)).length, organization: state.organizations.get(connexionRoleOf(account)?.organizationId ?? '') },
    })),

    // GET /connexion/documents/upload — the Upload a Document form.
    get('/documents/upload', connexionUser, ({ account }) => uploadForm(state, account, { bidCycle: config.connexion.bidCycle })),

    // POST /connexion/documents/upload — multipart (CSRF token in the query): every rule, then the file is kept. [DOC S4 steps 6–13]
    post('/documents/upload', connexionUser, ({ account, form, file }: Ctx) => uploadDocument(state, account, form, file), {
      body: 'upload',
      done: (upload, { req }) => {
        req.session.wizards = { ...req.session.wizards, [LAST_UPLOAD]: upload.id };
        return { redirect: '/connexion/documents/upload/complete' };
      },
      refused: ({ account, form }, refusal) => uploadForm(state, account, uploadFieldsOf(form), refusal),
    }),

    // GET /connexion/documents/upload/complete — the message after an upload; only the uploader's own last upload.
    get('/documents/upload/complete', connexionUser, ({ account, req }) => {
      const id = req.session.wizards?.[LAST_UPLOAD];
      const upload = typeof id === 'string' ? ownUpload(state, account.userId, id) : undefined;
      if (!upload) return { redirect: '/connexion/documents/upload' };
      return { view: 'connexion/upload-complete.njk', locals: { upload, message: RESULT_MESSAGES.success, uploadedAt: formatEastern(upload.uploadedAt) } };
    }),

    // GET /connexion/documents/history — My Upload History: the uploads of the signed-in person's organization.
    get('/documents/history', connexionUser, ({ account }) => ({
      view: 'connexion/history.njk',
      locals: { uploads: organizationUploads(state, organizationOf(account)).map((u) => ({ ...u, when: formatEastern(u.uploadedAt) })), scope: RESULT_MESSAGES.historyScope },
    })),

    // GET /connexion/help — Connexion Help; a signed-in person.
    get('/help', connexionUser, () => ({ view: 'connexion/help.njk' })),
  ]));
  return router;
}
