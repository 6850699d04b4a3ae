import { test, expect } from '../../fixtures/test.ts';
import { HttpUser } from '../../fixtures/http-user.ts';
import { personOf, seedClass, traineePart, withoutTrainee } from './class-world.ts';

test.describe('a class on one mock: the control API', () => {
  test("POST /__admin/reset { trainee } restores that trainee's world, signs their people out and touches nothing else", async ({ control, request, baseURL, playwright }) => {
    const roster = await seedClass(request, baseURL!, 3);
    const seeded = await control.state();
    // t01 and t02 sign in (codes e-mailed, sessions started); t02's BAO locks their account with wrong passwords.
    const t01 = await HttpUser.signIn(playwright, baseURL!, control, 'connexion', personOf(roster[0]!, 'ao'));
    const t02 = await HttpUser.signIn(playwright, baseURL!, control, 'connexion', personOf(roster[1]!, 'ao'));
    const stranger = await HttpUser.anonymous(playwright, baseURL!);
    for (let i = 0; i < 3; i++) await stranger.post('/connexion/sign-in', { userId: 't02.bao', password: 'Not-The-Password-1' }, '/connexion/');
    const before = await control.state();
    expect(before.users.find((u) => u.userId === 't02.bao')?.locked).toBe(true);
    expect(traineePart(before, 't02')).not.toEqual(traineePart(seeded, 't02'));

    const reset = await request.post(`${baseURL}/__admin/reset`, { data: { trainee: 't02' } });
    expect(reset.status()).toBe(204);

    const after = await control.state();
    expect(traineePart(after, 't02')).toEqual(traineePart(seeded, 't02'));
    expect(withoutTrainee(after, 't02')).toEqual(withoutTrainee(before, 't02'));
    expect((await t02.get('/connexion/dashboard')).status).toBe(302); // signed out: back to the sign-in page
    expect((await t01.get('/connexion/dashboard')).status).toBe(200);
    await Promise.all([t01.dispose(), t02.dispose(), stranger.dispose()]);
  });

  test('an unknown trainee, a portal without a class, or a bad body is refused clearly and changes nothing', async ({ control, request, baseURL }) => {
    const noClass = await request.post(`${baseURL}/__admin/reset`, { data: { trainee: 't01' } });
    expect(noClass.status()).toBe(404);
    expect((await noClass.json()).errors[0].message).toContain('has no class');
    await seedClass(request, baseURL!, 2);
    await control.advanceMinutes(5);
    const before = await control.state();
    const answers: [unknown, number, string][] = [
      [{ trainee: 't03' }, 404, 'There is no trainee "t03" in this class: its trainees are t01 to t02.'],
      [{ trainee: 't7' }, 400, 'must look like "t07"'],
      [{ trainee: 7 }, 400, 'must be string'],
      [{ trainee: 't01', seed: 3 }, 400, 'give only one of seed or trainee'],
      [{ trainee: 't01', everything: true }, 400, 'is not a known field'],
    ];
    for (const [data, status, message] of answers) {
      const answer = await request.post(`${baseURL}/__admin/reset`, { data });
      expect(answer.status(), JSON.stringify(data)).toBe(status);
      expect(JSON.stringify(await answer.json())).toContain(JSON.stringify(message).slice(1, -1));
    }
    expect(await control.state()).toEqual(before);
  });

  test('POST /__admin/class seeds once; a bad size is a 400; GET /__admin/class is the roster', async ({ request, baseURL, control }) => {
    for (const size of [0, 201, 1.5, '3']) {
      const answer = await request.post(`${baseURL}/__admin/class`, { data: { size } });
      expect(answer.status(), String(size)).toBe(400);
    }
    expect((await control.state()).organizations).toEqual([]);
    const roster = await seedClass(request, baseURL!, 2);
    expect(roster.map((e) => e.people.map((p) => p.userId))).toEqual([
      ['t01.ao', 't01.bao', 't01.eu', 't01.official', 't01.new', 't01.forgot', 't01.locked', 't01.old'],
      ['t02.ao', 't02.bao', 't02.eu', 't02.official', 't02.new', 't02.forgot', 't02.locked', 't02.old'],
    ]);
    const again = await request.post(`${baseURL}/__admin/class`, { data: { size: 2 } });
    expect(again.status()).toBe(409);
    expect((await again.json()).errors[0].message).toContain('already has a class of 2');
    expect(((await (await request.get(`${baseURL}/__admin/class`)).json()) as { trainees: unknown }).trainees).toEqual(roster);
    const openapi = await (await request.get(`${baseURL}/__admin/openapi.json`)).json();
    expect(Object.keys(openapi.components.schemas.reset.properties)).toEqual(['seed', 'trainee']);
  });

  test("/mailbox/t01/ shows t01's mail only; /mailbox/ still shows everyone's", async ({ request, baseURL, control, playwright }) => {
    const roster = await seedClass(request, baseURL!, 2);
    const t01 = await HttpUser.signIn(playwright, baseURL!, control, 'connexion', personOf(roster[0]!, 'ao'));
    const t02 = await HttpUser.signIn(playwright, baseURL!, control, 'connexion', personOf(roster[1]!, 'ao'));
    const [t02Code] = await control.mail('t02.ao@example.test');
    const own = await (await request.get(`${baseURL}/mailbox/t01/`)).text();
    expect(own).toContain('t01.ao@example.test');
    expect(own).not.toContain('t02.ao@example.test');
    expect((await request.get(`${baseURL}/mailbox/t01/${t02Code!.id}`)).status()).toBe(404);
    expect(await (await request.get(`${baseURL}/mailbox/t02/${t02Code!.id}`)).text()).toContain(t02Code!.text.split('\n')[0]!);
    const unknown = await request.get(`${baseURL}/mailbox/t09/`);
    expect(unknown.status()).toBe(404);
    expect(await unknown.text()).toContain('its trainees are t01 to t02');
    const all = await (await request.get(`${baseURL}/mailbox/`)).text();
    expect(all).toContain('t01.ao@example.test');
    expect(all).toContain('t02.ao@example.test');
    expect((await request.get(`${baseURL}/mailbox/${t02Code!.id}`)).status()).toBe(200);
    await Promise.all([t01.dispose(), t02.dispose()]);
  });

  test("the journal names who made each request, and the trainer's page answers only on this machine's name", async ({ request, baseURL, control, playwright }) => {
    const roster = await seedClass(request, baseURL!, 1);
    const t01 = await HttpUser.signIn(playwright, baseURL!, control, 'connexion', personOf(roster[0]!, 'ao'));
    await t01.get('/connexion/dashboard');
    const { entries } = await control.journal({ path: '/connexion/dashboard', method: 'GET', limit: 1 });
    expect(entries[0]?.userId).toBe('t01.ao');
    expect((await request.get(`${baseURL}/class/`)).status()).toBe(200);
    const elsewhere = await request.get(`${baseURL}/class/`, { headers: { host: 'portal.example.test' } });
    expect(elsewhere.status()).toBe(403);
    expect(await elsewhere.text()).toContain('only on localhost or 127.0.0.1');
    await t01.dispose();
  });
});
