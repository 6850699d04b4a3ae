import type { Locator, Page } from '@playwright/test';
import type { DocumentedStep, ExpectedName, Procedure } from './catalog.ts';

/** Where a flow looks a name up: the page, or a part of it (a window, a region). */
export type Scope = Page | Locator;

/** One look-up of a catalogued name by a flow step. */
export interface Lookup {
  page: Page;
  procedure: Procedure;
  step: DocumentedStep;
  expected: ExpectedName;
  scope: Scope;
}

/**
 * What a replay other than a procedure test attaches to a page (`npm run drift`, scripts/drift/): it is told of
 * every catalogued name the flow looks up, may offer a replacement for a name that is not there, and decides whether
 * committing controls are pressed. Procedure tests attach nothing, and flows then behave as they always have.
 */
export interface ReplayHooks {
  /** Press the controls that commit something (false: the replay stops before the first one, once it is found). */
  readonly commit: boolean;
  /** Run the steps without `test.step`s or pictures (a replay recorded in the background, e.g. a baseline). */
  readonly quiet?: boolean;
  /** The name to look for instead of `expected.name`, once a replay has accepted a rename of it. */
  renamedTo?(expected: ExpectedName): string | undefined;
  /** The name was found. */
  found(lookup: Lookup, locator: Locator): Promise<void>;
  /** The name is not there: a locator of the element to use instead (a healed step), or undefined to fail the step. */
  notFound(lookup: Lookup): Promise<Locator | undefined>;
  /** A documented step began / ended ("stopped": before its committing control). */
  stepStarted?(procedure: Procedure, step: DocumentedStep): void;
  stepEnded?(procedure: Procedure, step: DocumentedStep, outcome: 'passed' | 'failed' | 'stopped', error?: string): void;
}

const hooksByPage = new WeakMap<Page, ReplayHooks>();

export function attachReplay(page: Page, hooks: ReplayHooks): void {
  hooksByPage.set(page, hooks);
}

export function replayOf(page: Page): ReplayHooks | undefined {
  return hooksByPage.get(page);
}

/** Thrown by a replay without --commit at the control that would commit: the procedure ends there, as planned. */
export class StoppedBeforeCommit extends Error {
  readonly stoppedBeforeCommit = true;
  constructor(readonly procedureId: string, readonly step: number, readonly expected: ExpectedName) {
    super(`${procedureId} stopped before step ${step}'s ${expected.role} "${expected.name}", which commits (replay without --commit).`);
    this.name = 'StoppedBeforeCommit';
  }
}

export function isStoppedBeforeCommit(error: unknown): error is StoppedBeforeCommit {
  return typeof error === 'object' && error !== null && (error as { stoppedBeforeCommit?: unknown }).stoppedBeforeCommit === true;
}
