// `npm run drift -- --target URL [--profile FILE] [--commit] [--heal] [--grep ID]`: replays the documented
// procedures against a deployment and writes reports/drift.json and reports/drift.html (contract.md, "Replaying
// against another deployment"). Exit 0: every documented name found; 1: a name drifted or a procedure could not
// finish; 2: the target or the profile is unusable, or a code source timed out.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { PROCEDURE_IDS, type ProcedureId } from '../flows/catalog.ts';
import { ACTION_TIMEOUT_MS } from '../flows/names.ts';
import { DEMO_PROFILE } from './drift/baseline.ts';
import { openCodeDesk, type CodeDesk } from './drift/code-desk.ts';
import { PLAN_VARIABLE, type DriftPlan } from './drift/plan.ts';
import { loadProfile, ProfileProblems, type ResolvedProfile } from './drift/profile.ts';
import { buildReport, closingLine, exitStatusOf } from './drift/report.ts';
import { driftHtml } from './drift/report-page.ts';
import { HEAL_THRESHOLD } from './drift/similarity.ts';
import { targetProblem } from './drift/target.ts';
import { OWN_EXT, PLAYWRIGHT_CLI } from './node-script.ts';
import { fromRoot, reportsDir, ROOT } from './reports/paths.ts';
import { refreshIndex } from './reports/write-reports.ts';

const USAGE = `Usage: npm run drift -- --target URL [--profile FILE] [--commit] [--heal] [--grep ID]
  --target   the deployment to replay against, e.g. http://localhost:4010
  --profile  its accounts, code source and inputs (default targets/demo.json, the demo world of npm start)
  --commit   also press the controls that commit (Submit, Remove, Confirm & Upload, Accept…); on a deployment of
             this mock whose profile has "mock.world", each procedure starts from a reset world
  --heal     go on with a renamed element whose score passes the threshold, to find the drifts after it
  --grep     replay only the procedures whose id contains ID (repeat it, or separate ids with commas)`;

/** Ends the run with one line: what is unusable and where (exit 2). */
function unusable(message: string): never {
  process.stderr.write(`drift: ${message}\n`);
  process.exit(2);
}

const args = (() => {
  try {
    return parseArgs({
      options: {
        target: { type: 'string' },
        profile: { type: 'string' },
        commit: { type: 'boolean', default: false },
        heal: { type: 'boolean', default: false },
        grep: { type: 'string', multiple: true },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return unusable(`${(error as Error).message}\n${USAGE}`);
  }
})();
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!args.target) unusable(`--target URL is required.\n${USAGE}`);
const target = args.target.replace(/\/+$/, '');
const profileFile = args.profile ? path.resolve(args.profile) : DEMO_PROFILE;

let resolved: ResolvedProfile;
try {
  resolved = loadProfile(profileFile);
} catch (error) {
  if (error instanceof ProfileProblems) unusable(error.message);
  throw error;
}
const { profile } = resolved;
const wanted = (args.grep ?? []).flatMap((g) => g.split(',')).map((g) => g.trim()).filter(Boolean);
const procedures: ProcedureId[] = PROCEDURE_IDS.filter((id) => profile.procedures[id] && (!wanted.length || wanted.some((w) => id.includes(w))));
if (!procedures.length) unusable(`no procedure of the profile ${fromRoot(profileFile)} matches --grep ${wanted.join(', ')}`);

const problem = await targetProblem(target, profile.mock !== undefined);
if (problem) unusable(problem);

const reports = reportsDir();
const outDir = path.join(reports, 'drift');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const usesPrompt = Object.values(resolved.accounts).some((a) => a.codes.source === 'prompt');
const desk: CodeDesk | undefined = usesPrompt ? await openCodeDesk() : undefined;
const actionTimeoutMs = (profile.timeouts?.actionSeconds ?? ACTION_TIMEOUT_MS / 1000) * 1000;
const plan: DriftPlan = {
  target,
  profileFile,
  commit: args.commit,
  heal: args.heal,
  threshold: profile.heal?.threshold ?? HEAL_THRESHOLD,
  procedures,
  outDir,
  reportsDir: reports,
  actionTimeoutMs,
  procedureTimeoutMs: (profile.timeouts?.procedureSeconds ?? 180) * 1000,
  ...(desk ? { desk: desk.url } : {}),
};

const startedAt = new Date();
const config = fileURLToPath(new URL(`./drift/drift.config${OWN_EXT}`, import.meta.url));
const child = spawn(process.execPath, [PLAYWRIGHT_CLI, 'test', '--config', config], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...ownEnvironment(), [PLAN_VARIABLE]: JSON.stringify(plan), FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
});
await new Promise((resolve) => child.on('exit', resolve));
await desk?.close();
if (args.commit && resolved.world) await leaveTheWorldAsItWas(resolved);

const report = buildReport({ target, profile: fromRoot(profileFile), commit: args.commit, heal: args.heal, startedAt, procedures, resultsDir: path.join(outDir, 'results') });
const jsonFile = path.join(reports, 'drift.json');
const htmlFile = path.join(reports, 'drift.html');
writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(htmlFile, driftHtml(report, reports));
refreshIndex(reports);

const timedOut = desk?.timedOut() ?? report.procedures.find((p) => p.fatal)?.fatal;
if (timedOut) unusable(timedOut);
process.stdout.write(`\n${closingLine(report, fromRoot(htmlFile))}\n`);
process.exit(exitStatusOf(report));

/**
 * The environment without a surrounding Playwright run's own variables (TEST_WORKER_INDEX, PW_…), which would make
 * the replay's Playwright share that run's artifact folders when drift is started from a test.
 */
function ownEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TEST_') && !(k.startsWith('PW_') && k !== 'PW_CHROMIUM_PATH')));
}

/** After a --commit run on this mock: the world the profile starts from, again, for whoever uses the target next. */
async function leaveTheWorldAsItWas({ profile: p, world }: ResolvedProfile): Promise<void> {
  if (!world) return;
  const tokenEnv = p.mock?.adminTokenEnv;
  const token = tokenEnv ? process.env[tokenEnv] : undefined;
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  await fetch(`${target}/__admin/reset`, { method: 'POST', headers, body: JSON.stringify(world.seed === undefined ? {} : { seed: world.seed }) });
  await fetch(`${target}/__admin/scenario`, { method: 'POST', headers, body: JSON.stringify(world.scenario) });
}
