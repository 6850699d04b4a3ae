/**
 * replay: the procedure tests (tests/procedures/, what `npm run flows` runs) replayed against the mock with one
 * worker, per page navigation (documents the test's page loaded), with step pictures and without
 * (CBP_PICTURES=off), against the browser floor measured in the same run: the same Chromium, driven the same way,
 * filling in and submitting a form on tiny static pages served by node:http (a POST answered by a redirect, as the
 * portal answers). Beside it, the floor of this design: the same loop on the portal's own IDM sign-in page (its
 * Design System styles, fonts and scripts; a refusal re-rendered), so the note can tell the pages' weight from the
 * harness's own work.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NAVIGATIONS_ANNOTATION } from '../../fixtures/navigations.ts';
import { startPortal } from '../../fixtures/portal-server.ts';
import { chromiumExecutablePath, REDUCED_MOTION } from '../chromium.ts';
import { ROOT } from '../reports/paths.ts';
import { figure, median, type Section } from './figures.ts';

const FLOOR_NAVIGATIONS = 30;
/** CBP_BENCH_REPLAY_TESTS (space-separated files or patterns) replays only those procedure tests: all of them take minutes. */
const ONLY = (process.env.CBP_BENCH_REPLAY_TESTS ?? '').split(/\s+/).filter(Boolean);

/** Tiny static pages, each a heading and a one-field form whose POST redirects to the next page. */
async function tinyPages(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const n = Number(/^\/p\/(\d+)$/.exec(req.url ?? '')?.[1] ?? 0);
    if (req.method === 'POST') {
      req.resume();
      req.on('end', () => res.writeHead(302, { location: `/p/${n + 1}` }).end());
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Page ${n}</title></head><body><main><h1>Page ${n}</h1>
<form method="post" action="/p/${n}"><label for="f">Field</label><input id="f" name="f"><button type="submit">Next</button></form></main></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Milliseconds per navigation of a form submitted again and again, one fresh browser context per repeat (the first
 * repeat a warm-up), as a test gets its context: `submit(page, n)` fills the form, submits it and waits for the page
 * it leads to.
 */
async function perNavigationOf(repeats: number, start: string, submit: (page: Page, n: number) => Promise<void>): Promise<number[]> {
  const executablePath = chromiumExecutablePath();
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  const perNavigation: number[] = [];
  try {
    for (let r = 0; r <= repeats; r++) {
      const started = performance.now();
      const context = await browser.newContext({ reducedMotion: REDUCED_MOTION });
      const page = await context.newPage();
      await page.goto(start);
      for (let n = 1; n < FLOOR_NAVIGATIONS; n++) await submit(page, n);
      await context.close();
      if (r > 0) perNavigation.push((performance.now() - started) / FLOOR_NAVIGATIONS);
    }
  } finally {
    await browser.close();
  }
  return perNavigation;
}

/** Milliseconds per navigation on the tiny pages. */
export async function browserFloor(repeats: number): Promise<number[]> {
  const pages = await tinyPages();
  try {
    return await perNavigationOf(repeats, `${pages.url}/p/0`, async (page, n) => {
      await page.getByLabel('Field').fill(`value ${n}`);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: `Page ${n}`, exact: true }).waitFor();
    });
  } finally {
    await pages.close();
  }
}

/**
 * Milliseconds per navigation on the portal's IDM sign-in page: a user ID entered and Sign In pressed without
 * agreeing to the terms, so the portal refuses it (no password check) and renders the page again with the refusal.
 */
async function portalPageFloor(repeats: number): Promise<number[]> {
  const portal = await startPortal();
  try {
    return await perNavigationOf(repeats, `${portal.url}/idm/`, async (page, n) => {
      await page.getByLabel('User ID').fill(`nobody.${n}`);
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign In' }).click()]);
      await page.getByRole('alert').filter({ hasText: 'Terms & Conditions' }).waitFor();
    });
  } finally {
    await portal.stop();
  }
}

interface JsonResult {
  duration: number;
  status: string;
  error?: { message?: string };
  annotations?: { type: string; description?: string }[];
  attachments?: { name: string; contentType: string }[];
}
interface JsonTest {
  repeatEachIndex?: number;
  annotations?: { type: string; description?: string }[];
  results: JsonResult[];
}
interface JsonSuite {
  suites?: JsonSuite[];
  specs?: { tests: JsonTest[] }[];
}

