import { test, expect } from '../../fixtures/test.ts';

/**
 * Issue 13: a session is stored only once a page writes one (a sign-in, a wizard, a notice); a form's token is a
 * signed double-submit cookie and stores nothing, so a visitor who only reads or opens pages, or a crawler, leaves
 * nothing behind. The figures under load are in
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

  test('a page with a form stores no session: its browser gets a form nonce, whose token the form then sends', async ({ playwright, control }) => {
    const visitor = await playwright.request.newContext({ baseURL: control.baseURL });
    const chat = await visitor.get('/chat');
    expect(chat.headers()['set-cookie']).toMatch(/^cbp\.csrf=[^;]+;.*HttpOnly.*SameSite=Lax/i);
    expect(chat.headers()['set-cookie']).not.toContain('cbp.sid=');
    const token = /name="_csrf" value="([^"]+)"/.exec(await chat.text())?.[1] ?? '';
    expect(token.length).toBeGreaterThan(10);
    expect((await control.stats()).sessions.kept).toBe(0);

    const sent = await visitor.post('/chat', { form: { _csrf: token, firstName: 'Ada', lastName: 'Byron', email: 'ada@example.test', topic: 'Other', question: 'Hello?' } });
    expect(sent.status()).toBe(200);
    await visitor.get('/idm/'); // another form for the same browser: the same token, still nothing stored
    expect(await (await visitor.get('/portal/')).text()).toContain(token);
    expect((await control.stats()).sessions.kept).toBe(0);
    await visitor.dispose();
  });

  test('a crowd opening sign-in pages stores nothing, and a signed-in person stays signed in', async ({ playwright, control }) => {
    await control.scenario({ users: [{ userId: 'crowd.ao', password: 'Correct-Horse-Battery-9', email: 'crowd.ao@example.test' }] });
    const person = await playwright.request.newContext({ baseURL: control.baseURL });
    const signIn = await person.get('/idm/');
    await person.post('/idm/sign-in', { form: { _csrf: /name="_csrf" value="([^"]+)"/.exec(await signIn.text())?.[1] ?? '', userId: 'crowd.ao', password: 'Correct-Horse-Battery-9', agree: 'yes' } });
    const code = await control.latestCode('crowd.ao@example.test');
    const verify = await person.get('/idm/verify');
    await person.post('/idm/verify', { form: { _csrf: /name="_csrf" value="([^"]+)"/.exec(await verify.text())?.[1] ?? '', code } });
    expect((await person.get('/idm/dashboard', { maxRedirects: 0 })).status()).toBe(200);
    const kept = (await control.stats()).sessions.kept;
    expect(kept).toBe(1);

    for (let visitor = 0; visitor < 40; visitor++) {
      const crowd = await playwright.request.newContext({ baseURL: control.baseURL });
      for (const path of ['/idm/', '/portal/', '/connexion/', '/dbids/']) expect((await crowd.get(path)).status(), path).toBe(200);
      await crowd.dispose();
    }
    expect((await control.stats()).sessions.kept).toBe(kept);
    expect((await person.get('/idm/dashboard', { maxRedirects: 0 })).status()).toBe(200);
    await person.dispose();
  });

  test('a form posted without having opened its page first is refused, storing nothing', async ({ playwright, control }) => {
    const visitor = await playwright.request.newContext({ baseURL: control.baseURL });
    const sent = await visitor.post('/chat', { form: { _csrf: 'made-up', firstName: 'Ada' } });
    expect(sent.status()).toBe(403);
    expect((await control.stats()).sessions.kept).toBe(0);
    await visitor.dispose();
  });

  test("another browser's token is refused: the token belongs to the nonce of the browser it was given to", async ({ playwright, control }) => {
    const first = await playwright.request.newContext({ baseURL: control.baseURL });
    const token = /name="_csrf" value="([^"]+)"/.exec(await (await first.get('/chat')).text())?.[1] ?? '';
    const second = await playwright.request.newContext({ baseURL: control.baseURL });
    await second.get('/chat');
    const sent = await second.post('/chat', { form: { _csrf: token, firstName: 'Ada', lastName: 'Byron', email: 'ada@example.test', topic: 'Other', question: 'Hello?' } });
    expect(sent.status()).toBe(403);
    expect(await sent.text()).toContain('did not come from this site');
    await first.dispose();
    await second.dispose();
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
