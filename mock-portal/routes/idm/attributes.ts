import type { Request, Response } from 'express';
import { refuse } from '../../domain/errors.ts';
import { checkAddPtans, checkAttributes, parsePtans, searchOrganization } from '../../domain/idm-roles.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { currentAccount } from '../../http/session.ts';
import { field, orRefusal, render, setWizard, type RoleWizard } from './shared.ts';

/**
 * The attribute menu shared by the Role Request window and the Add Role window. [DOC S1]
 * An AO enters the organization details including the PTAN; a BAO or EU enters the PTAN and searches for the
 * organization (Search), then reviews and selects Review Request, which opens the Reason for Request dialog box.
 */
export function showAttributes(state: MockState, res: Response, wizard: RoleWizard, locals: Record<string, unknown> = {}, status = 200): void {
  const account = currentAccount(res);
  const organization = state.organizations.get(account.organizationId);
  render(res, status, 'idm/attributes.njk', {
    windowTitle: wizard.kind === 'add-ptan' ? 'Add Role' : 'Role Request',
    action: wizard.kind === 'add-ptan' ? `/idm/roles/${wizard.application}/add-role` : '/idm/role-request/attributes',
    wizard,
    legalBusinessName: wizard.legalBusinessName ?? organization?.legalBusinessName ?? '',
    ptan: (wizard.ptans ?? []).join(', '),
    ...locals,
  });
}

/** POST of the attribute menu: `action=search` finds the organization, `action=review` checks everything and moves on. */
export async function handleAttributes(state: MockState, req: Request, res: Response, wizard: RoleWizard): Promise<void> {
  const account = currentAccount(res);
  const ptanText = field(req, 'ptan');
  const ptans = parsePtans(ptanText);
  const legalBusinessName = wizard.role === 'AO' ? field(req, 'legalBusinessName').trim() : undefined;
  const again = { ptan: ptanText, legalBusinessName: legalBusinessName ?? '' };
  await orRefusal(
    async () => {
      if (field(req, 'action') === 'search') {
        if (ptans.length === 0) throw refuse.invalid('Enter the PTAN, then select Search.', 'ptan');
        const organization = await searchOrganization(state, account, ptans[0] ?? '');
        setWizard(req, { ...wizard, organizationName: organization.legalBusinessName });
        showAttributes(state, res, { ...wizard, organizationName: organization.legalBusinessName }, { ...again, found: organization });
        return;
      }
      const attributes = { ptans, ...(legalBusinessName === undefined ? {} : { legalBusinessName }) };
      const organization =
        wizard.kind === 'add-ptan'
          ? await checkAddPtans(state, account, wizard.application, attributes)
          : await checkAttributes(state, account, wizard.role, attributes);
      setWizard(req, { ...wizard, ptans, ...(legalBusinessName === undefined ? {} : { legalBusinessName }), organizationName: organization.legalBusinessName });
      res.redirect('/idm/role-request/reason');
    },
    (refusal, status) => showAttributes(state, res, wizard, { ...again, error: refusal.message, errorField: refusal.field ?? 'ptan' }, status),
  );
}
