import { Router, type Response } from 'express';
import type { MockState } from '../../domain/mock-state.ts';
import { PROFILE_MESSAGES, changeContactInformation, contactProblems } from '../../domain/profile.ts';
import { currentAccount, setNotice } from '../../http/session.ts';
import { field, orRefusal, render } from './shared.ts';

/**
 * My Profile → Personal Contact Information → Edit → Submit Changes (seed 001 "Update Email Address").
 * Always the signed-in person's own profile: no user ID is read from the URL or the form. Mounted at /idm/profile.
 */
export function profileRoutes(state: MockState): Router {
  const router = Router();

  const contactWindow = (res: Response, status: number, locals: Record<string, unknown>) => render(res, status, 'idm/contact.njk', locals);

  // GET /idm/profile — the My Profile window.
  router.get('/', (_req, res) => render(res, 200, 'idm/profile.njk', {}));

  // GET /idm/profile/contact — the Personal Contact Information window, read-only, with Edit.
  router.get('/contact', (_req, res) => contactWindow(res, 200, { editing: false }));

  // GET /idm/profile/contact/edit — the same window, modifiable.
  router.get('/contact/edit', (_req, res) => {
    const account = currentAccount(res);
    contactWindow(res, 200, { editing: true, email: account.email, phone: account.phone });
  });

  // POST /idm/profile/contact — Submit Changes: validated; the window refreshes with the updated information.
  router.post('/contact', async (req, res) => {
    const account = currentAccount(res);
    const changes = { email: field(req, 'email'), phone: field(req, 'phone') };
    const problems = contactProblems(account, changes);
    if (Object.keys(problems).length) {
      return contactWindow(res, 400, { editing: true, ...changes, problems, errors: Object.values(problems) });
    }
    await orRefusal(
      async () => {
        await changeContactInformation(state, account, changes);
        setNotice(req, 'success', PROFILE_MESSAGES.updated);
        res.redirect('/idm/profile/contact');
      },
      (refusal, status) => contactWindow(res, status, { editing: true, ...changes, errors: [refusal.message] }),
    );
  });

  return router;
}
