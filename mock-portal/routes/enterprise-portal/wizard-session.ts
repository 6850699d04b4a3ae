import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { MFA_MESSAGES, mfaOfferDue } from '../../domain/enterprise-portal/mfa.ts';
import { redirectFor, type RequestWizard, type WizardPage } from '../../domain/enterprise-portal/request-wizard.ts';
import type { Account } from '../../domain/types.ts';
import type { Ctx } from '../../http/adapter.ts';
import { currentAccount, setNotice } from '../../http/session.ts';

/** Where the request wizard of seed 000 is kept between its pages: the person's session. */
const KEY = 'ep.request-role';

export const pathOf = (page: WizardPage | 'apps') =>
  page === 'apps' ? '/portal/apps' : page === 'identity-questions' ? '/portal/request/identity/questions' : `/portal/request/${page}`;

/** The person's own wizard; another person's (same browser, other sign-in) is never returned. */
export function loadWizard(req: Request, account: Account): RequestWizard | undefined {
  const wizard = req.session.wizards?.[KEY] as RequestWizard | undefined;
  return wizard && wizard.userId === account.userId ? wizard : undefined;
}

export function saveWizard(req: Request, wizard: RequestWizard): void {
  req.session.wizards = { ...req.session.wizards, [KEY]: wizard };
}

export function clearWizard(req: Request): void {
  if (req.session.wizards) delete req.session.wizards[KEY];
}

/** The wizard of a request that passed `atPage`. */
export function wizardOf({ req, account }: Ctx): RequestWizard {
  const wizard = loadWizard(req, account);
  if (!wizard) throw new Error('a wizard page without its atPage guard');
  return wizard;
}

/** Who may open `page`: a signed-in person whose wizard has reached it (domain/enterprise-portal/request-wizard.ts); others go where they are due. */
export function atPage(page: WizardPage): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const account = currentAccount(res);
    const wizard = loadWizard(req, account);
    const elsewhere = redirectFor(account, wizard, page);
    if (!elsewhere) return next();
    if (page === 'mfa' && req.method === 'POST' && wizard && !mfaOfferDue(account)) setNotice(req, 'info', MFA_MESSAGES.alreadyChosen);
    res.redirect(pathOf(elsewhere));
  };
}
