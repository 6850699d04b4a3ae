import { Store, type SessionData } from 'express-session';
import { LRUCache } from 'lru-cache';
import { config } from '../config.ts';

export interface SessionStoreLimits {
  /** Sessions kept at most; the least recently used one goes first. */
  maxSessions: number;
  /** Characters of stored session JSON kept at most, all sessions together. */
  maxChars: number;
  /** A session unused this long in real time is dropped. */
  idleRealMs: number;
  /** The clock of the idle time-out (tests give their own); real time by default. */
  now?: () => number;
}

/**
 * Where sessions live: in memory, bounded in number and size, and dropped after a real-time idle period (the
 * sign-in's idle time-out on the mock clock is separate, see requireSignIn). express-session's MemoryStore has no
 * bound and never drops a session whose cookie has no expiry. Sessions are kept as JSON, so no page can change a
 * stored session except by saving it.
 */
export class BoundedSessionStore extends Store {
  private readonly sessions: LRUCache<string, string>;
  private readonly now: () => number;
  private lastPurge: number;
  readonly limits: SessionStoreLimits;

  constructor(limits: SessionStoreLimits = defaultSessionLimits()) {
    super();
    this.limits = limits;
    const now = limits.now;
    this.now = now ?? (() => performance.now());
    this.lastPurge = this.now();
    this.sessions = new LRUCache<string, string>({
      max: limits.maxSessions,
      maxSize: limits.maxChars,
      sizeCalculation: (json) => Math.max(1, json.length),
      ttl: limits.idleRealMs,
      updateAgeOnGet: true,
      ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
    });
  }

  get(sid: string, callback: (error: unknown, session?: SessionData | null) => void): void {
    const json = this.sessions.get(sid);
    callback(null, json === undefined ? null : (JSON.parse(json) as SessionData));
  }

  set(sid: string, session: SessionData, callback?: (error?: unknown) => void): void {
    const json = JSON.stringify(session);
    // A session larger than the whole store's bound is not kept (lru-cache would refuse it silently anyway).
    if (json.length <= this.limits.maxChars) this.sessions.set(sid, json);
    else this.sessions.delete(sid);
    this.dropStale();
    callback?.();
  }

  override touch(sid: string, _session: SessionData, callback?: () => void): void {
    this.sessions.get(sid); // marks it used: its idle period starts again
    callback?.();
  }

  destroy(sid: string, callback?: (error?: unknown) => void): void {
    this.sessions.delete(sid);
    callback?.();
  }

  override clear(callback?: (error?: unknown) => void): void {
    this.sessions.clear();
    callback?.();
  }

  override length(callback: (error: unknown, length?: number) => void): void {
    callback(null, this.size());
  }

  /** Signs out everyone of `userIds` (lower-cased), everywhere: drops their sessions. Returns how many went. */
  dropSessionsOf(userIds: ReadonlySet<string>): number {
    const theirs = [...this.sessions.entries()]
      .filter(([, json]) => {
        const data = JSON.parse(json) as Partial<SessionData>;
        const people = [...Object.values(data.signedIn ?? {}).map((s) => s?.userId), data.awaitingCode?.userId];
        return people.some((userId) => userId !== undefined && userIds.has(userId.toLowerCase()));
      })
      .map(([sid]) => sid);
    for (const sid of theirs) this.sessions.delete(sid);
    return theirs.length;
  }

  /** Sessions stored now (stale ones dropped first). */
  size(): number {
    this.sessions.purgeStale();
    return this.sessions.size;
  }

  /** Drops the sessions idle too long, at most once a minute (it walks every session). */
  private dropStale(): void {
    if (this.now() - this.lastPurge < 60_000) return;
    this.lastPurge = this.now();
    this.sessions.purgeStale();
  }
}

export function defaultSessionLimits(): SessionStoreLimits {
  const { maxSessions, maxChars, idleRealMinutes } = config.sessionStore;
  return { maxSessions, maxChars, idleRealMs: idleRealMinutes * 60_000 };
}
