import { BEFORE_YOU_START, type Procedure, type ProcedureId } from '../../flows/catalog.ts';
import { DEMO_WORLD } from '../../mock-portal/domain/demo.ts';
import type { ProjectVersion } from './project-version.ts';
import type { RunData, StepRecord, TestRecord } from './run-data.ts';
import { SOURCE_UPDATED, sourceOf } from './sources.ts';
import type { PictureRecord } from './step-pictures.ts';
import { shortTitle } from './text.ts';

/**
 * What a guide says, whatever it is printed as (HTML and PDF: guide.ts; an editable DOCX: guide-docx.ts): made
 * from the catalog, the demo world of `npm start`, and one replay of the procedure. Picture paths are relative
 * to the reports directory.
 */
export interface GuideModel {
  procedure: Procedure;
  source: string;
  /** The date the seed document says it was updated, e.g. "January 25, 2021". */
  sourceUpdated?: string;
  reflects: {
    version: string;
    commit: string;
    /** When the replay ran, e.g. "December 1, 2025". */
    recorded: string;
    /** The portal's date on the mock clock during the replay, in Eastern Time. */
    portalClock?: string;
  };
  before?: {
    who: string;
    account?: DemoAccount;
    accountId: string;
    haveAtHand: readonly string[];
  };
  replay: { title: string; status: string; passed: boolean; durationMs: number; file: string; line: number };
  /** Why this guide must not be handed out (the replay failed), when it failed. */
  failure?: { step?: number; message: string };
  steps: GuideStep[];
  outcome: { text: string; figure?: GuideFigure };
  variants: { title: string; status: string }[];
}

export interface DemoAccount {
  userId: string;
  name: string;
  password: string;
  roles: string;
  organization: string;
}

export interface GuideStep {
  number: number;
  text: string;
  figures: GuideFigure[];
  /** Said under the figures, e.g. that the picture comes from another replay. */
  note?: string;
  failed?: boolean;
}

export interface GuideFigure {
  file: string;
  /** The small whole screen, with a blue frame where the zoomed part is. */
  thumbnail?: string;
  alt: string;
  caption?: string;
  failed?: boolean;
}

/** The replay a guide is made from: the first passing test of the procedure, else the first one. */
export function chooseReplay(tests: readonly TestRecord[]): TestRecord | undefined {
  return tests.find((t) => t.ok && t.status === 'passed') ?? tests[0];
}

/** The demo account `npm start` prints for `userId`, with the person's name, roles and organization. */
export function demoAccount(userId: string): DemoAccount | undefined {
  const user = DEMO_WORLD.users?.find((u) => u.userId === userId);
  if (!user?.userId || !user.password) return undefined;
  const organization = DEMO_WORLD.organizations?.find((o) => o.id === user.organization);
  return {
    userId: user.userId,
    name: `${user.firstName ?? ''} ${user.lastName ?? ''}`.trim(),
    password: user.password,
    roles: (user.roles ?? []).map((r) => `${r.role} in ${r.application}`).join(', ') || 'no role yet',
    organization: organization?.legalBusinessName ?? user.organization ?? '',
  };
}

const longDate = (iso: string, withTime = false) =>
  new Date(iso).toLocaleString('en-US', {
    timeZone: 'America/New_York',
    year: 'numeric', month: 'long', day: 'numeric',
    ...(withTime ? { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } : {}),
  });

