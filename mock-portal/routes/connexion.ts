import { Router, type Request, type Response } from 'express';
import { rm } from 'node:fs/promises';
import { config } from '../config.ts';
import { bidderNumbersOf, connexionRoleOf, admitToConnexion } from '../domain/connexion/access.ts';
import { DOCUMENT_TYPES, BID_SURETY_BOND, documentTypesFor } from '../domain/connexion/documents.ts';
import { CBAS } from '../domain/program/round-2021.ts';
import { UPLOAD_MESSAGES, checkUpload, type UploadField, type UploadFields } from '../domain/connexion/upload-rules.ts';
import { RESULT_MESSAGES, incomingPath, ownUpload, storeUpload, organizationUploads } from '../domain/connexion/uploads.ts';
import { formatEastern } from '../domain/clock.ts';
import { Refusal } from '../domain/errors.ts';
import type { MockState } from '../domain/mock-state.ts';
import { MAX_UPLOAD_LABEL } from '../domain/pdf-files/limits.ts';
import { currentAccount } from '../http/session.ts';
import { signInRoutes } from '../http/sign-in-routes.ts';
import { parseUploadForm } from '../http/upload-form.ts';
import { connexionGuard } from './connexion/guard.ts';

const FIELD_NAMES: readonly (keyof UploadFields)[] = ['bidCycle', 'bidderNumber', 'documentType', 'description', 'cba', 'nickname', 'certification'];
const WIZARD = 'connexionUpload';

function fieldsOf(raw: Record<string, string>): UploadFields {
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, raw[name] ?? ''])) as unknown as UploadFields;
}

/** Connexion (seeds 002, 004): log in with IDM credentials, the dashboard, Upload a Document and My Upload History. */
export function connexionRoutes(state: MockState): Router {
  const router = Router();
  router.use(
    signInRoutes(state, {
      system: 'connexion',
      systemName: 'Connexion',
      base: '/connexion',
      signInView: 'connexion/log-in.njk',
      verifyView: 'connexion/verify.njk',
      home: '/connexion/dashboard',
      requireTerms: false,
      admit: (p, userId) => void admitToConnexion(p, userId),
    }),
  );

  const guard = connexionGuard(state);

  const formChoices = (res: Response) => ({
    bidCycle: config.connexion.bidCycle,
    bidderNumbers: bidderNumbersOf(state, currentAccount(res)).map((n) => ({ value: n, label: n })),
    documentTypes: documentTypesFor(currentAccount(res)).map((t) => ({ value: t, label: t })),
    descriptionGroups: documentTypesFor(currentAccount(res)).map((type) => ({ type, descriptions: DOCUMENT_TYPES[type] ?? [] })),
    cbas: CBAS.map((c) => ({ value: c.id, label: `${c.name} (${c.id})` })),
    bondType: BID_SURETY_BOND,
    maxSize: MAX_UPLOAD_LABEL,
    noBidderNumbers: UPLOAD_MESSAGES.noBidderNumbers,
    tryAgain: RESULT_MESSAGES.tryAgain,
    failureHeading: RESULT_MESSAGES.failure,
    nicknameMax: config.connexion.nicknameMaxLength,
  });

  const showForm = (res: Response, status: number, values: Partial<UploadFields>, errors: Partial<Record<UploadField, string>> = {}, failure?: string) => {
    const errorList = Object.values(errors);
    res.status(status).render('connexion/upload.njk', { ...formChoices(res), values, errors, errorList: failure ? [failure] : errorList, failed: status >= 400 });
  };

  // GET /connexion/dashboard — the dashboard: Document Center and My To-Do List; a person with a Connexion role.
  router.get('/dashboard', ...guard, (_req, res) => {
    const account = currentAccount(res);
    res.render('connexion/dashboard.njk', { bidCycle: config.connexion.bidCycle, uploadCount: organizationUploads(state, connexionRoleOf(account)?.organizationId ?? account.organizationId).length, organization: state.organizations.get(connexionRoleOf(account)?.organizationId ?? '') });
  });

  // GET /connexion/documents/upload — the Upload a Document form.
  router.get('/documents/upload', ...guard, (_req, res) => showForm(res, 200, { bidCycle: config.connexion.bidCycle }));

  // POST /connexion/documents/upload — multipart (CSRF token in the query); every rule checked here. [DOC S4 steps 6–13]
  router.post('/documents/upload', ...guard, async (req: Request, res: Response) => {
    const account = currentAccount(res);
    const incoming = incomingPath(state);
    let fields = fieldsOf({});
    try {
      const parsed = await parseUploadForm(req, 'file', incoming);
      fields = fieldsOf(parsed.fields);
      const inspection = parsed.file?.inspection;
      const submitted = parsed.file && inspection ? { name: parsed.file.name, ...(inspection.ok ? {} : { refusal: inspection.reason }) } : undefined;
      const checked = checkUpload(state, account, fields, submitted);
      if (!checked.ok || !inspection?.ok) return showForm(res, 400, fields, checked.ok ? {} : checked.errors);
      const upload = await storeUpload(state, account, checked.value, inspection);
      req.session.wizards = { ...req.session.wizards, [WIZARD]: upload.id };
      res.redirect('/connexion/documents/upload/complete');
    } catch (error) {
      if (error instanceof Refusal && error.kind === 'unavailable') return showForm(res, 503, fields, {}, error.message);
      throw error;
    } finally {
      await rm(incoming, { force: true });
    }
  });

  // GET /connexion/documents/upload/complete — the message after an upload; only the uploader's own last upload.
  router.get('/documents/upload/complete', ...guard, (req, res) => {
    const id = req.session.wizards?.[WIZARD];
    const upload = typeof id === 'string' ? ownUpload(state, currentAccount(res).userId, id) : undefined;
    if (!upload) return res.redirect('/connexion/documents/upload');
    res.render('connexion/upload-complete.njk', { upload, message: RESULT_MESSAGES.success, uploadedAt: formatEastern(upload.uploadedAt) });
  });

  // GET /connexion/documents/history — My Upload History: the uploads of the signed-in person's organization.
  router.get('/documents/history', ...guard, (_req, res) => {
    const account = currentAccount(res);
    const organizationId = connexionRoleOf(account)?.organizationId ?? account.organizationId;
    const uploads = organizationUploads(state, organizationId).map((u) => ({ ...u, when: formatEastern(u.uploadedAt) }));
    res.render('connexion/history.njk', { uploads, scope: RESULT_MESSAGES.historyScope });
  });

  // GET /connexion/help — Connexion Help; a signed-in person.
  router.get('/help', ...guard, (_req, res) => res.render('connexion/help.njk'));

  return router;
}
