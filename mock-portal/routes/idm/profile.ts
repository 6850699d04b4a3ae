import type { RequestHandler, Router } from 'express';
import type { MockState } from '../../domain/mock-state.ts';
import { PROFILE_MESSAGES, contactChangesOf, submitContactChanges } from '../../domain/profile.ts';
import { get, post, routeTable, type Ctx } from '../../http/adapter.ts';

const contactWindow = (locals: Record<string, unknown>) => ({ view: 'idm/contact.njk', locals });

/**
 * My Profile → Personal Contact Information → Edit → Submit Changes (seed 001 "Update Email Address").
 * Always the signed-in person's own profile: no user ID is read from the URL or the form. Mounted at /idm/profile.
 */
export function profileRoutes(state: MockState, idmUser: readonly RequestHandler[]): Router {
  return routeTable(state, [
    // GET /idm/profile — the My Profile window.
    get('/', idmUser, () => ({ view: 'idm/profile.njk' })),
    // GET /idm/profile/contact — the Personal Contact Information window, read-only, with Edit.
    get('/contact', idmUser, () => contactWindow({ editing: false })),
    // GET /idm/profile/contact/edit — the same window, modifiable.
    get('/contact/edit', idmUser, ({ account }) => contactWindow({ editing: true, email: account.email, phone: account.phone })),
    // POST /idm/profile/contact — Submit Changes: validated; the window refreshes with the updated information.
    post('/contact', idmUser, ({ account, form }: Ctx) => submitContactChanges(state, account, form), {
      done: () => ({ redirect: '/idm/profile/contact', notice: { kind: 'success', text: PROFILE_MESSAGES.updated } }),
      refused: ({ form }, refusal) => contactWindow({ editing: true, ...contactChangesOf(form), problems: refusal.problems, errors: refusal.messages }),
      shows: 'all',
    }),
  ]);
}
