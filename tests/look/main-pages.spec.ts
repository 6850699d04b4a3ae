import type { PortalControl } from '../../fixtures/control.ts';
import { test, expect } from '../../fixtures/test.ts';
import { DEMO_WORLD } from '../../mock-portal/domain/demo.ts';
import { signIn } from '../idm/support.ts';
import { logInToConnexion } from '../connexion-uploads/log-in.ts';
import { logIn as logInToEnterprisePortal } from '../enterprise-portal/helpers.ts';

/**
 * Each portal's main pages against committed pictures (tests/look/main-pages.spec.ts-snapshots/): a change of
 * layout (a header that wraps, headings back at body size, a form that loses its columns) fails here. The
 * tolerance absorbs anti-aliasing, not a moved block. Update on purpose with `npx playwright test tests/look
 * --update-snapshots`, and look at the new pictures before committing them.
 */
const TOLERANCE = { maxDiffPixelRatio: 0.01, fullPage: true, animations: 'disabled', caret: 'hide' } as const;

const signedOut: [string, string][] = [
  ['CBIC home page', '/'],
  ['CBIC Phases', '/phases'],
  ['CBIC Registration', '/registration'],
  ['CMS IDM System sign-in', '/idm/'],
  ['CMS Enterprise Portal log-in', '/portal/'],
  ['Connexion log-in', '/connexion/'],
  ['DBidS log-in', '/dbids/'],
  ['Mailbox', '/mailbox/'],
];

test.describe('the portals look as they should', () => {
  for (const [name, path] of signedOut) {
    test(`${name} (${path})`, async ({ page, control }) => {
      await control.reset();
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page).toHaveScreenshot(`${slug(name)}.png`, TOLERANCE);
    });
  }

  test.describe('signed in as a demo account', () => {
    test.beforeEach(async ({ control }) => {
      await control.scenario(DEMO_WORLD);
    });

    const jane = DEMO_WORLD.users?.find((u) => u.userId === 'jane.ao');
    const janeCredentials = async (control: PortalControl) => {
      const email = (await control.state()).users.find((u) => u.userId === 'jane.ao')?.email ?? '';
      return { userId: 'jane.ao', password: jane?.password ?? '', verificationCode: () => control.latestCode(email) };
    };

    test('CMS IDM System Self Service Dashboard', async ({ page, control }) => {
      await signIn(page, await janeCredentials(control));
      await expect(page.getByRole('heading', { level: 1, name: 'Self Service Dashboard' })).toBeVisible();
      await expect(page).toHaveScreenshot('idm-self-service-dashboard.png', TOLERANCE);
    });

    test('Connexion dashboard', async ({ page, control }) => {
      await logInToConnexion(page, await janeCredentials(control));
      await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      await expect(page).toHaveScreenshot('connexion-dashboard.png', TOLERANCE);
    });

    test('Welcome to CMS Enterprise Portal', async ({ page, control }) => {
      await logInToEnterprisePortal(page, await janeCredentials(control)); // Jane added MFA: her Login asks the security code
      await expect(page.getByRole('heading', { level: 1, name: 'Welcome to CMS Enterprise Portal' })).toBeVisible();
      await expect(page).toHaveScreenshot('enterprise-portal-welcome.png', TOLERANCE);
    });
  });
});

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
