import { test, expect } from '../../fixtures/test.ts';

/**
 * Issue 13: a session (and its CSRF token) is stored only once a page with a form or a sign-in needs it, so a
 * visitor who only reads pages, or a crawler, leaves nothing behind. The figures under load are in
 * scripts/measure-memory.ts; here the mechanism, by counting stored sessions.
 */
const PAGES_WITHOUT_A_FORM = ['/', '/portals', '/portals/enterprise-portal', '/phases', '/phases/registration', '/connexion-info', '/mailbox/', '/assets/site.css', '/no-such-page'];

test.describe('sessions are stored only when a page needs one', () => {
  test('anonymous requests for pages without a form store no session and set no cookie', async ({ playwright, control }) => {
    expect((await control.stats()).sessions.kept).toBe(0);
    const visitor = await playwright.request.newContext({ baseURL: control.baseURL });
    for (let round = 0; round < 5; round++) {
      for (const path of PAGES_WITHOUT_A_FORM) {
        const response = await visitor.get(path);
        expect(response.status(), path).toBeLessThan(500);
        expect(response.headers()['set-cookie'], path).toBeUndefined();
      }
    }
    expect((await control.stats()).sessions.kept).toBe(0);
    await visitor.dispose();
  });

  test('a page with a form stores one session, whose token its form then sends', async ({ playwright, control }) => {
    const visitor = await playwright.request.newContext({ baseURL: control.baseURL });
    const chat = await visitor.get('/chat');
    expect(chat.headers()['set-cookie']).toContain('cbp.sid=');
    const token = /name="_csrf" value="([^"]+)"/.exec(await chat.text())?.[1] ?? '';
    expect(token.length).toBeGreaterThan(10);
    expect((await control.stats()).sessions.kept).toBe(1);

    const sent = await visitor.post('/chat', { form: { _csrf: token, firstName: 'Ada', lastName: 'Byron', email: 'ada@example.test', topic: 'Other', question: 'Hello?' } });
    expect(sent.status()).toBe(200);
    await visitor.get('/idm/'); // another form in the same session: the same session, the same token
    expect((await control.stats()).sessions.kept).toBe(1);
    expect(await (await visitor.get('/portal/')).text()).toContain(token);
    await visitor.dispose();
  });

  test('a form posted without having opened its page first is refused, storing nothing', async ({ playwright, control }) => {
    const visitor = await playwright.request.newContext({ baseURL: control.baseURL });
    const sent = await visitor.post('/chat', { form: { _csrf: 'made-up', firstName: 'Ada' } });
    expect(sent.status()).toBe(403);
    expect((await control.stats()).sessions.kept).toBe(0);
    await visitor.dispose();
  });

  test('a reset forgets every session: a form of the old world is refused', async ({ playwright, control }) => {
    const visitor = await playwright.request.newContext({ baseURL: control.baseURL });
    const token = /name="_csrf" value="([^"]+)"/.exec(await (await visitor.get('/chat')).text())?.[1] ?? '';
    await control.reset();
    expect((await control.stats()).sessions.kept).toBe(0);
    const sent = await visitor.post('/chat', { form: { _csrf: token, firstName: 'Ada', lastName: 'Byron', email: 'ada@example.test', topic: 'Other', question: 'Hello?' } });
    expect(sent.status()).toBe(403);
    await visitor.dispose();
  });
});
