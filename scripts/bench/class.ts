/**
 * class (issue 18 item 4): N simulated trainees at once, each on a connection of their own and in an organization
 * of their own, sign in to the CMS IDM System (password, then the e-mailed one-time code, read through the control
 * API) and walk the Self Service Dashboard, Manage My Roles and My Profile three times with no think time, then
 * sign out. Page time and sign-in time as p50/p95/p99, errors, and the portal's memory before the class and after
 * it signed out. A fresh portal per repeat. The accounts come from the control API's scenario (one organization
 * per trainee) until `npm start -- --class N` seeds trainee worlds.
 */
import { startPortal } from '../../fixtures/portal-server.ts';
import { cpuMs, csrfOf, rssMiB } from '../measurements/http-load.ts';
import { figure, median, percentile, type Figure, type Section } from './figures.ts';
import { HttpClient, idmSignIn, postJson } from './http-client.ts';

const WALKS = 3;
const PAGES = ['/idm/dashboard', '/idm/roles', '/idm/profile'];
const PASSWORD = 'Correct-Horse-Battery-9';

const trainee = (i: number) => {
  const id = `t${String(i + 1).padStart(2, '0')}`;
  return { id, userId: `${id}.ao`, password: PASSWORD, email: `${id}.ao@example.test` };
};

interface ClassRun {
  pageMs: number[];
  signInMs: number[];
  errors: string[];
  rssBeforeMiB: number;
  rssAfterMiB: number;
  /** The portal's CPU time for the whole class: less noisy than latency on a shared machine. */
  cpuMs: number;
  /** The same for the main thread alone: the event loop every request waits for. */
  mainThreadCpuMs: number;
}

async function runClass(size: number): Promise<ClassRun> {
  const portal = await startPortal();
  const pid = portal.pid;
  if (!pid) throw new Error('The portal process has no process ID to measure.');
  try {
    const trainees = Array.from({ length: size }, (_, i) => trainee(i));
    for (let from = 0; from < size; from += 50) { // the scenario takes at most 100 organizations a call
      const some = trainees.slice(from, from + 50);
      await postJson(portal.url, '/__admin/scenario', {
        organizations: some.map((t) => ({ id: t.id })),
        users: some.map((t) => ({ userId: t.userId, password: t.password, email: t.email, organization: t.id, roles: [{ application: 'Connexion', role: 'AO' }] })),
      });
    }
    // One trainee's walk first, so the class measures a warm portal (templates compiled, code optimized).
    const warm = new HttpClient(portal.url);
    await idmSignIn(warm, warm, trainee(0));
    for (const page of PAGES) await warm.get(page);
    await warm.post('/idm/sign-out', { _csrf: csrfOf((await warm.get('/idm/dashboard')).body) });
    warm.close();

    const rssBeforeMiB = rssMiB(pid);
    const cpuBefore = cpuMs(pid);
    const mainBefore = cpuMs(pid, true);
    const run: ClassRun = { pageMs: [], signInMs: [], errors: [], rssBeforeMiB, rssAfterMiB: 0, cpuMs: 0, mainThreadCpuMs: 0 };
    await Promise.all(
      trainees.map(async (t) => {
        const client = new HttpClient(portal.url); // the trainee's browser: one connection of their own
        try {
          run.signInMs.push(await idmSignIn(client, client, t));
          let csrf = '';
          for (let walk = 0; walk < WALKS; walk++) {
            for (const page of PAGES) {
              const answer = await client.get(page);
              run.pageMs.push(answer.ms);
              if (answer.status !== 200) run.errors.push(`${t.id} ${page}: ${answer.status}`);
              else if (!answer.body.includes(t.userId) && page === '/idm/profile') run.errors.push(`${t.id} ${page}: not their own profile`);
              csrf = csrfOf(answer.body) || csrf;
            }
          }
          const out = await client.post('/idm/sign-out', { _csrf: csrf });
          if (out.status !== 302) run.errors.push(`${t.id} sign-out: ${out.status}`);
        } catch (error) {
          run.errors.push(`${t.id}: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          client.close();
        }
      }),
    );
    run.rssAfterMiB = rssMiB(pid);
    run.cpuMs = cpuMs(pid) - cpuBefore;
    run.mainThreadCpuMs = cpuMs(pid, true) - mainBefore;
    return run;
  } finally {
    await portal.stop();
  }
}

export const classSection: Section = async ({ repeats, trainees, log }) => {
  const figures: Figure[] = [];
  for (const size of trainees) {
    const runs: ClassRun[] = [];
    for (let r = 0; r < repeats; r++) runs.push(await runClass(size));
    const of = (pick: (run: ClassRun) => number) => median(runs.map(pick));
    const errors = runs.flatMap((run) => run.errors);
    for (const [i, run] of runs.entries()) {
      log(
        `${size} trainees, run ${i + 1}: page p50/p95/p99 ${[50, 95, 99].map((p) => percentile(run.pageMs, p).toFixed(0)).join('/')} ms, ` +
          `sign-in ${[50, 95, 99].map((p) => percentile(run.signInMs, p).toFixed(0)).join('/')} ms, ${run.errors.length} errors, ` +
          `RSS ${run.rssBeforeMiB.toFixed(0)} → ${run.rssAfterMiB.toFixed(0)} MiB, portal CPU ${(run.cpuMs / size).toFixed(1)} ms per trainee (main thread ${(run.mainThreadCpuMs / size).toFixed(1)})`,
      );
    }
    if (errors.length) log(`errors: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? ' …' : ''}`);
    const goalFor = size === 100; // the goals are set for a class of 100
    const base = { section: 'class', repeats };
    for (const p of [50, 95, 99]) {
      figures.push(figure({ ...base, name: `${size} trainees, page time p${p}`, value: of((run) => percentile(run.pageMs, p)), unit: 'ms', ...(p === 99 && goalFor ? { goal: { max: 200, text: '< 200 ms' } } : {}) }));
    }
    for (const p of [50, 95, 99]) {
      figures.push(figure({ ...base, name: `${size} trainees, sign-in time p${p}`, value: of((run) => percentile(run.signInMs, p)), unit: 'ms', ...(p === 99 && goalFor ? { goal: { max: 300, text: '< 300 ms' } } : {}) }));
    }
    figures.push(figure({ ...base, name: `${size} trainees, portal CPU per trainee`, value: of((run) => run.cpuMs / size), unit: 'ms' }));
    figures.push(figure({ ...base, name: `${size} trainees, portal main-thread CPU per trainee`, value: of((run) => run.mainThreadCpuMs / size), unit: 'ms' }));
    figures.push(figure({ ...base, name: `${size} trainees, errors`, value: errors.length, unit: '', goal: { max: 0, text: '0' } }));
    figures.push(figure({ ...base, name: `${size} trainees, memory after sign-out − before`, value: of((run) => run.rssAfterMiB - run.rssBeforeMiB), unit: 'MiB', goal: { max: 50, text: '≤ 50 MB' } }));
  }
  return figures;
};