/** Runs the procedure tests with one worker, `repeats` times each; per repeat, milliseconds per navigation. */
async function replayProcedures(repeats: number, pictures: boolean): Promise<{ perNavigation: number[]; tests: number; failed: number; navigations: number; failures: string[]; ms: number; pictures: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cbp-bench-replay-'));
  const jsonFile = path.join(dir, 'results.json');
  const cli = path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const args = [cli, 'test', '--config', path.join(ROOT, 'scripts', 'flows.config.ts'), '--workers=1', `--repeat-each=${repeats}`, '--reporter=json', '--output', path.join(dir, 'out'), ...ONLY];
  const env = { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile, CBP_PICTURES: pictures ? 'on' : 'off' };
  await new Promise<void>((resolve) => spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'ignore' }).on('exit', () => resolve()));
  try {
    const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as { suites: JsonSuite[] };
    const byRepeat = new Map<number, { ms: number; navigations: number }>();
    let tests = 0;
    let failed = 0;
    let navigations = 0;
    let ms = 0;
    let stepPictures = 0;
    const failures: string[] = [];
    const visit = (suite: JsonSuite) => {
      suite.suites?.forEach(visit);
      // With --repeat-each, a spec lists one test per repeat, in order.
      for (const [repeat, test] of (suite.specs ?? []).flatMap((s) => s.tests.map((t, i) => [t.repeatEachIndex ?? i, t] as const))) {
        for (const result of test.results) {
          tests += 1;
          if (result.status !== 'passed') {
            failed += 1;
            failures.push((result.error?.message ?? result.status).split('\n')[0]?.slice(0, 200) ?? result.status);
          }
          const note = [...(result.annotations ?? []), ...(test.annotations ?? [])].find((a) => a.type === NAVIGATIONS_ANNOTATION);
          const loads = Number(note?.description ?? 0);
          navigations += loads;
          ms += result.duration;
          // A step's picture is its outlined PNG (its small screen is a JPEG beside it).
          stepPictures += (result.attachments ?? []).filter((a) => a.contentType === 'image/png').length;
          const entry = byRepeat.get(repeat) ?? { ms: 0, navigations: 0 };
          byRepeat.set(repeat, { ms: entry.ms + result.duration, navigations: entry.navigations + loads });
        }
      }
    };
    report.suites.forEach(visit);
    return { perNavigation: [...byRepeat.values()].map((r) => r.ms / r.navigations), tests, failed, navigations, failures, ms, pictures: stepPictures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const replay: Section = async ({ repeats, log }) => {
  const replayRepeats = Math.max(1, Math.min(repeats, Number(process.env.CBP_BENCH_REPLAY_REPEATS ?? 1)));
  const floorBefore = await browserFloor(repeats);
  const portalPages = await portalPageFloor(repeats);
  log(`Chromium on the portal's IDM sign-in page: ${portalPages.map((m) => m.toFixed(0)).join(', ')} ms per navigation`);
  const off = await replayProcedures(replayRepeats, false);
  const on = await replayProcedures(replayRepeats, true);
  const floorAfter = await browserFloor(repeats);
  const floor = median([...floorBefore, ...floorAfter]);
  log(`browser floor: ${[...floorBefore, ...floorAfter].map((m) => m.toFixed(0)).join(', ')} ms per navigation (${FLOOR_NAVIGATIONS} navigations, before and after the replays)`);
  for (const [label, run] of [['off', off], ['on', on]] as const) {
    log(`pictures ${label}: ${run.tests} tests (${run.failed} failed), ${run.navigations} navigations, ${run.perNavigation.map((m) => m.toFixed(0)).join(', ')} ms per navigation`);
    for (const failure of run.failures) log(`  failed: ${failure}`);
  }
  const note = (run: typeof on) => `${run.tests} test runs, ${run.navigations} navigations${run.failed ? `, ${run.failed} FAILED` : ''}`;
  const floorFigure = { name: 'Chromium on tiny static pages', value: floor };
  // What the pictures themselves cost: the time the replay with pictures took beyond the one without, per picture.
  const perPicture = on.pictures > 0 && on.navigations === off.navigations ? (on.ms - off.ms) / on.pictures : undefined;
  if (perPicture !== undefined) log(`pictures: ${on.pictures} (${(on.pictures / on.navigations).toFixed(2)} per navigation), each ${perPicture.toFixed(0)} ms beyond the replay without pictures`);
  return [
    figure({
      section: 'replay', name: "Chromium on the portal's own IDM sign-in page, per navigation", value: median(portalPages), unit: 'ms', floor: floorFigure, repeats,
      note: 'the same loop as the floor on a real page: its styles and fonts, a refusal rendered',
    }),
    figure({
      section: 'replay', name: "procedure tests, pictures off, against the portal's own page", value: median(off.perNavigation), unit: 'ms',
      floor: { name: "Chromium on the portal's IDM sign-in page", value: median(portalPages) }, repeats: replayRepeats, failures: off.failed,
      note: 'the floor of this design: what the flows do beyond loading real pages',
    }),
    figure({ section: 'replay', name: 'procedure tests, pictures off, per navigation', value: median(off.perNavigation), unit: 'ms', floor: floorFigure, goal: { max: 1.5, text: '≤ 1.5× the browser floor' }, repeats: replayRepeats, failures: off.failed, note: note(off) }),
    figure({ section: 'replay', name: 'procedure tests, pictures on, per navigation', value: median(on.perNavigation), unit: 'ms', floor: floorFigure, goal: { max: 2, text: '≤ 2× the browser floor' }, repeats: replayRepeats, failures: on.failed, note: note(on) }),
    ...(perPicture === undefined ? [] : [figure({
      section: 'replay', name: 'one step picture (outlined zoom and small screen), beyond the replay without', value: perPicture, unit: 'ms', repeats: replayRepeats,
      note: `${on.pictures} pictures, ${(on.pictures / on.navigations).toFixed(2)} per navigation`,
    })]),
  ];
};
