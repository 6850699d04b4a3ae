import { test, expect } from '../../fixtures/test.ts';
import { HttpUser } from '../../fixtures/http-user.ts';

/** The control API of contract.md, over HTTP, bad bodies included. */
test.describe('control API', () => {
  test('health answers ok', async ({ request, control }) => {
    const response = await request.get(`${control.baseURL}/__admin/health`);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('scenario adds organizations and users, generating what is left out', async ({ control }) => {
    const result = await control.scenario({
      organizations: [{ id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao'], bidderNumbers: ['210001'] }],
      users: [
        { userId: 'jane.ao', password: 'Correct-Horse-Battery-9', email: 'jane.ao@example.test', firstName: 'Jane', lastName: 'Ames', organization: 'acme', identityVerified: false, roles: [{ application: 'Connexion', role: 'AO', ptans: ['1234560001'] }] },
        { organization: 'acme' },
      ],
    });
    expect(result.organizations).toHaveLength(1);
    const [jane, generated] = result.users;
    expect(jane).toMatchObject({ userId: 'jane.ao', password: 'Correct-Horse-Battery-9', organizationId: 'acme' });
    expect(jane?.roles[0]).toMatchObject({ application: 'Connexion', role: 'AO', ptans: ['1234560001'] });
    expect(generated?.userId).toMatch(/^[a-z0-9.]+$/);
    expect(generated?.password.length).toBeGreaterThanOrEqual(15);
    expect(generated?.email).toContain('@');
    const state = await control.state();
    expect(state.users.map((u) => u.userId)).toEqual(['jane.ao', generated?.userId]);
    expect(state.users[0]).toMatchObject({ email: 'jane.ao@example.test', firstName: 'Jane', lastName: 'Ames', organizationId: 'acme', identityVerified: false, roles: [{ application: 'Connexion', role: 'AO', ptans: ['1234560001'] }] });
    expect(state.organizations).toMatchObject([{ id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], bidderNumbers: ['210001'] }]);
    expect(JSON.stringify(state)).not.toContain('passwordHash');
  });

  test('the same seed gives the same generated data', async ({ control }) => {
    await control.reset(42);
    const first = await control.scenario({ organizations: [{}], users: [{}, {}] });
    await control.reset(42);
    const second = await control.scenario({ organizations: [{}], users: [{}, {}] });
    expect(second).toEqual(first);
    await control.reset(43);
    const other = await control.scenario({ organizations: [{}], users: [{}, {}] });
    expect(other.users[0]?.userId).not.toEqual(first.users[0]?.userId);
  });

  const badBodies: [string, unknown, string][] = [
    ['an unknown top-level key', { people: [] }, '/people'],
    ['a PTAN that is not 10 digits', { organizations: [{ ptans: ['12345'] }] }, '/organizations/0/ptans/0'],
    ['an application that does not exist', { users: [{ roles: [{ application: 'PECOS', role: 'AO' }] }] }, '/users/0/roles/0/application'],
    ['a role without its role name', { users: [{ roles: [{ application: 'Connexion' }] }] }, '/users/0/roles/0/role'],
    ['an e-mail that is not an address', { users: [{ email: 'not-an-address' }] }, '/users/0/email'],
    ['a weak password', { users: [{ userId: 'weak.user', password: 'password' }] }, '/users/0/password'],
    ['a user of an unknown organization', { users: [{ organization: 'nowhere' }] }, '/users/0/organization'],
    ['a role PTAN the organization does not have', { organizations: [{ id: 'o1', ptans: ['1111110001'] }], users: [{ organization: 'o1', roles: [{ application: 'Connexion', role: 'EU', ptans: ['2222220001'] }] }] }, '/users/0/roles/0/ptans/0'],
    ['an AO who is not an authorized official', { organizations: [{ id: 'o2', authorizedOfficials: ['someone.else'] }], users: [{ userId: 'not.official', organization: 'o2', roles: [{ application: 'DBidS', role: 'AO' }] }] }, '/users/0/roles/0/role'],
    ['a body that is not an object', [1, 2], '/'],
  ];
  for (const [what, body, path] of badBodies) {
    test(`scenario refuses ${what} with 400 and changes nothing`, async ({ request, control }) => {
      const before = await control.state();
      const response = await request.post(`${control.baseURL}/__admin/scenario`, { data: body as object });
      expect(response.status()).toBe(400);
      const { errors } = (await response.json()) as { errors: { path: string; message: string }[] };
      expect(errors.map((e) => e.path)).toContain(path);
      for (const e of errors) expect(e.message.length).toBeGreaterThan(3);
      expect(await control.state()).toEqual(before);
    });
  }

  test('scenario refuses malformed JSON with 400', async ({ request, control }) => {
    const response = await request.post(`${control.baseURL}/__admin/scenario`, { headers: { 'content-type': 'application/json' }, data: '{"users": [' });
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { errors: unknown[] }).errors.length).toBe(1);
  });

  test('a duplicate user ID is refused and nothing of the body is added', async ({ request, control }) => {
    await control.scenario({ users: [{ userId: 'dup.user' }] });
    const before = await control.state();
    const response = await request.post(`${control.baseURL}/__admin/scenario`, { data: { organizations: [{ id: 'fresh' }], users: [{ userId: 'dup.user' }] } });
    expect(response.status()).toBe(400);
    expect(await control.state()).toEqual(before);
  });

  test('the scenario schema is published', async ({ request, control }) => {
    const response = await request.get(`${control.baseURL}/__admin/schemas/scenario`);
    expect(response.status()).toBe(200);
    const schema = (await response.json()) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(['organizations', 'users']);
  });

  test('reset forgets everything and sets the clock back', async ({ request, control, playwright }) => {
    const fresh = await control.state();
    const { users } = await control.scenario({ organizations: [{}], users: [{}] });
    const visitor = await HttpUser.anonymous(playwright, control.baseURL);
    await visitor.post('/connexion/sign-in', { userId: users[0]!.userId, password: users[0]!.password }, '/connexion/'); // e-mails a code
    await visitor.dispose();
    expect((await control.state()).mail).toHaveLength(1);
    await control.advanceMinutes(90);
    await control.fault('connexion.upload', 2);
    const response = await request.post(`${control.baseURL}/__admin/reset`);
    expect(response.status()).toBe(204);
    expect(await control.state()).toEqual(fresh);
  });

  test('reset refuses a bad seed', async ({ request, control }) => {
    const response = await request.post(`${control.baseURL}/__admin/reset`, { data: { seed: 'forty-two' } });
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('/seed');
  });

  test('the clock moves forward by minutes or to a given time', async ({ request, control }) => {
    const start = await control.now();
    expect((await control.advanceMinutes(31)).getTime() - start.getTime()).toBe(31 * 60_000);
    expect((await control.setClock('2020-11-10T20:00:00.000Z')).toISOString()).toBe('2020-11-10T20:00:00.000Z');
    for (const body of [{}, { advanceMinutes: -5 }, { now: 'tomorrow' }, { advanceMinutes: 1, now: '2020-01-01T00:00:00Z' }]) {
      const response = await request.post(`${control.baseURL}/__admin/clock`, { data: body });
      expect(response.status(), JSON.stringify(body)).toBe(400);
    }
    expect((await control.now()).toISOString()).toBe('2020-11-10T20:00:00.000Z');
  });

  test('faults list their points, arm, and clear; unknown points are refused', async ({ request, control }) => {
    const listed = (await (await request.get(`${control.baseURL}/__admin/faults`)).json()) as { points: { point: string }[] };
    expect(listed.points.map((p) => p.point)).toEqual(expect.arrayContaining(['connexion.upload', 'pecos.lookup', 'identity.proofing', 'mail.send']));
    await control.fault('mail.send', 3);
    expect((await control.state()).faults).toEqual([{ point: 'mail.send', remaining: 3, mode: 'error' }]);
    const bad = await request.post(`${control.baseURL}/__admin/faults`, { data: { point: 'nowhere.at.all' } });
    expect(bad.status()).toBe(400);
    const noPoint = await request.post(`${control.baseURL}/__admin/faults`, { data: { times: 1 } });
    expect(noPoint.status()).toBe(400);
    expect((await request.delete(`${control.baseURL}/__admin/faults`)).status()).toBe(204);
    expect((await control.state()).faults).toEqual([]);
  });

  test('mail needs an address and lists that address newest first', async ({ request, control, playwright }) => {
    expect((await request.get(`${control.baseURL}/__admin/mail`)).status()).toBe(400);
    expect(await control.mail('nobody@example.test')).toEqual([]);

    const { users } = await control.scenario({ users: [{ userId: 'jane.ao', email: 'jane.ao@example.test' }, { userId: 'bob.bao', email: 'bob.bao@example.test' }] });
    for (const user of [users[0]!, users[1]!, users[0]!]) {
      const visitor = await HttpUser.anonymous(playwright, control.baseURL);
      const signIn = await visitor.post('/connexion/sign-in', { userId: user.userId, password: user.password }, '/connexion/');
      expect(signIn.location).toMatch(/\/connexion\/verify$/); // a one-time code was e-mailed
      await visitor.dispose();
    }
    const { mail: sent } = await control.state();
    expect(sent.map((m) => m.to)).toEqual(['jane.ao@example.test', 'bob.bao@example.test', 'jane.ao@example.test']);
    expect(await control.mail('jane.ao@example.test')).toEqual([sent[2], sent[0]]);
  });

  test('the request list starts empty; deciding an unknown request is a clear 404', async ({ request, control }) => {
    expect(await control.requests()).toEqual([]);
    const response = await request.post(`${control.baseURL}/__admin/requests/99999999/approve`);
    expect(response.status()).toBe(404);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain('99999999');
  });

  test('an unknown control call is a JSON 404', async ({ request, control }) => {
    const response = await request.get(`${control.baseURL}/__admin/nothing-here`);
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/json');
  });
});
