import { test, expect } from '@playwright/test';
import type { SessionData } from 'express-session';
import { BoundedSessionStore } from '../../mock-portal/http/session-store.ts';
import { RequestJournal, type JournalEntry } from '../../mock-portal/http/journal.ts';
import { config } from '../../mock-portal/config.ts';
import { deliver, mailTo } from '../../mock-portal/domain/mail.ts';
import { MockState } from '../../mock-portal/domain/mock-state.ts';
import type { Upstream } from '../../mock-portal/domain/upstream.ts';

/** Issue 13: every store that grows with traffic stops at its bound; stale sessions are dropped. No timing: a fake clock. */
const session = (extra: Record<string, unknown> = {}) => ({ cookie: { originalMaxAge: null }, ...extra }) as unknown as SessionData;

function stored(store: BoundedSessionStore, sid: string): SessionData | null | undefined {
  let found: SessionData | null | undefined;
  store.get(sid, (_error, value) => (found = value));
  return found;
}

test.describe('the session store', () => {
  test('keeps at most maxSessions, dropping the least recently used', () => {
    const store = new BoundedSessionStore({ maxSessions: 3, maxChars: 1_000_000, idleRealMs: 60_000 });
    for (const sid of ['a', 'b', 'c']) store.set(sid, session({ sid }));
    expect(stored(store, 'a')).toMatchObject({ sid: 'a' }); // a is now the most recently used
    store.set('d', session({ sid: 'd' }));
    expect(store.size()).toBe(3);
    expect(stored(store, 'b')).toBeNull();
    for (const sid of ['a', 'c', 'd']) expect(stored(store, sid)).toMatchObject({ sid });
  });

  test('keeps at most maxChars of session data in all, and never one session larger than that', () => {
    const store = new BoundedSessionStore({ maxSessions: 100, maxChars: 1_000, idleRealMs: 60_000 });
    for (let i = 0; i < 10; i++) store.set(`s${i}`, session({ filler: 'x'.repeat(300) }));
    expect(store.size()).toBeLessThanOrEqual(3);
    expect(stored(store, 's9')).not.toBeNull();
    store.set('huge', session({ filler: 'x'.repeat(2_000) }));
    expect(stored(store, 'huge')).toBeNull();
  });

  test('drops a session idle longer than idleRealMs; a session in use stays', () => {
    let now = 1_000_000;
    const store = new BoundedSessionStore({ maxSessions: 100, maxChars: 1_000_000, idleRealMs: 60_000, now: () => now });
    store.set('idle', session());
    store.set('busy', session());
    for (let minute = 1; minute <= 3; minute++) {
      now += 50_000;
      store.touch('busy', session());
    }
    expect(stored(store, 'idle')).toBeNull();
    expect(stored(store, 'busy')).not.toBeNull();
    expect(store.size()).toBe(1);
  });

  test('gives back a copy: changing a session read from the store changes nothing stored', () => {
    const store = new BoundedSessionStore({ maxSessions: 10, maxChars: 1_000_000, idleRealMs: 60_000 });
    store.set('a', session({ notice: { text: 'kept' } }));
    const read = stored(store, 'a') as unknown as { notice: { text: string } };
    read.notice.text = 'changed';
    expect(stored(store, 'a')).toMatchObject({ notice: { text: 'kept' } });
  });
});

const entry = (method: string, path: string): Omit<JournalEntry, 'id'> => ({
  loggedAt: '2026-01-01T00:00:00.000Z',
  mockTime: '2019-08-01T13:00:00.000Z',
  request: { method, path, query: '' },
  response: { status: 200, completed: true },
  durationMs: 1,
});

test.describe('the request journal', () => {
  test('keeps the newest max entries, ids counting on', () => {
    const journal = new RequestJournal(5);
    for (let i = 1; i <= 12; i++) journal.add(entry('GET', `/page/${i}`));
    expect(journal.kept).toBe(5);
    expect(journal.find().map((e) => [e.id, e.request.path])).toEqual([12, 11, 10, 9, 8].map((i) => [i, `/page/${i}`]));
  });

  test('filters by exact path, path prefix and method, newest first, up to a limit', () => {
    const journal = new RequestJournal(100);
    for (const [method, path] of [['GET', '/idm/'], ['POST', '/idm/sign-in'], ['GET', '/'], ['post', '/idm/verify'], ['GET', '/idm']] as const) {
      journal.add(entry(method.toUpperCase(), path));
    }
    expect(journal.find({ path: '/idm/' }).map((e) => e.request.path)).toEqual(['/idm/']);
    expect(journal.find({ path: '/idm/*' }).map((e) => e.request.path)).toEqual(['/idm/verify', '/idm/sign-in', '/idm/']);
    expect(journal.find({ method: 'post' }).map((e) => e.request.path)).toEqual(['/idm/verify', '/idm/sign-in']);
    expect(journal.find({ path: '/idm*', method: 'GET', limit: 1 }).map((e) => e.request.path)).toEqual(['/idm']);
    journal.clear();
    expect(journal.find()).toEqual([]);
  });
});

test.describe('the mailbox', () => {
  test(`keeps the newest ${config.mailboxMaxMessages} messages; IDs keep counting up past the dropped ones`, () => {
    const state = new MockState({} as Upstream);
    const total = config.mailboxMaxMessages + 25;
    for (let i = 1; i <= total; i++) deliver(state, { to: i % 2 ? 'odd@example.test' : 'even@example.test', subject: `message ${i}`, text: '' });
    expect(state.mail).toHaveLength(config.mailboxMaxMessages);
    expect(state.mail.at(-1)).toMatchObject({ id: `m${total}`, subject: `message ${total}` });
    expect(state.mail[0]).toMatchObject({ id: `m${total - config.mailboxMaxMessages + 1}` });
    expect(mailTo(state, 'odd@example.test')[0]?.subject).toBe(`message ${total % 2 ? total : total - 1}`);
    expect(new Set(state.mail.map((m) => m.id)).size).toBe(config.mailboxMaxMessages);
  });
});
