import { test, expect } from '../../fixtures/test.ts';
import { fiveMinutesOn, identityOf } from '../../fixtures/enterprise-portal.ts';
import { RequestCancelled, requestNewRole } from '../../flows/enterprise-portal/request-new-role.ts';

const ACME = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['amy.ao'] };
const newUser = { userId: 'nina.new', email: 'nina.new@example.test', organization: 'acme' };

test.describe('ep.request-new-role (seed 000, Requesting a New Role)', () => {
  test('ep.request-new-role: a first-time user verifies their identity, adds MFA, and gets the EU role in Connexion', { tag: '@procedure' }, async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [newUser] });
    const nina = users[0]!;

    const { trackingNumber } = await requestNewRole(page, {
      credentials: nina,
      application: 'Connexion',
      role: 'EU',
      ptan: '1234560001',
      identity: identityOf(nina),
      mfa: 'Add MFA',
      letFiveMinutesPass: fiveMinutesOn(control),
    });

    expect(trackingNumber).toMatch(/^\d{8}$/);
    const mail = await control.mail(nina.email);
    expect(mail.some((m) => m.text.includes(`Request tracking number: ${trackingNumber}`))).toBe(true);
    const state = await control.state();
    const after = state.users.find((u) => u.userId === 'nina.new')!;
    expect(after).toMatchObject({ identityVerified: true, mfa: 'added' });
    expect(after.roles).toMatchObject([{ application: 'Connexion', role: 'EU', ptans: ['1234560001'], organizationId: 'acme' }]);
    expect(state.requests).toMatchObject([{ id: trackingNumber, system: 'enterprise-portal', kind: 'new-role', status: 'approved' }]);
  });

  test('ep.request-new-role: a first-time authorized official skips MFA and gets the AO role in DBidS', { tag: '@procedure' }, async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ ...newUser, userId: 'amy.ao', email: 'amy.ao@example.test' }] });
    const amy = users[0]!;

    await requestNewRole(page, {
      credentials: amy,
      application: 'DBidS',
      role: 'AO',
      ptan: '1234560002',
      identity: identityOf(amy),
      mfa: 'Skip MFA',
      letFiveMinutesPass: fiveMinutesOn(control),
    });

    const after = (await control.state()).users.find((u) => u.userId === 'amy.ao')!;
    expect(after).toMatchObject({ identityVerified: true, mfa: 'skipped' });
    expect(after.roles).toMatchObject([{ application: 'DBidS', role: 'AO', ptans: ['1234560002'] }]);
  });

  test('ep.request-new-role: Cancel at the MFA choice ends the request; no role is requested', { tag: '@procedure' }, async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [newUser] });
    const nina = users[0]!;

    const run = requestNewRole(page, {
      credentials: nina,
      application: 'Connexion',
      role: 'EU',
      ptan: '1234560001',
      identity: identityOf(nina),
      mfa: 'Cancel',
      letFiveMinutesPass: fiveMinutesOn(control),
    });

    await expect(run).rejects.toThrow(RequestCancelled);
    await expect(page.getByRole('status')).toHaveText('Your request was cancelled. No role was requested.');
    const state = await control.state();
    expect(state.requests).toEqual([]);
    // The identity stays verified; the MFA question was not answered, so it is asked on the next request.
    expect(state.users[0]).toMatchObject({ roles: [], identityVerified: true, mfa: 'not-asked' });
  });

  test('ep.request-new-role: a returning user is asked neither Identity Verification nor MFA again', { tag: '@procedure' }, async ({ page, control }) => {
    const { users } = await control.scenario({
      organizations: [ACME],
      users: [{ ...newUser, identityVerified: true, mfa: 'skipped', roles: [{ application: 'DBidS', role: 'EU', ptans: ['1234560001'] }] }],
    });

    const { trackingNumber } = await requestNewRole(page, {
      credentials: users[0]!,
      application: 'Connexion',
      role: 'EU',
      ptan: '1234560001',
      letFiveMinutesPass: fiveMinutesOn(control),
    });

    expect(trackingNumber).toMatch(/^\d{8}$/);
    const after = (await control.state()).users[0]!;
    expect(after.roles.map((r) => `${r.application}:${r.role}`).sort()).toEqual(['Connexion:EU', 'DBidS:EU']);
  });

  test('ep.request-new-role: wrong information on the review is corrected with Edit, Save, then Submit', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ ...newUser, userId: 'amy.ao', email: 'amy.ao@example.test', identityVerified: true, mfa: 'added' }] });

    await requestNewRole(page, {
      // amy.ao added MFA earlier: Login asks for the security code too.
      credentials: credentialsOf(users[0]!),
      application: 'Connexion',
      role: 'EU',
      ptan: '1234560002',
      correction: { role: 'BAO', ptan: '1234560001' },
      letFiveMinutesPass: fiveMinutesOn(control),
    });

    const after = (await control.state()).users[0]!;
    expect(after.roles).toMatchObject([{ application: 'Connexion', role: 'BAO', ptans: ['1234560001'] }]);
  });
});
