import type { Page } from '@playwright/test';
import type { ExpectedName, ProcedureId } from '../../flows/catalog.ts';
import { attachReplay, type ReplayHooks } from '../../flows/replay.ts';
import type { PortalControl } from '../../fixtures/control.ts';
import { codeSourceOf } from './codes.ts';
import type { ResolvedProfile } from './profile.ts';
import { REPLAYS } from './procedures.ts';

/** What one replay of a procedure works with: the target, its profile, and its control API when it is this mock. */
export interface ReplayContext {
  resolved: ResolvedProfile;
  commit: boolean;
  /** The control API, when the profile says the target is a deployment of this mock. */
  control?: PortalControl;
  /** The terminal's code desk, for codes: "prompt". */
  desk?: string;
  /** A fresh page of its own (a new browser context) on the target, for a procedure replayed as a preparation. */
  newPage: () => Promise<{ page: Page; close: () => Promise<void> }>;
}

const FIVE_MINUTES_MS = 5 * 60_000;

/** Replays procedure `id` on `page` with the profile's account and inputs; throws what the flow throws. */
export async function replayProcedure(context: ReplayContext, id: ProcedureId, page: Page, hooks: ReplayHooks): Promise<unknown> {
  const { resolved, control } = context;
  const entry = resolved.profile.procedures[id];
  const input = resolved.inputs[id];
  if (!entry || !input) throw new Error(`The profile has no inputs for ${id}.`);
  const account = resolved.accounts[entry.account];
  if (!account) throw new Error(`The profile has no account "${entry.account}".`);
  const codeContext = { ...(control ? { control } : {}), ...(context.desk ? { desk: context.desk } : {}) };
  const verificationCode = await codeSourceOf(account, codeContext);
  attachReplay(page, hooks);
  return REPLAYS[id](page, input, {
    account,
    credentials: { userId: account.userId, password: account.password, verificationCode },
    letFiveMinutesPass: control
      ? async () => void (await control.advanceMinutes(5))
      : () => new Promise((resolve) => setTimeout(resolve, FIVE_MINUTES_MS)), // a real deployment: wait as a person would
    codesFor: (email) => codeSourceOf({ ...account, email }, codeContext),
    mailText: async (email, subject) => {
      if (!control) throw new Error(`Only a deployment of this mock lets drift read the e-mail to ${email}; replay this procedure on the mock.`);
      return (await control.latestMail(email, subject)).text;
    },
  });
}

/** Hooks for a replay that only prepares the world or records a baseline: it commits, and reports nothing. */
export function quietHooks(onFound?: (step: number, expected: ExpectedName, locator: import('@playwright/test').Locator) => Promise<void>): ReplayHooks {
  return {
    commit: true,
    quiet: true,
    found: async (lookup, locator) => onFound?.(lookup.step.number, lookup.expected, locator),
    notFound: async () => undefined,
  };
}

/**
 * Makes the target ready for procedure `id` and returns what undoes the temporary part:
 * with --commit on a deployment of this mock, the world is reset to the profile's (`mock.world`) and the procedures
 * it starts or commits after are replayed first, committing; the mock clock is set to the procedure's moment
 * (`clock`), and, without --commit, set back afterwards to where it would have been.
 */
export async function prepareWorld(context: ReplayContext, id: ProcedureId): Promise<() => Promise<void>> {
  const { resolved, control, commit } = context;
  const entry = resolved.profile.procedures[id];
  if (commit && control && resolved.world) {
    await control.reset(resolved.world.seed);
    await control.scenario(resolved.world.scenario);
  }
  if (commit) {
    for (const before of [...(entry?.startsAfter ?? []), ...(entry?.commitsAfter ?? [])]) {
      const restore = await setClock(context, before);
      const { page, close } = await context.newPage();
      try {
        await replayProcedure(context, before, page, quietHooks());
      } catch (error) {
        throw new Error(`Preparing ${id}: replaying ${before} first failed: ${(error as Error).message.split('\n')[0]}`, { cause: error });
      } finally {
        await close();
        await restore();
      }
    }
  }
  return setClock(context, id);
}

async function setClock(context: ReplayContext, id: ProcedureId): Promise<() => Promise<void>> {
  const moment = context.resolved.profile.procedures[id]?.clock;
  const control = context.control;
  if (!moment || !control) return async () => undefined;
  const before = await control.now();
  await control.setClock(moment);
  if (context.commit) return async () => undefined; // the next procedure starts from a reset world anyway
  return async () => {
    // As far forward as the mock clock ran meanwhile (it runs with real time under `npm start`; frozen in tests).
    const ran = Math.max(0, (await control.now()).getTime() - Date.parse(moment));
    await control.setClock(new Date(before.getTime() + ran).toISOString());
  };
}
