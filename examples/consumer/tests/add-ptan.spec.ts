// A flow of cbp-harness in this project's own test: each Playwright worker gets a mock portal of its own
// (`baseURL` points at it), `control` sets up the people and organizations, `credentialsOf` reads the one-time
// codes from its mailbox. Tagged @procedure: the fixture fails it if the flow leaves a documented step out.
import { test, expect } from 'cbp-harness/fixtures';
import { idm } from 'cbp-harness/flows';
import { procedure } from 'cbp-harness/catalog';

test('idm.add-ptan: an end user asks for a second PTAN; the request waits for the AO', { tag: '@procedure' }, async ({ page, control, credentialsOf, mailbox }) => {
  const { users } = await control.scenario({
    organizations: [{ id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao'] }],
    users: [
      { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
      { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001'] }] },
    ],
  });
  const eddie = users.find((u) => u.userId === 'eddie.eu');
  if (!eddie) throw new Error('the scenario has no eddie.eu');

  const input: idm.AddPtanInput = { credentials: credentialsOf(eddie), application: 'Connexion', ptans: ['1234560002'], justification: 'We opened a second location.' };
  const result: idm.AddPtanResult = await idm.addPtan(page, input);

  expect(result.requestId).toMatch(/^\d{8}$/);
  expect(await control.requests()).toEqual([expect.objectContaining({ id: result.requestId, userId: 'eddie.eu', ptans: ['1234560002'], status: 'pending' })]);
  expect(await mailbox.latestCode(eddie.email)).toMatch(/^\d{6}$/); // the code the flow signed in with
  expect(procedure('idm.add-ptan').steps.length).toBe(12);
});
