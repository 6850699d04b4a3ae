import { request as httpRequest } from 'node:http';
import { test, expect } from '../../fixtures/test.ts';
import { PortalControl } from '../../fixtures/control.ts';
import { startPortal } from '../../fixtures/portal-server.ts';

/** Issue 13: who may drive the control API, and what it takes. A refused call changes nothing. */
const calls = ['/__admin/reset', '/__admin/scenario', '/__admin/clock', '/__admin/faults', '/__admin/requests/12345678/approve'];

/** A raw HTTP request, for headers fetch will not send as given (Host). */
function raw(url: string, path: string, headers: Record<string, string>): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    httpRequest({ hostname, port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject).end();
  });
}

test.describe('the control API takes JSON only from test code', () => {
  test('a cross-site form cannot reset the world', async ({ request, control }) => {
    await control.scenario({ users: [{ userId: 'still.here' }] });
    const before = await control.state();
    const answer = await request.post(`${control.baseURL}/__admin/reset`, { headers: { origin: 'http://evil.example' }, form: { seed: '1' } });
    expect([403, 415]).toContain(answer.status());
    expect(await control.state()).toEqual(before);
  });

  for (const [kind, options] of [
    ['a form', { form: { seed: '1' } }],
    ['an empty form', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: '' }],
    ['text/plain JSON', { headers: { 'content-type': 'text/plain' }, data: '{"seed":1}' }],
    ['a multipart form', { multipart: { seed: '1' } }],
  ] as const) {
    test(`${kind} is refused with 415 by every call that changes something, changing nothing`, async ({ request, control }) => {
      await control.scenario({ users: [{ userId: 'still.here' }] });
      const before = await control.state();
      for (const path of calls) {
        const answer = await request.post(`${control.baseURL}${path}`, options);
        expect(answer.status(), path).toBe(415);
        const { errors } = (await answer.json()) as { errors: { path: string; message: string }[] };
        expect(errors[0]?.message).toContain('application/json');
      }
      expect(await control.state()).toEqual(before);
    });
  }

  test('JSON with a charset, and a call with no body at all, are taken (the body is optional)', async ({ request, control }) => {
    const withCharset = await request.post(`${control.baseURL}/__admin/clock`, { headers: { 'content-type': 'application/json; charset=utf-8' }, data: '{"advanceMinutes":5}' });
    expect(withCharset.status()).toBe(200);
    expect((await request.post(`${control.baseURL}/__admin/reset`)).status()).toBe(204);
  });

  test('a web page of another site is refused even with a JSON body; the portal’s own origin is not', async ({ request, control }) => {
    for (const headers of [{ origin: 'http://evil.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      const answer = await request.post(`${control.baseURL}/__admin/clock`, { headers, data: { advanceMinutes: 5 } });
      expect(answer.status(), JSON.stringify(headers)).toBe(403);
    }
    const own = await request.post(`${control.baseURL}/__admin/clock`, { headers: { origin: control.baseURL }, data: { advanceMinutes: 5 } });
    expect(own.status()).toBe(200);
  });

  test('without a token, a request addressed to another name (DNS rebinding) is refused', async ({ control }) => {
    expect(await raw(control.baseURL, '/__admin/state', { host: 'evil.example' })).toBe(403);
    expect(await raw(control.baseURL, '/__admin/state', { host: `localhost:${new URL(control.baseURL).port}` })).toBe(200);
  });

  test('a known path asked with another method answers 405 with the methods it takes', async ({ request, control }) => {
    const answer = await request.put(`${control.baseURL}/__admin/clock`, { data: {} });
    expect(answer.status()).toBe(405);
    expect(answer.headers().allow).toBe('GET, POST, HEAD');
  });
});

test.describe('the admin token', () => {
  test('with --admin-token, every control call needs it; pages do not', async ({ playwright }) => {
    const portal = await startPortal(['--admin-token', 'correct-token-13']);
    const api = await playwright.request.newContext({ baseURL: portal.url });
    try {
      for (const headers of [{}, { authorization: 'Bearer wrong-token' }, { authorization: 'Basic Y29ycmVjdC10b2tlbi0xMw==' }] as Record<string, string>[]) {
        const answer = await api.get('/__admin/health', { headers });
        expect(answer.status(), JSON.stringify(headers)).toBe(401);
        expect(answer.headers()['www-authenticate']).toContain('Bearer');
      }
      expect((await api.post('/__admin/reset', { data: {} })).status()).toBe(401);
      const control = new PortalControl(api, portal.url, 'correct-token-13');
      await control.scenario({ users: [{ userId: 'token.user' }] });
      expect((await control.state()).users.map((u) => u.userId)).toEqual(['token.user']);
      expect((await api.get('/')).status()).toBe(200);
    } finally {
      await api.dispose();
      await portal.stop();
    }
  });

  test('listening beyond loopback without a token refuses to start, saying how to give one', async () => {
    await expect(startPortal(['--host', '0.0.0.0'])).rejects.toThrow(/--admin-token TOKEN or CBP_ADMIN_TOKEN/);
  });

  test('listening beyond loopback with a token starts, and the control API needs the token', async ({ playwright }) => {
    const portal = await startPortal(['--host', '0.0.0.0', '--admin-token', 'network-token-13']);
    const api = await playwright.request.newContext({ baseURL: portal.url });
    try {
      expect((await api.get('/__admin/health')).status()).toBe(401);
      expect((await api.get('/__admin/health', { headers: { authorization: 'Bearer network-token-13' } })).status()).toBe(200);
    } finally {
      await api.dispose();
      await portal.stop();
    }
  });
});

test.describe('bad values are refused with 400 {path, message} and change nothing', () => {
  const badClocks: [unknown, string][] = [
    [{ now: '2016-12-31T23:59:60Z' }, '/now'],
    [{ now: '2020-01-01' }, '/now'],
    [{ now: '2020-02-30T00:00:00Z' }, '/now'],
    [{ now: '1969-12-31T23:59:59Z' }, '/now'],
    [{ now: 20200101 }, '/now'],
    [{ advanceMinutes: -1 }, '/advanceMinutes'],
    [{ advanceMinutes: 'ten' }, '/advanceMinutes'],
    [{ advanceMinutes: 1e9 }, '/advanceMinutes'],
    [{}, '/'],
    [{ now: '2020-01-01T00:00:00Z', advanceMinutes: 1 }, '/'],
    [{ tomorrow: true }, '/tomorrow'],
  ];
  for (const [body, path] of badClocks) {
    test(`clock ${JSON.stringify(body)}`, async ({ request, control }) => {
      const before = await control.now();
      const answer = await request.post(`${control.baseURL}/__admin/clock`, { data: body as object });
      expect(answer.status()).toBe(400);
      const { errors } = (await answer.json()) as { errors: { path: string; message: string }[] };
      expect(errors.map((e) => e.path)).toContain(path);
      for (const e of errors) expect(e.message.length).toBeGreaterThan(5);
      expect(await control.now()).toEqual(before);
      expect((await request.get(`${control.baseURL}/__admin/state`)).status()).toBe(200);
    });
  }

  test('the clock cannot be moved past the year 9999', async ({ request, control }) => {
    await control.setClock('9999-12-01T00:00:00Z');
    const answer = await request.post(`${control.baseURL}/__admin/clock`, { data: { advanceMinutes: 5256000 } });
    expect(answer.status()).toBe(400);
    expect(((await answer.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('/advanceMinutes');
    expect((await control.now()).toISOString()).toBe('9999-12-01T00:00:00.000Z');
  });

  const badQueries: [string, string][] = [
    ['/__admin/mail', '/to'],
    ['/__admin/mail?to=%20', '/to'],
    ['/__admin/mail?to=a@example.test&to=b@example.test', '/to'],
    ['/__admin/requests?status=lost', '/status'],
    ['/__admin/journal?limit=0', '/limit'],
    ['/__admin/journal?limit=ten', '/limit'],
    ['/__admin/journal?colour=red', '/colour'],
  ];
  for (const [url, path] of badQueries) {
    test(`query ${url}`, async ({ request, control }) => {
      const answer = await request.get(`${control.baseURL}${url}`);
      expect(answer.status()).toBe(400);
      expect(((await answer.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
    });
  }

  test('fault bodies: an unknown point, too many times, an unknown mode', async ({ request, control }) => {
    for (const [body, path] of [[{ point: 'nowhere' }, '/point'], [{ point: 'mail.send', times: 0 }, '/times'], [{ point: 'mail.send', mode: 'slow' }, '/mode']] as const) {
      const answer = await request.post(`${control.baseURL}/__admin/faults`, { data: body });
      expect(answer.status(), JSON.stringify(body)).toBe(400);
      expect(((await answer.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
    }
    expect((await control.state()).faults).toEqual([]);
  });
});
