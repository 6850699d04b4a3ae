import type { Request, RequestHandler, Response } from 'express';
import { refuse, Refusal, httpStatusOf } from '../../domain/errors.ts';
import { isApplication } from '../../domain/idm-roles.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { pendingRequestsOf } from '../../domain/requests.ts';
import { APPLICATIONS, APPLICATION_LABELS, ROLE_LABELS, type Application, type Account } from '../../domain/types.ts';
import type { ProofingQuestion } from '../../domain/upstream.ts';
import { currentAccount } from '../../http/session.ts';

/** What every IDM window shows around itself: the My Requests indicator of the Self Service Dashboard. */
export function windowLocals(state: MockState): RequestHandler {
  return (_req, res, next) => {
    res.locals.pendingCount = pendingRequestsOf(state, currentAccount(res).userId).length;
    res.locals.applicationLabels = APPLICATION_LABELS;
    res.locals.roleLabels = ROLE_LABELS;
    next();
  };
}

/** A form field as text ('' when missing or not a string). */
export function field(req: Request, name: string): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/** A form field that may repeat (checkboxes), as a list of strings. */
export function fields(req: Request, name: string): string[] {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** The application named in the URL (`/roles/Connexion`, case-insensitive), or a clear 404. */
export function applicationParam(req: Request): Application {
  const raw = String(req.params.application ?? '');
  const found = APPLICATIONS.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!found || !isApplication(found)) throw refuse.notFound(`There is no application "${raw}" in the CMS IDM System. The applications are DBidS and Connexion.`);
  return found;
}

/** The Role Request / Add Role wizard, kept in the session between its windows. */
export interface RoleWizard {
  kind: 'new-role' | 'add-ptan';
  application: Application;
  role: Account['roles'][number]['role'];
  proofing?: { sessionId: string; questions: ProofingQuestion[] };
  ptans?: string[];
  legalBusinessName?: string;
  organizationName?: string;
}

const WIZARD = 'idm.role-request';

export function getWizard(req: Request): RoleWizard | undefined {
  return req.session.wizards?.[WIZARD] as RoleWizard | undefined;
}

export function setWizard(req: Request, wizard: RoleWizard | undefined): void {
  req.session.wizards ??= {};
  if (wizard) req.session.wizards[WIZARD] = wizard;
  else delete req.session.wizards[WIZARD];
}

/** Runs `body`; a Refusal is handed to `onRefusal` with its HTTP status (anything else propagates). */
export async function orRefusal(body: () => Promise<void>, onRefusal: (refusal: Refusal, status: number) => void): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    onRefusal(error, httpStatusOf[error.kind]);
  }
}

export function render(res: Response, status: number, view: string, locals: Record<string, unknown>): void {
  res.status(status).render(view, locals);
}
