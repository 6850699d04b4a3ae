import { Router, type Response } from 'express';
import { IDM_ROLE_MESSAGES, heldRole, ownRequest, parsePtans, removeOwnRole, submitRoleChanges } from '../../domain/idm-roles.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { pendingRequestsOf } from '../../domain/requests.ts';
import type { Account, Application, Role } from '../../domain/types.ts';
import { currentAccount } from '../../http/session.ts';
import { handleAttributes, showAttributes } from './attributes.ts';
import { applicationParam, field, fields, getWizard, orRefusal, render, setWizard } from './shared.ts';

/** A role as the windows show it: labels, organization name, and the requests still waiting for it. */
function roleView(state: MockState, account: Account, role: Role) {
  return {
    ...role,
    organizationName: state.organizations.get(role.organizationId)?.legalBusinessName ?? role.organizationId,
    pending: pendingRequestsOf(state, account.userId).filter((r) => r.application === role.application),
  };
}

/**
 * Manage My Roles and the windows it opens (seed 001): Application Roles (View Details) → Edit Role Details
 * (Modify Role); the Remove Role decision window; the Add Role window. Mounted at /idm/roles, signed-in only.
 */
export function rolesRoutes(state: MockState): Router {
  const router = Router();

  const editWindow = (res: Response, application: Application, status: number, locals: Record<string, unknown> = {}) => {
    const account = currentAccount(res);
    render(res, status, 'idm/edit-role.njk', { role: roleView(state, account, heldRole(account, application)), ...locals });
  };

  // GET /idm/roles — the Manage My Roles window: the person's own roles, each with View Details, Remove Role, Add Role.
  router.get('/', (_req, res) => {
    const account = currentAccount(res);
    render(res, 200, 'idm/roles.njk', {
      roles: account.roles.map((r) => roleView(state, account, r)),
      waitingNewRoles: pendingRequestsOf(state, account.userId).filter((r) => r.kind === 'new-role'),
    });
  });

  // GET /idm/roles/removed/:id — Manage My Roles after a removal: the Request ID, the message, Go to My Roles.
  router.get('/removed/:id', (req, res) => {
    const request = ownRequest(state, currentAccount(res), req.params.id);
    render(res, 200, 'idm/request-submitted.njk', { windowTitle: 'Manage My Roles', request, message: IDM_ROLE_MESSAGES.removalDone, goToMyRoles: true });
  });

  // GET /idm/roles/:application — the Application Roles window for one of the person's roles.
  router.get('/:application', (req, res) => {
    const account = currentAccount(res);
    render(res, 200, 'idm/role-details.njk', { role: roleView(state, account, heldRole(account, applicationParam(req))) });
  });

  // GET /idm/roles/:application/edit — the Edit Role Details window: only the role's attributes (PTANs) change.
  router.get('/:application/edit', (req, res) => editWindow(res, applicationParam(req), 200));

  // POST /idm/roles/:application/edit — Submit Changes: PTANs to add (PTAN field) and to remove (checkboxes), justification.
  router.post('/:application/edit', async (req, res) => {
    const application = applicationParam(req);
    const changes = { add: parsePtans(field(req, 'ptan')), remove: fields(req, 'remove'), justification: field(req, 'justification') };
    await orRefusal(
      async () => {
        const { request } = await submitRoleChanges(state, currentAccount(res), application, changes);
        res.redirect(`/idm/roles/${application}/edit/submitted/${request.id}`);
      },
      (refusal, status) =>
        editWindow(res, application, status, { error: refusal.message, errorField: refusal.field, ptan: field(req, 'ptan'), removing: changes.remove, justification: changes.justification }),
    );
  });

  // GET /idm/roles/:application/edit/submitted/:id — Edit Role Details with the Request ID, the message, Go to My Roles.
  router.get('/:application/edit/submitted/:id', (req, res) => {
    const request = ownRequest(state, currentAccount(res), req.params.id);
    const message = request.status === 'approved' ? `${IDM_ROLE_MESSAGES.changesSubmitted} The PTAN(s) you removed are no longer on your role.` : `${IDM_ROLE_MESSAGES.changesSubmitted} It is waiting for an approver: the PTAN(s) you added count only once it is approved.`;
    render(res, 200, 'idm/request-submitted.njk', { windowTitle: 'Edit Role Details', request, message, goToMyRoles: true });
  });

  // GET /idm/roles/:application/remove — the Remove Role decision window.
  router.get('/:application/remove', (req, res) => {
    const account = currentAccount(res);
    render(res, 200, 'idm/remove-role.njk', { role: roleView(state, account, heldRole(account, applicationParam(req))) });
  });

  // POST /idm/roles/:application/remove — Remove Role: removes the person's own role (AO rule checked).
  router.post('/:application/remove', async (req, res) => {
    const account = currentAccount(res);
    const application = applicationParam(req);
    await orRefusal(
      async () => {
        const request = await removeOwnRole(state, account, application);
        res.redirect(`/idm/roles/removed/${request.id}`);
      },
      (refusal, status) => render(res, status, 'idm/remove-role.njk', { role: roleView(state, account, heldRole(account, application)), error: refusal.message }),
    );
  });

  // GET /idm/roles/:application/add-role — the Add Role window: Selected Application pre-filled, role populated, attribute menu.
  router.get('/:application/add-role', (req, res) => {
    const account = currentAccount(res);
    const application = applicationParam(req);
    const role = heldRole(account, application);
    const wizard = { kind: 'add-ptan' as const, application, role: role.role };
    setWizard(req, wizard);
    showAttributes(state, res, wizard);
  });

  // POST /idm/roles/:application/add-role — the attribute menu: Search, or Review Request (→ Reason for Request).
  router.post('/:application/add-role', async (req, res) => {
    const account = currentAccount(res);
    const application = applicationParam(req);
    const role = heldRole(account, application);
    const kept = getWizard(req);
    const wizard = kept?.kind === 'add-ptan' && kept.application === application ? kept : { kind: 'add-ptan' as const, application, role: role.role };
    await handleAttributes(state, req, res, { ...wizard, role: role.role });
  });

  return router;
}
