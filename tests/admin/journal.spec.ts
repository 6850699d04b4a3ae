import { test, expect } from '../../fixtures/test.ts';
import { config } from '../../mock-portal/config.ts';

/** Issue 13: a bounded journal of what was asked of the portal, newest first, in the spirit of WireMock's. */
test.describe('the request journal', () => {
  test('lists requests newest first, with what they answered, filtered by path and method', async ({ request, control }) => {
    await control.clearJournal();
    await request.get(`${control.baseURL}/`);
    await request.get(`${control.baseURL}/idm/`);
    await request.post(`${control.baseURL}/idm/sign-in`, { form: { userId: 'nobody', password: 'Secret-Password-123', agree: 'yes' } });
    await request.get(`${control.baseURL}/no-such-page`);
    await control.advanceMinutes(3);

    const all = await control.journal();
    expect(all.entries.map((e) => `${e.request.method} ${e.request.path} ${e.response.status}`)).toEqual([
      'POST /__admin/clock 200',
      'GET /no-such-page 404',
      'POST /idm/sign-in 403',
      'GET /idm/ 200',
      'GET / 200',
      'DELETE /__admin/journal 204',
    ]);
    expect(all.entries[0]?.id).toBeGreaterThan(all.entries[1]?.id ?? Infinity);
    expect(all.meta).toEqual({ matched: 6, kept: 6, max: config.journalMaxEntries });
    expect((await control.journal({ path: '/idm/*' })).entries.map((e) => e.request.path)).toEqual(['/idm/sign-in', '/idm/']);
    expect((await control.journal({ method: 'post' })).entries.map((e) => e.request.path)).toEqual(['/__admin/clock', '/idm/sign-in']);
    expect((await control.journal({ path: '/', limit: 1 })).entries.map((e) => e.request.path)).toEqual(['/']);
    const limited = await control.journal({ limit: 2 });
    expect(limited.entries).toHaveLength(2);
    expect(limited.meta.matched).toBe(6);
  });

  test('keeps no bodies, cookies or CSRF tokens', async ({ request, control }) => {
    await request.get(`${control.baseURL}/chat`);
    await request.post(`${control.baseURL}/connexion/documents/upload?_csrf=secret-token-value&x=1`, { multipart: { certification: 'Secret-Password-123' } });
    const text = JSON.stringify(await control.journal());
    expect(text).not.toContain('secret-token-value');
    expect(text).not.toContain('Secret-Password-123');
    expect(text).not.toContain('cbp.sid');
    const upload = (await control.journal({ path: '/connexion/documents/upload' })).entries[0];
    expect(upload?.request.query).toBe('_csrf=&x=1');
    expect(upload?.request.contentType).toContain('multipart/form-data');
  });

  test('DELETE empties it, and a reset starts it afresh with the reset itself', async ({ request, control }) => {
    await request.get(`${control.baseURL}/`);
    expect((await request.delete(`${control.baseURL}/__admin/journal`)).status()).toBe(204);
    expect((await control.journal()).entries.map((e) => e.request.path)).toEqual(['/__admin/journal']);
    await request.get(`${control.baseURL}/`);
    await control.reset();
    expect((await control.journal()).entries.map((e) => `${e.request.method} ${e.request.path}`)).toEqual(['POST /__admin/reset']);
  });
});
