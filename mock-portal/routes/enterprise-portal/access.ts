import type { RequestHandler, Router } from 'express';
import type { MockState } from '../../domain/mock-state.ts';
import { accessCatalog, removalOf, removeOwnRole } from '../../domain/enterprise-portal/roles.ts';
import { displayedRoles } from '../../domain/enterprise-portal/timing.ts';
import { APPLICATION_LABELS, ROLE_LABELS, type Account, type Application } from '../../domain/types.ts';
import { get, post, routeTable, type Answer, type Ctx } from '../../http/adapter.ts';
import { labelsFor } from './view-data.ts';

/** The Request/Add Apps page's data: the My Access panel and the Access Catalog. */
export function appsPage(state: MockState, account: Account) {
  return { roles: displayedRoles(state, account), catalog: accessCatalog(state, account), ...labelsFor(state, account) };
}

/** Request to Remove Role for one of the person's displayed roles, with the warning when removing is refused; else back to Request/Add Apps. */
function removalPage(state: MockState, account: Account, application: string, locals: Record<string, unknown>): Answer {
  const removal = removalOf(state, account, application);
  if (!removal) return { redirect: '/portal/apps', notice: { kind: 'error', text: `You have no ${application} role to remove.` } };
  const { role, warning } = removal;
  return {
    view: 'enterprise-portal/remove-role.njk',
    locals: {
      role, warning, label: APPLICATION_LABELS[role.application], roleLabel: ROLE_LABELS[role.role],
      organization: labelsFor(state, account).organizations[role.organizationId], ...locals,
    },
  };
}

/** Request/Add Apps, the removal of a role with its confirmation box, and View and Manage My Access. [DOC S0] */
export function accessRoutes(state: MockState, signedIn: RequestHandler): Router {
  return routeTable(state, [
    // GET /portal/apps — Request/Add Apps: the My Access panel and the Access Catalog; a signed-in person.
    get('/apps', signedIn, ({ account }) => ({ view: 'enterprise-portal/apps.njk', locals: appsPage(state, account) })),

    // GET /portal/apps/remove/:application — Request to Remove Role; ?confirm=yes adds the confirmation box. Own roles only.
    get('/apps/remove/:application', signedIn, ({ account, param, query }) => removalPage(state, account, param('application'), { confirm: query('confirm') === 'yes' })),
    // POST /portal/apps/remove/:application — OK in the confirmation box: removes the person's own role.
    post('/apps/remove/:application', signedIn, ({ account, param }: Ctx) => removeOwnRole(state, account, param('application')), {
      done: (removed: { role: string; application: Application }) => ({
        redirect: '/portal/apps',
        notice: { kind: 'success', text: `Your ${removed.role} role in ${APPLICATION_LABELS[removed.application]} was removed. To request a new role, wait at least five minutes.` },
      }),
      refused: ({ account, param }, refusal) => {
        const page = removalPage(state, account, param('application'), { warning: refusal.message, confirm: false });
        if ('redirect' in page) throw refusal;
        return page;
      },
      shows: 'all',
    }),

    // GET /portal/access — View and Manage My Access: the roles displayed now (a new one after five minutes).
    get('/access', signedIn, ({ account }) => ({ view: 'enterprise-portal/my-access.njk', locals: { roles: displayedRoles(state, account), ...labelsFor(state, account) } })),
  ]);
}
