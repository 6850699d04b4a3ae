import { test, expect } from '@playwright/test';
import { MockClock } from '../../mock-portal/domain/clock.ts';

/** A real time the test moves by hand, so the running clock is checked without waiting. */
function fakeRealTime(start = 1_000_000) {
  let now = start;
  return { read: () => now, pass: (ms: number) => (now += ms) };
}

test.describe('the mock clock', () => {
  test('frozen, it stands still while real time passes, and moves only when set or advanced', () => {
    const real = fakeRealTime();
    const clock = new MockClock('2019-08-01T13:00:00.000Z', real.read);
    real.pass(90_000);
    expect(clock.now().toISOString()).toBe('2019-08-01T13:00:00.000Z');
    expect(clock.frozen).toBe(true);
    expect(clock.advanceMinutes(5).toISOString()).toBe('2019-08-01T13:05:00.000Z');
  });

  test('running, it goes forward with real time from where it was set, and keeps running when set or advanced', () => {
    const real = fakeRealTime();
    const clock = new MockClock('2019-08-01T13:00:00.000Z', real.read);
    clock.setFrozen(false);
    real.pass(90_000);
    expect(clock.now().toISOString()).toBe('2019-08-01T13:01:30.000Z');
    clock.set('2020-11-10T20:00:00.000Z');
    real.pass(1_000);
    expect(clock.now().toISOString()).toBe('2020-11-10T20:00:01.000Z');
    clock.advanceMinutes(10);
    real.pass(1_000);
    expect(clock.now().toISOString()).toBe('2020-11-10T20:10:02.000Z');
  });

  test('frozen again, it stops where it had run to; reset goes back to the start and keeps the mode', () => {
    const real = fakeRealTime();
    const clock = new MockClock('2019-08-01T13:00:00.000Z', real.read);
    clock.setFrozen(false);
    real.pass(60_000);
    clock.setFrozen(true);
    real.pass(60_000);
    expect(clock.now().toISOString()).toBe('2019-08-01T13:01:00.000Z');
    clock.setFrozen(false);
    clock.reset();
    real.pass(2_000);
    expect(clock.now().toISOString()).toBe('2019-08-01T13:00:02.000Z');
  });
});
