import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Browser } from '@playwright/test';
import type { ExpectedName, ProcedureId } from '../../flows/catalog.ts';
import { PortalControl } from '../../fixtures/control.ts';
import { createApp } from '../../mock-portal/app.ts';
import { fingerprintOf, type Fingerprint } from './fingerprint.ts';
import { loadProfile } from './profile.ts';
import { prepareWorld, quietHooks, replayProcedure, type ReplayContext } from './replay-procedure.ts';

/** The demo world's profile: what the baseline is recorded with. */
export const DEMO_PROFILE = fileURLToPath(new URL('../../targets/demo.json', import.meta.url));

const key = (step: number, e: Pick<ExpectedName, 'role' | 'name'>) => `${step}|${e.role}|${e.name}`;

/**
 * The baseline: how each documented name looks on this project's mock, recorded by a successful replay of the
 * procedure on a fresh mock portal of its own, committing, with the demo world's profile. It is recorded in the same
 * run, and only for a procedure in which a name was not found on the target, so it is never stale and costs nothing
 * when nothing drifted.
 */
export class Baseline {
  /** A mock portal in this process (no second process to start), only once a baseline is needed. */
  private portal: Promise<{ url: string; close: () => Promise<void> }> | undefined;
  private readonly recorded = new Map<ProcedureId, Promise<Map<string, Fingerprint>>>();

  constructor(private readonly browser: Browser, private readonly request: () => Promise<APIRequestContext>) {}

  async fingerprint(id: ProcedureId, step: number, expected: ExpectedName): Promise<Fingerprint | undefined> {
    if (!this.recorded.has(id)) this.recorded.set(id, this.record(id));
    return (await this.recorded.get(id))?.get(key(step, expected));
  }

  async close(): Promise<void> {
    if (this.portal) await (await this.portal).close();
  }

  private async record(id: ProcedureId): Promise<Map<string, Fingerprint>> {
    const prints = new Map<string, Fingerprint>();
    this.portal ??= createApp()
      .listen(0)
      .then(({ server, url }) => ({ url, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) }));
    const { url } = await this.portal;
    const control = new PortalControl(await this.request(), url);
    const resolved = loadProfile(DEMO_PROFILE);
    if (!resolved.profile.procedures[id]) return prints;
    const contexts: { close: () => Promise<void> }[] = [];
    const newPage = async () => {
      const browserContext = await this.browser.newContext({ baseURL: url });
      const page = await browserContext.newPage();
      const handle = { page, close: () => browserContext.close() };
      contexts.push(handle);
      return handle;
    };
    const context: ReplayContext = { resolved, commit: true, control, newPage };
    try {
      await prepareWorld(context, id);
      const { page } = await newPage();
      await replayProcedure(context, id, page, quietHooks(async (step, expected, locator) => {
        const print = await fingerprintOf(locator, expected.role, expected.name);
        if (print && !prints.has(key(step, expected))) prints.set(key(step, expected), print);
      }));
    } catch {
      // A baseline is what the replay saw until it stopped; a partial one still serves the names it reached.
    } finally {
      for (const c of contexts) await c.close().catch(() => undefined);
    }
    return prints;
  }
}
