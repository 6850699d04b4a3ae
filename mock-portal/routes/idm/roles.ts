import type { RequestHandler, Router } from 'express';
import { IDM_ROLE_MESSAGES, heldRole, ownRequest, removeOwnRole, roleChangesOf, submitRoleChanges } from '../../domain/idm-roles.ts';
import type { RoleWizard } from '../../domain/idm-role-wizard.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { pendingRequestsOf } from '../../domain/requests.ts';
import type { Account, Application, Role } from '../../domain/types.ts';
import { get, post, routeTable, type Ctx, type Page } from '../../http/adapter.ts';
import { attributesRow, attributesWindow } from './attributes.ts';
import { applicationNamed, getWizard, setWizard } from './shared.ts';

/** A role as the windows show it: labels, organization name, and the requests still waiting for it. */
function roleView(state: MockState, account: Account, role: Role) {
  return {
    ...role,
    organizationName: state.organizations.get(role.organizationId)?.legalBusinessName ?? role.organizationId,
    pending: pendingRequestsOf(state, account.userId).filter((r) => r.application === role.application),
  };
}

const applicationOf = (ctx: Ctx): Application => applicationNamed(ctx.param('application'));

/** The Add Role wizard of the application in the URL: the one kept, or a fresh one for the role held. */
function addRoleWizard(ctx: Ctx): RoleWizard {
  const application = applicationOf(ctx);
  const role = heldRole(ctx.account, application);
  const kept = getWizard(ctx.req);
  const wizard = kept?.kind === 'add-ptan' && kept.application === application ? kept : { kind: 'add-ptan' as const, application, role: role.role };
  return { ...wizard, role: role.role };
}

/**
 * Manage My Roles and the windows it opens (seed 001): Application Roles (View Details) → Edit Role Details
 * (Modify Role); the Remove Role decision window; the Add Role window. Mounted at /idm/roles, signed-in only.
 */
export function rolesRoutes(state: MockState, idmUser: readonly RequestHandler[]): Router {
  const roleWindow = (view: string, ctx: Ctx, locals: Record<string, unknown> = {}): Page => ({
    view, locals: { role: roleView(state, ctx.account, heldRole(ctx.account, applicationOf(ctx))), ...locals },
  });

  return routeTable(state, [
    // GET /idm/roles — the Manage My Roles window: the person's own roles, each with View Details, Remove Role, Add Role.
    get('/', idmUser, ({ account }) => ({
      view: 'idm/roles.njk',
      locals: { roles: account.roles.map((r) => roleView(state, account, r)), waitingNewRoles: pendingRequestsOf(state, account.userId).filter((r) => r.kind === 'new-role') },
    })),
    // GET /idm/roles/removed/:id — Manage My Roles after a removal: the Request ID, the message, Go to My Roles.
    get('/removed/:id', idmUser, ({ account, param }) => ({
      view: 'idm/request-submitted.njk',
      locals: { windowTitle: 'Manage My Roles', request: ownRequest(state, account, param('id')), message: IDM_ROLE_MESSAGES.removalDone, goToMyRoles: true },
    })),
    // GET /idm/roles/:application — the Application Roles window for one of the person's roles.
    get('/:application', idmUser, (ctx) => roleWindow('idm/role-details.njk', ctx)),

    // GET /idm/roles/:application/edit — the Edit Role Details window: only the role's attributes (PTANs) change.
    get('/:application/edit', idmUser, (ctx) => roleWindow('idm/edit-role.njk', ctx)),
    // POST /idm/roles/:application/edit — Submit Changes: PTANs to add (PTAN field) and to remove (checkboxes), justification.
    post('/:application/edit', idmUser, (ctx: Ctx) => submitRoleChanges(state, ctx.account, applicationOf(ctx), roleChangesOf(ctx.form)), {
      lists: ['remove'],
      done: ({ request }, ctx) => ({ redirect: `/idm/roles/${applicationOf(ctx)}/edit/submitted/${request.id}` }),
      refused: (ctx, refusal) => roleWindow('idm/edit-role.njk', ctx, {
        error: refusal.message, errorField: refusal.field, ptan: ctx.form.text('ptan'), removing: ctx.form.list('remove'), justification: ctx.form.text('justification'),
      }),
      shows: 'all',
    }),
    // GET /idm/roles/:application/edit/submitted/:id — Edit Role Details with the Request ID, the message, Go to My Roles.
    get('/:application/edit/submitted/:id', idmUser, ({ account, param }) => {
      const request = ownRequest(state, account, param('id'));
      const message = request.status === 'approved'
        ? `${IDM_ROLE_MESSAGES.changesSubmitted} The PTAN(s) you removed are no longer on your role.`
        : `${IDM_ROLE_MESSAGES.changesSubmitted} It is waiting for an approver: the PTAN(s) you added count only once it is approved.`;
      return { view: 'idm/request-submitted.njk', locals: { windowTitle: 'Edit Role Details', request, message, goToMyRoles: true } };
    }),

    // GET /idm/roles/:application/remove — the Remove Role decision window.
    get('/:application/remove', idmUser, (ctx) => roleWindow('idm/remove-role.njk', ctx)),
    // POST /idm/roles/:application/remove — Remove Role: removes the person's own role (AO rule checked).
    post('/:application/remove', idmUser, (ctx: Ctx) => removeOwnRole(state, ctx.account, applicationOf(ctx)), {
      done: (request) => ({ redirect: `/idm/roles/removed/${request.id}` }),
      refused: (ctx, refusal) => roleWindow('idm/remove-role.njk', ctx, { error: refusal.message }),
      shows: 'all',
    }),

    // GET /idm/roles/:application/add-role — the Add Role window: Selected Application pre-filled, role populated, attribute menu.
    get('/:application/add-role', idmUser, (ctx) => {
      const application = applicationOf(ctx);
      const wizard: RoleWizard = { kind: 'add-ptan', application, role: heldRole(ctx.account, application).role };
      setWizard(ctx.req, wizard);
      return attributesWindow(state, ctx, wizard);
    }),
    // POST /idm/roles/:application/add-role — the attribute menu: Search, or Review Request (→ Reason for Request).
    attributesRow(state, '/:application/add-role', idmUser, addRoleWizard),
  ]);
}
