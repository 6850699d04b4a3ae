import { test, type Locator, type Page } from '@playwright/test';
import type { DocumentedStep, ExpectedName, NamedRole, Procedure } from './catalog.ts';
import { replayOf, StoppedBeforeCommit, type Lookup, type Scope } from './replay.ts';

/**
 * How flows look up the elements a documented step names: through the catalog (flows/catalog.ts), by role and
 * accessible name, waiting no longer than the action time-out. A name that is not there fails the step at once with
 * what was looked for, where, and the step it belongs to.
 */

/**
 * How long an action, or the look-up of a name, waits for its element: seconds, so a step whose element is not
 * there fails fast, long before the test's own time-out. The project's Playwright configs set it as `actionTimeout`;
 * it is also the look-up's time-out when a config sets none (flows used from another project).
 */
export const ACTION_TIMEOUT_MS = 10_000;

/** The locator of `expected` within `scope`, as the flow looks it up. */
export function locate(scope: Scope, expected: ExpectedName, name = expected.name): Locator {
  const exact = expected.exact ?? false;
  if (expected.role === 'field') return scope.getByLabel(name, { exact });
  return scope.getByRole(expected.role, { name, exact, ...(expected.level ? { level: expected.level } : {}) });
}

/** "button named “Review Request”", "field labelled “Bid Cycle”". */
export function describeName(expected: Pick<ExpectedName, 'role' | 'name'>): string {
  return expected.role === 'field' ? `field labelled "${expected.name}"` : `${expected.role} named "${expected.name}"`;
}

/** `step 10 "Review the role request…"`: how a failure names its documented step. */
export function stepLabel(step: DocumentedStep): string {
  const words = step.text.split(/\s+/);
  const short = words.slice(0, 4).join(' ').replace(/[.,;:]$/, '');
  return `step ${step.number} "${words.length > 4 ? `${short}…` : short}"`;
}

/** The whole documented step, under a failure's first line (JUnit and the HTML report show it). */
function documentedLine(step: DocumentedStep): string {
  return `Documented step ${step.number}: ${step.text}`;
}

/** The page's path, as a failure message shows it: "/idm/role-request/reason". */
export function pathOf(page: Page): string {
  try {
    const url = new URL(page.url());
    return url.pathname + url.search;
  } catch {
    return page.url();
  }
}

/** A catalogued name that is not on the page: the step fails with this. */
export class NameNotFound extends Error {
  constructor(readonly step: DocumentedStep, readonly expected: ExpectedName, readonly path: string, readonly within?: string) {
    super(`${stepLabel(step)}: no ${describeName(expected)}${within ? ` in ${within}` : ''} on ${path}\n${documentedLine(step)}`);
    this.name = 'NameNotFound';
  }
}

/**
 * Looks up a name that `step` of `procedure` names. `act`: the flow is about to press or fill it, so a replay
 * without --commit stops here when it commits; `see`: the flow only checks that it is there.
 */
export async function lookUp(
  page: Page, procedure: Procedure, step: DocumentedStep, role: NamedRole, name: string, scope: Scope | undefined, mode: 'act' | 'see',
): Promise<Locator> {
  const expected = step.names.find((n) => n.role === role && n.name === name);
  if (!expected) {
    throw new Error(`${procedure.id} ${stepLabel(step)} looks up a ${describeName({ role, name })} that the catalog does not list for that step (flows/catalog.ts).`);
  }
  const hooks = replayOf(page);
  const where = scope ?? page;
  const lookup: Lookup = { page, procedure, step, expected, scope: where };
  let locator = locate(where, expected, hooks?.renamedTo?.(expected));
  try {
    await locator.first().waitFor({ state: 'attached', timeout: lookupTimeout() });
    await hooks?.found(lookup, locator);
  } catch (error) {
    if (!isTimeout(error)) throw error;
    const healed = hooks ? await hooks.notFound(lookup) : undefined;
    if (!healed) throw new NameNotFound(step, expected, pathOf(page), scope && scope !== page ? await describeScope(scope as Locator) : undefined);
    locator = healed;
  }
  if (mode === 'act' && expected.commits && hooks && !hooks.commit) throw new StoppedBeforeCommit(procedure.id, step.number, expected);
  return locator;
}

