import type { RequestHandler } from 'express';
import { submitAttributes, type RoleWizard } from '../../domain/idm-role-wizard.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { post, type Answer, type Ctx, type Page, type Row } from '../../http/adapter.ts';
import { setWizard } from './shared.ts';

/**
 * The attribute menu shared by the Role Request window and the Add Role window. [DOC S1]
 * An AO enters the organization details including the PTAN; a BAO or EU enters the PTAN and searches for the
 * organization (Search), then reviews and selects Review Request, which opens the Reason for Request dialog box.
 */
export function attributesWindow(state: MockState, { account }: Ctx, wizard: RoleWizard, locals: Record<string, unknown> = {}): Page {
  const organization = state.organizations.get(account.organizationId);
  return {
    view: 'idm/attributes.njk',
    locals: {
      windowTitle: wizard.kind === 'add-ptan' ? 'Add Role' : 'Role Request',
      action: wizard.kind === 'add-ptan' ? `/idm/roles/${wizard.application}/add-role` : '/idm/role-request/attributes',
      wizard,
      legalBusinessName: wizard.legalBusinessName ?? organization?.legalBusinessName ?? '',
      ptan: (wizard.ptans ?? []).join(', '),
      ...locals,
    },
  };
}

/** The attribute menu's POST row at `path`: Search shows the organization found, Review Request goes on to the Reason for Request. */
export function attributesRow(state: MockState, path: string, who: RequestHandler | readonly RequestHandler[], wizardOf: (ctx: Ctx) => RoleWizard): Row {
  const again = ({ form }: Ctx, wizard: RoleWizard) => ({ ptan: form.text('ptan'), legalBusinessName: wizard.role === 'AO' ? form.text('legalBusinessName').trim() : '' });
  return post(path, who, (ctx: Ctx) => submitAttributes(state, ctx.account, wizardOf(ctx), ctx.form), {
    done: ({ wizard, found }, ctx): Answer => {
      setWizard(ctx.req, wizard);
      if (found) return attributesWindow(state, ctx, wizard, { ...again(ctx, wizard), found });
      return { redirect: '/idm/role-request/reason' };
    },
    refused: (ctx, refusal) => {
      const wizard = wizardOf(ctx);
      return attributesWindow(state, ctx, wizard, { ...again(ctx, wizard), error: refusal.message, errorField: refusal.field ?? 'ptan' });
    },
    shows: 'all',
  });
}
