import type { Request, Response } from 'express';
import { refuse } from '../../domain/errors.ts';
import { checkAddPtans, checkAttributes, parsePtans, searchOrganization } from '../../domain/idm-roles.ts';
import type { Portal } from '../../domain/portal.ts';
import { currentAccount } from '../../http/session.ts';
import { field, orRefusal, render, setWizard, type RoleWizard } from './shared.ts';

/**
 * The attribute menu shared by the Role Request window and the Add Role window. [DOC S1]
 * An AO enters the organization details including the PTAN; a BAO or EU enters the PTAN and searches for the
 * organization (Search), then reviews and selects Review Request, which opens the Reason for Request dialog box.
 */
export function showAttributes(portal: Portal, res: Response, wizard: RoleWizard, locals: Record<string, unknown> = {}, status = 200): void {
  const account = currentAccount(res);
  const organization = portal.organizations.get(account.organizationId);
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
export async function handleAttributes(portal: Portal, req: Request, res: Response, wizard: RoleWizard): Promise<void> {
  const account = currentAccount(res);
  const ptanText = field(req, 'ptan');
  const ptans = parsePtans(ptanText);
  const legalBusinessName = wizard.role === 'AO' ? field(req, 'legalBusinessName').trim() : undefined;
  const again = { ptan: ptanText, legalBusinessName: legalBusinessName ?? '' };
  await orRefusal(
    async () => {
      if (field(req, 'action') === 'search') {
        if (ptans.length === 0) throw refuse.invalid('Enter the PTAN, then select Search.', 'ptan');
        const organization = await searchOrganization(portal, account, ptans[0] ?? '');
        setWizard(req, { ...wizard, organizationName: organization.legalBusinessName });
        showAttributes(portal, res, { ...wizard, organizationName: organization.legalBusinessName }, { ...again, found: organization });
        return;
      }
      const attributes = { ptans, ...(legalBusinessName === undefined ? {} : { legalBusinessName }) };
      const organization =
        wizard.kind === 'add-ptan'
          ? await checkAddPtans(portal, account, wizard.application, attributes)
          : await checkAttributes(portal, account, wizard.role, attributes);
      setWizard(req, { ...wizard, ptans, ...(legalBusinessName === undefined ? {} : { legalBusinessName }), organizationName: organization.legalBusinessName });
      res.redirect('/idm/role-request/reason');
    },
    (refusal, status) => showAttributes(portal, res, wizard, { ...again, error: refusal.message, errorField: refusal.field ?? 'ptan' }, status),
  );
}
