/**
 * serve: the portal's pages under autocannon (10 connections) against bare Express 5 serving a page of the same size
 * (scripts/bench/bare-express.ts), each server in a process of its own started the same way. Requests/s and p99.
 */
import type { Result } from 'autocannon';
import { startPortal, startServerProcess } from '../../fixtures/portal-server.ts';
import { rate, runAutocannon } from '../measurements/http-load.ts';
import { figure, median, type Figure, type Section } from './figures.ts';
import { HttpClient, idmSignIn, postJson } from './http-client.ts';

const CONNECTIONS = 10;
const SECONDS = Number(process.env.CBP_BENCH_SERVE_SECONDS ?? 3);
const USER = { userId: 'serve.ao', password: 'Correct-Horse-Battery-9', email: 'serve.ao@example.test' };

interface Load {
  rate: number;
  p99: number;
  errors: number;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const result: Result = await runAutocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return { rate: rate(result), p99: result.latency.p99, errors: result.errors + result.non2xx };
}

export const serve: Section = async ({ repeats, log }) => {
  const portal = await startPortal();
  const bare = await startServerProcess('../scripts/bench/bare-express', [], 'bare Express');
  const figures: Figure[] = [];
  try {
    const admin = new HttpClient(portal.url);
    await postJson(portal.url, '/__admin/scenario', { organizations: [{ id: 'serve' }], users: [{ ...USER, organization: 'serve', roles: [{ application: 'Connexion', role: 'AO' }] }] });
    const person = new HttpClient(portal.url);
    await idmSignIn(person, admin, USER);
    const pages: { name: string; path: string; headers: Record<string, string> }[] = [
      { name: 'CBIC home page', path: '/', headers: {} },
      { name: 'IDM sign-in page', path: '/idm/', headers: {} },
      { name: 'signed-in IDM dashboard', path: '/idm/dashboard', headers: { cookie: person.sessionCookie } },
    ];
    for (const page of pages) {
      const probe = await fetch(new URL(page.path, portal.url), { headers: page.headers, redirect: 'manual' });
      const bytes = (await probe.arrayBuffer()).byteLength;
      if (probe.status !== 200) throw new Error(`${page.path} answered ${probe.status}`);
      const floorUrl = `${bare.url}/bytes/${bytes}`;
      await load(new URL(page.path, portal.url).href, page.headers); // warm-up: code optimized, templates compiled
      await load(floorUrl);
      const mock: Load[] = [];
      const floor: Load[] = [];
      for (let i = 0; i < repeats; i++) {
        mock.push(await load(new URL(page.path, portal.url).href, page.headers));
        floor.push(await load(floorUrl));
      }
      const errors = mock.reduce((sum, m) => sum + m.errors, 0);
      log(`serve ${page.name} (${bytes} bytes): ${mock.map((m) => m.rate.toFixed(0)).join(', ')} req/s; bare Express ${floor.map((m) => m.rate.toFixed(0)).join(', ')} req/s`);
      figures.push(
        figure({
          section: 'serve', name: `${page.name}, requests/s`, value: median(mock.map((m) => m.rate)), unit: 'req/s',
          floor: { name: `bare Express, ${bytes} B page`, value: median(floor.map((m) => m.rate)) },
          goal: { min: 0.5, text: '≥ 0.5× bare Express' }, repeats, failures: errors, ...(errors ? { note: `${errors} errors or non-2xx` } : {}),
        }),
        figure({
          section: 'serve', name: `${page.name}, p99`, value: median(mock.map((m) => m.p99)), unit: 'ms',
          floor: { name: 'bare Express p99', value: Math.max(1, median(floor.map((m) => m.p99))) }, repeats,
        }),
      );
    }
    person.close();
    admin.close();
  } finally {
    await bare.stop();
    await portal.stop();
  }
  return figures;
};
