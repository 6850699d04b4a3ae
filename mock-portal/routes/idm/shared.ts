import type { Request, RequestHandler } from 'express';
import { refuse } from '../../domain/errors.ts';
import { isApplication } from '../../domain/idm-roles.ts';
import type { RoleWizard } from '../../domain/idm-role-wizard.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { pendingRequestsOf } from '../../domain/requests.ts';
import { APPLICATIONS, APPLICATION_LABELS, ROLE_LABELS, type Application } from '../../domain/types.ts';
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

/** The application named in the URL (`/roles/Connexion`, case-insensitive), or a clear 404. */
export function applicationNamed(raw: string): Application {
  const found = APPLICATIONS.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!found || !isApplication(found)) throw refuse.notFound(`There is no application "${raw}" in the CMS IDM System. The applications are DBidS and Connexion.`);
  return found;
}

/** Where the Role Request / Add Role wizard (domain/idm-role-wizard.ts) is kept between its windows: the session. */
const WIZARD = 'idm.role-request';

export function getWizard(req: Request): RoleWizard | undefined {
  return req.session.wizards?.[WIZARD] as RoleWizard | undefined;
}

export function setWizard(req: Request, wizard: RoleWizard | undefined): void {
  req.session.wizards ??= {};
  if (wizard) req.session.wizards[WIZARD] = wizard;
  else delete req.session.wizards[WIZARD];
}
