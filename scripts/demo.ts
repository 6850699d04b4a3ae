// `npm run demo -- <procedure id> [--pause]`: replays one procedure slowly for a class, with a caption on the
// page naming each step, away from what is being pressed. With a display, in a visible browser (--pause stops at
// each step until the trainer presses the caption's Resume demo button); without one, headless, recording a video
// into reports/videos/.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROCEDURES } from '../flows/catalog.ts';
import { startPortal } from '../fixtures/portal-server.ts';
import { OWN_EXT, PLAYWRIGHT_CLI } from './node-script.ts';
import { ROOT, fromRoot, reportsDir, shown } from './reports/paths.ts';
import { ReportsBusyError, lockReports } from './reports/reports-lock.ts';
import { refreshIndex } from './reports/write-reports.ts';

const args = process.argv.slice(2);
const id = args.find((a) => !a.startsWith('--'));
const pause = args.includes('--pause');
const procedureDir = path.resolve(ROOT, process.env.CBP_PROCEDURE_DIR ?? 'tests/procedures');
const specOf = (procedureId: string) => path.join(procedureDir, `${procedureId}.spec${OWN_EXT}`);
const withFlow: string[] = PROCEDURES.map((p) => p.id).filter((p) => existsSync(specOf(p)));

if (!id || !PROCEDURES.some((p) => p.id === id)) {
  process.stderr.write(`Usage: npm run demo -- <procedure id> [--pause]\nProcedures with a flow: ${withFlow.join(', ') || 'none yet'}\n`);
  process.exit(2);
}
if (!withFlow.includes(id)) {
  process.stderr.write(`${id} has no flow yet (no ${fromRoot(specOf(id))}). Procedures with a flow: ${withFlow.join(', ') || 'none yet'}\n`);
  process.exit(2);
}

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (pause && !headed) process.stdout.write('--pause needs a visible browser and there is no display here: ignored.\n');
const reports = reportsDir();
try {
  lockReports(reports, 'npm run demo');
} catch (error) {
  if (!(error instanceof ReportsBusyError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
const results = path.join(reports, 'demo-results');
rmSync(results, { recursive: true, force: true });

const cli = PLAYWRIGHT_CLI;
const config = path.join(ROOT, 'scripts', `demo.config${OWN_EXT}`);
const spec = fromRoot(specOf(id));
const line = await firstProcedureTestLine(spec);

const portal = await startPortal();
process.stdout.write(`Mock portal: ${portal.url} · ${headed ? 'visible browser' : 'headless, recording a video'}\n`);
const code = await run(
  [cli, 'test', '--config', config, line ? `${spec}:${line}` : spec],
  {
    CBP_DEMO: '1',
    CBP_PORTAL_URL: portal.url,
    CBP_DEMO_HEADED: headed ? '1' : '0',
    CBP_DEMO_PAUSE: pause && headed ? '1' : '0',
  },
);
await portal.stop();

if (!headed) {
  const video = findVideo(results);
  if (video) {
    mkdirSync(path.join(reports, 'videos'), { recursive: true });
    const target = path.join(reports, 'videos', `${id}.webm`);
    copyFileSync(video, target);
    process.stdout.write(`Video: ${shown(target)} (${Math.round(statSync(target).size / 1000)} KB)\n`);
    if (refreshIndex(reports)) process.stdout.write(`Listed in ${shown(path.join(reports, 'index.html'))}\n`);
  } else {
    process.stdout.write('No video was recorded (see the errors above).\n');
  }
}
process.exit(code);

/** The line of the spec's first @procedure test: a demo replays one run, not every variant. */
async function firstProcedureTestLine(file: string): Promise<number | undefined> {
  let out = '';
  const child = spawn(process.execPath, [cli, 'test', '--config', config, '--list', '--reporter=json', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  await new Promise((resolve) => child.on('exit', resolve));
  interface Spec { line: number; tags: string[] }
  interface SuiteJson { specs?: Spec[]; suites?: SuiteJson[] }
  const all = (s: SuiteJson): Spec[] => [...(s.specs ?? []), ...(s.suites ?? []).flatMap(all)];
  try {
    const report = JSON.parse(out) as SuiteJson;
    return all(report).find((s) => s.tags.some((t) => t.replace(/^@/, '') === 'procedure'))?.line;
  } catch {
    return undefined;
  }
}

function run(argv: string[], env: Record<string, string>): Promise<number> {
  const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
}

function findVideo(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (entry.endsWith('.webm')) return path.join(dir, entry);
  }
  return undefined;
}