export function guideModel(procedure: Procedure, tests: readonly TestRecord[], run: RunData, version: ProjectVersion): GuideModel {
  const main = chooseReplay(tests);
  if (!main) throw new Error(`No replay of ${procedure.id} to make a guide from.`);
  const others = tests.filter((t) => t !== main);
  const passed = main.ok && main.status === 'passed';
  const before = (BEFORE_YOU_START as Partial<Record<string, (typeof BEFORE_YOU_START)[ProcedureId]>>)[procedure.id];
  const updated = SOURCE_UPDATED[procedure.seed];
  const failedStep = main.steps.find((s) => s.status === 'failed');

  const steps = procedure.steps.map((documented): GuideStep => {
    const record = main.steps.find((s) => s.number === documented.number);
    const alt = `The screen at step ${documented.number}: ${documented.text}`;
    if (record?.status === 'failed' && main.failurePicture) {
      return { number: documented.number, text: documented.text, failed: true, figures: [{ file: main.failurePicture, alt, failed: true, caption: `The screen when this step failed: ${record.error ?? ''}` }] };
    }
    const own = picturesOf(record);
    if (own.length && record?.marked !== false) return { number: documented.number, text: documented.text, figures: own.map((p, i) => figure(p, alt, i, own.length)) };
    // The main replay's picture outlines nothing (e.g. the step is for another role): another replay may show it done.
    for (const t of others.filter((o) => o.ok && o.status === 'passed')) {
      const s = t.steps.find((x) => x.number === documented.number && x.status === 'passed' && x.marked !== false);
      const theirs = picturesOf(s);
      if (theirs.length) {
        return { number: documented.number, text: documented.text, figures: theirs.map((p, i) => figure(p, alt, i, theirs.length)), note: `Pictures from another replay of this procedure, “${shortTitle(t.title, procedure.id)}”.` };
      }
    }
    if (own.length) return { number: documented.number, text: documented.text, figures: own.map((p, i) => figure(p, alt, i, own.length)), note: 'Nothing to click here in this replay: the picture shows the screen once the step is done.' };
    return { number: documented.number, text: documented.text, figures: [] };
  });

  return {
    procedure,
    source: sourceOf(procedure.seed),
    ...(updated ? { sourceUpdated: longDate(`${updated}T12:00:00-05:00`) } : {}),
    reflects: {
      version: version.version,
      commit: version.commit,
      recorded: longDate(run.startedAt),
      ...(main.portalClock ? { portalClock: longDate(main.portalClock, true) } : {}),
    },
    ...(before ? { before: { who: before.who, accountId: before.account, haveAtHand: before.haveAtHand, ...withAccount(before.account) } } : {}),
    replay: { title: main.title, status: main.status, passed, durationMs: main.durationMs, file: main.file, line: main.line },
    ...(passed ? {} : { failure: { ...(failedStep ? { step: failedStep.number } : {}), message: sentence(failedStep?.error ?? main.error) } }),
    steps,
    outcome: {
      text: procedure.outcome,
      ...(main.outcomePicture ? { figure: { file: main.outcomePicture, alt: `The screen at the end: ${procedure.outcome}` } } : {}),
    },
    variants: others.map((t) => ({ title: shortTitle(t.title, procedure.id), status: t.status })),
  };
}

function withAccount(userId: string): { account?: DemoAccount } {
  const account = demoAccount(userId);
  return account ? { account } : {};
}

/** A step's pictures: the zoomed ones the flow took (older runs' data: the one whole-screen picture). */
function picturesOf(record: StepRecord | undefined): PictureRecord[] {
  if (!record) return [];
  if (record.pictures?.length) return record.pictures;
  return record.picture ? [{ file: record.picture, clip: { x: 0, y: 0, width: 0, height: 0 }, viewport: { width: 0, height: 0 }, marks: [], url: '' }] : [];
}

function figure(picture: PictureRecord, alt: string, index: number, count: number): GuideFigure {
  const mail = /\/mailbox\//.test(picture.url);
  const caption = mail
    ? 'The e-mail with your one-time verification code (here in the mock portal’s mailbox). Type the code where the next picture shows.'
    : count > 1 && index > 0 ? 'Then:' : undefined;
  return {
    file: picture.file,
    ...(picture.thumbnail ? { thumbnail: picture.thumbnail } : {}),
    alt: mail ? 'The e-mail with the one-time verification code' : count > 1 ? `${alt} (picture ${index + 1} of ${count})` : alt,
    ...(caption ? { caption } : {}),
  };
}

/** An error message as a sentence of the banner: "Error: x failed" → "x failed." */
function sentence(message: string | undefined): string {
  const text = (message ?? '').replace(/^Error:\s*/, '').trim();
  return text ? `${text.replace(/[.:]$/, '')}.` : '';
}
