import { test, expect } from '../../fixtures/test.ts';
import { ProcedureRun } from '../../flows/step.ts';
import { signInToIdm } from '../../flows/idm/sign-in.ts';

test.describe('IDM sign-in (seed 001 step 4)', () => {
  test('a person walks from the CBIC home page to the Self Service Dashboard', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ users: [{ userId: 'jane.ao', roles: [{ application: 'Connexion', role: 'AO' }] }] });
    const jane = users[0]!;
    const run = new ProcedureRun(page, 'idm.add-ptan');
    const dashboard = await signInToIdm(run, credentialsOf(jane));
    expect(dashboard.myRequests).toBe(0);
    for (const name of ['Manage My Roles', 'Role Request', 'My Profile']) {
      await expect(page.getByRole('button', { name })).toBeVisible();
    }
  });
});