function lookupTimeout(): number {
  try {
    return test.info().project.use.actionTimeout || ACTION_TIMEOUT_MS;
  } catch {
    return ACTION_TIMEOUT_MS;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || /Timeout \d+ms exceeded/.test(error.message));
}

/** "dialog “Add Role”" for a scope made with getByRole, from Playwright's own description of the locator. */
async function describeScope(scope: Locator): Promise<string | undefined> {
  return describeLocator(String(scope));
}

/** One `getByRole(…)` or `getByLabel(…)` of a locator as Playwright prints it. */
const SEGMENT = /getByRole\('([a-z]+)'(?:, \{ name: (?:'((?:[^'\\]|\\.)*)'|(\/(?:[^/\\]|\\.)*\/[a-z]*)))?|getByLabel\((?:'((?:[^'\\]|\\.)*)'|(\/(?:[^/\\]|\\.)*\/[a-z]*))/g;

function describeSegment(m: RegExpMatchArray): string {
  if (m[1]) {
    const name = m[2] !== undefined ? `"${m[2].replace(/\\'/g, "'")}"` : m[3];
    return name ? `${m[1]} named ${name}` : m[1];
  }
  return `field labelled ${m[4] !== undefined ? `"${m[4].replace(/\\'/g, "'")}"` : m[5]}`;
}

/** "getByRole('dialog', { name: 'Add Role', exact: true })" → 'dialog named "Add Role"': the last segment of a chain. */
export function describeLocator(text: string): string | undefined {
  const parts = [...text.matchAll(SEGMENT)];
  return parts.length ? describeSegment(parts[parts.length - 1]!) : undefined;
}

/**
 * Makes the error a step threw say which documented step failed and why, e.g.
 * `step 10 "Review the role request…": no button named "Review Request" on /idm/role-request/reason`, with the
 * original message below it. The error keeps its class (a flow's own errors, such as a cancelled request, stay
 * recognisable to the tests that expect them).
 */
export function explainFailure(error: unknown, step: DocumentedStep, page: Page): Error {
  const failure = error instanceof Error ? error : new Error(String(error));
  const label = `${stepLabel(step)}:`;
  if (failure.message.startsWith(label)) return failure;
  const original = failure.message;
  const reason = notFoundReason(original, page) ?? firstLine(original);
  failure.message = `${label} ${reason}\n${documentedLine(step)}${reason === original ? '' : `\n\n${original}`}`;
  if (failure.stack) failure.stack = `${failure.name}: ${failure.message}\n${failure.stack.split('\n').filter((l) => /^\s+at /.test(l)).join('\n')}`;
  return failure;
}

/** For a Playwright time-out waiting for an element that never appeared: "no button named “X” in dialog “Y” on /path". */
function notFoundReason(message: string, page: Page): string | undefined {
  // Only when nothing matched: a time-out on an element that is there (disabled, covered, other text) is another failure.
  const waited = /Timeout \d+ms exceeded|element\(s\) not found/.test(message) && !/resolved to|Received/.test(message);
  if (!waited) return undefined;
  const locatorLine = /(?:waiting for|Locator:)\s*(.+)/.exec(message)?.[1] ?? '';
  const chain = [...locatorLine.matchAll(SEGMENT)];
  if (!chain.length) return undefined;
  const last = describeSegment(chain[chain.length - 1]!);
  const container = chain.length > 1 ? describeSegment(chain[chain.length - 2]!) : undefined;
  return `no ${last}${container ? ` in ${container}` : ''} on ${pathOf(page)}`;
}

function firstLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim())?.trim() ?? message;
}
