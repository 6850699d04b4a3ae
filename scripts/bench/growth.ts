/**
 * growth (issue 14 item 3): the portal holding 1×, 10× and 100× the demo world of `npm start` (its organizations and
 * users, each copy renamed), and what a person's pages cost as it grows: the median time of the pages a person of
 * the first copy walks (dashboard, Manage My Roles, My Profile, Pending Approvals), and the portal's memory. What
 * a page shows does not grow with the world, so neither should its time; memory should grow linearly. Memory is the
 * heap in use once the portal has settled (V8's memory reducer collects a few seconds after the requests stop),
 * read from `GET /__admin/stats`: the resident size moves by more than 100 demo worlds take (RSS is printed beside).
 */
import { startPortal } from '../../fixtures/portal-server.ts';
import { DEMO_WORLD } from '../../mock-portal/domain/demo.ts';
import type { ScenarioInput } from '../../mock-portal/domain/scenario.ts';
import { settledRssMiB } from '../measurements/http-load.ts';
import { figure, median, type Figure, type Section } from './figures.ts';
import { HttpClient, idmSignIn, postJson } from './http-client.ts';

const SIZES = [1, 10, 100];
const PAGES = ['/idm/dashboard', '/idm/roles', '/idm/profile', '/idm/approvals'];
const WALKS = 50;

/** Copy `c` of the demo world: every ID, PTAN and bidder number made its own. */
function demoCopy(c: number): ScenarioInput {
  const user = (id: string) => (c === 0 ? id : `${id}${c}`);
  // A copy's PTAN keeps the demo's first digit (which organization) and last four; the copy number goes between.
  const ptan = (p: string) => (c === 0 ? p : `${p.slice(0, 1)}${String(c).padStart(5, '0')}${p.slice(-4)}`);
  const bidder = (b: string) => (c === 0 ? b : `${b.slice(0, 2)}${String(c).padStart(3, '0')}${b.slice(-1)}`);
  return {
    organizations: DEMO_WORLD.organizations?.map((o) => ({
      ...o, id: `${o.id}${c || ''}`, ptans: o.ptans?.map(ptan), inactivePtans: o.inactivePtans?.map(ptan),
      authorizedOfficials: o.authorizedOfficials?.map(user), bidderNumbers: o.bidderNumbers?.map(bidder),
    })),
    users: DEMO_WORLD.users?.map((u) => ({
      ...u, userId: user(u.userId ?? ''), email: `${user(u.userId ?? '')}@example.test`, organization: `${u.organization}${c || ''}`,
      roles: u.roles?.map((r) => ({ ...r, ptans: r.ptans?.map(ptan) })),
    })),
  };
}

interface GrowthRun {
  size: number;
  pageMs: number;
  rssMiB: number;
  heapMiB: number;
}

async function measureWorld(size: number, repeats: number): Promise<GrowthRun> {
  const portal = await startPortal();
  const pid = portal.pid;
  if (!pid) throw new Error('The portal process has no process ID to measure.');
  try {
    for (let c = 0; c < size; c++) await postJson(portal.url, '/__admin/scenario', demoCopy(c));
    const jane = DEMO_WORLD.users?.find((u) => u.userId === 'jane.ao');
    const client = new HttpClient(portal.url);
    await idmSignIn(client, client, { userId: 'jane.ao', password: jane?.password ?? '', email: 'jane.ao@example.test' });
    const medians: number[] = [];
    for (let r = 0; r <= repeats; r++) {
      const times: number[] = [];
      for (let walk = 0; walk < WALKS; walk++) {
        for (const page of PAGES) {
          const answer = await client.get(page);
          if (answer.status !== 200) throw new Error(`${page}: ${answer.status}`);
          times.push(answer.ms);
        }
      }
      if (r > 0) medians.push(median(times)); // the first walk warms the portal up
    }
    client.close();
    const rss = await settledRssMiB(pid);
    const answer = await fetch(new URL('/__admin/stats', portal.url));
    if (!answer.ok) throw new Error(`GET /__admin/stats answered ${answer.status}`);
    const stats = (await answer.json()) as { memory: { heapUsedBytes: number } };
    return { size, pageMs: median(medians), rssMiB: rss, heapMiB: stats.memory.heapUsedBytes / 2 ** 20 };
  } finally {
    await portal.stop();
  }
}

export const growth: Section = async ({ repeats, log }) => {
  const runs: GrowthRun[] = [];
  for (const size of SIZES) {
    runs.push(await measureWorld(size, repeats));
    log(`${size}× the demo world: page time median ${runs.at(-1)?.pageMs.toFixed(2)} ms, heap in use ${runs.at(-1)?.heapMiB.toFixed(1)} MiB, RSS ${runs.at(-1)?.rssMiB.toFixed(0)} MiB (settled)`);
  }
  const [one, ...bigger] = runs as [GrowthRun, ...GrowthRun[]];
  const figures: Figure[] = [];
  for (const run of bigger) {
    figures.push(figure({
      section: 'growth', name: `page time with ${run.size}× the demo world`, value: run.pageMs, unit: 'ms', floor: { name: '1× the demo world', value: one.pageMs },
      goal: { max: 1.5, text: '≤ 1.5× (a page shows the same)' }, repeats,
    }));
  }
  const ten = runs.find((r) => r.size === 10);
  const hundred = runs.find((r) => r.size === 100);
  if (ten && hundred) {
    const perCopy = (run: GrowthRun) => (run.heapMiB - one.heapMiB) / (run.size - 1);
    figures.push(figure({
      section: 'growth', name: 'heap per demo world, from 10× to 100×', value: perCopy(hundred) * 1024, unit: 'KiB',
      floor: { name: 'per demo world up to 10×', value: perCopy(ten) * 1024 }, goal: { max: 1.5, text: '≤ 1.5× (linear)' }, repeats: 1,
      note: `heap ${one.heapMiB.toFixed(1)} / ${ten.heapMiB.toFixed(1)} / ${hundred.heapMiB.toFixed(1)} MiB, RSS ${one.rssMiB.toFixed(0)} / ${ten.rssMiB.toFixed(0)} / ${hundred.rssMiB.toFixed(0)} MiB`,
    }));
  }
  return figures;
};
