import { test, expect } from '../../fixtures/test.ts';
import { startPortal } from '../../fixtures/portal-server.ts';

interface ClockBody {
  now: string;
  frozen: boolean;
}

test.describe('the control API runs or freezes the mock clock', () => {
  test('a test portal’s clock is frozen; { frozen: false } lets it run with real time, { frozen: true } stops it again', async ({ request, control }) => {
    const clock = `${control.baseURL}/__admin/clock`;
    const read = async () => (await (await request.get(clock)).json()) as ClockBody;
    const start = await read();
    expect(start.frozen).toBe(true);

    const running = (await (await request.post(clock, { data: { frozen: false } })).json()) as ClockBody;
    expect(running.frozen).toBe(false);
    await expect.poll(async () => Date.parse((await read()).now), { message: 'the running clock moves on' }).toBeGreaterThan(Date.parse(start.now));

    const stopped = (await (await request.post(clock, { data: { frozen: true, now: '2020-11-10T20:00:00.000Z' } })).json()) as ClockBody;
    expect(stopped).toEqual({ now: '2020-11-10T20:00:00.000Z', frozen: true });
    expect(await read()).toEqual(stopped);
  });

  test('a bad frozen value is refused and changes nothing', async ({ request, control }) => {
    const clock = `${control.baseURL}/__admin/clock`;
    const before = await (await request.get(clock)).json();
    const response = await request.post(clock, { data: { frozen: 'yes' } });
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('/frozen');
    expect(await (await request.get(clock)).json()).toEqual(before);
  });

  test('the portal `npm start` serves runs its clock with real time from the start point', async ({ request }) => {
    const portal = await startPortal([], { frozenClock: false });
    try {
      const read = async () => (await (await request.get(`${portal.url}/__admin/clock`)).json()) as ClockBody;
      const first = await read();
      expect(first.frozen).toBe(false);
      await expect.poll(async () => Date.parse((await read()).now), { message: 'the clock moves on by itself' }).toBeGreaterThan(Date.parse(first.now));
    } finally {
      await portal.stop();
    }
  });
});
