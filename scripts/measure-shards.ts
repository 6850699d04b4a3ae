/**
 * Prints the time of `npm run flows` on the whole procedure suite in one run, against the same suite in two shards
 * (`--shard=1/2`, `--shard=2/2`, one after the other, as two machines would run them side by side) plus
 * `npm run reports:merge`, and the ratio of the two. Each run writes into a folder of its own under a temporary one.
 * Run: npx tsx scripts/measure-shards.ts [extra npm run flows arguments, e.g. --workers=2]
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './reports/paths.ts';

const extra = process.argv.slice(2);
const work = mkdtempSync(path.join(tmpdir(), 'cbp-measure-shards-'));

async function timed(script: string, args: string[], reports: string): Promise<{ seconds: number; code: number; last: string }> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, CBP_REPORTS_DIR: reports }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, code, last: out.trimEnd().split('\n').at(-1) ?? '' };
}

const dir = (name: string) => path.join(work, name);
const single = await timed('scripts/run-flows.ts', extra, dir('single'));
console.log(`single run:     ${single.seconds.toFixed(1)} s (${single.last}, exit ${single.code})`);
const shards = [];
for (const i of [1, 2]) {
  const shard = await timed('scripts/run-flows.ts', [`--shard=${i}/2`, ...extra], dir(`shard${i}`));
  console.log(`shard ${i}/2:      ${shard.seconds.toFixed(1)} s (${shard.last}, exit ${shard.code})`);
  shards.push(shard);
}
mkdirSync(dir('blobs'));
for (const i of [1, 2]) for (const zip of readdirSync(path.join(dir(`shard${i}`), 'blob'))) copyFileSync(path.join(dir(`shard${i}`), 'blob', zip), path.join(dir('blobs'), zip));
const merge = await timed('scripts/merge-reports.ts', [dir('blobs')], dir('merged'));
console.log(`merge:          ${merge.seconds.toFixed(1)} s (${merge.last}, exit ${merge.code})`);
const twoMachines = Math.max(...shards.map((s) => s.seconds)) + merge.seconds;
console.log(`two shards on two machines (the slower shard, then the merge): ${twoMachines.toFixed(1)} s = ${(twoMachines / single.seconds).toFixed(2)} × the single run`);
console.log(`both shards on one machine, one after the other, plus the merge: ${(shards.reduce((n, s) => n + s.seconds, 0) + merge.seconds).toFixed(1)} s`);
console.log(`reports in ${work}`);
