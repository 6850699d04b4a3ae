/**
 * `npm run bench`: measures the harness against floors measured in the same run and prints a table of ratios, each
 * with its goal (issues 14 and 18), and writes reports/bench.json (or $CBP_REPORTS_DIR/bench.json).
 *
 *   npm run bench                          every section
 *   npm run bench -- serve class           some sections
 *   npm run bench -- --repeats 5           repeats per figure (median reported; default 3)
 *   npm run bench -- class --trainees 30,100,200
 *
 * Sections, one file each in scripts/bench/: replay, serve, upload, suite, growth, class.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { reportsDir } from './reports/paths.ts';
import type { BenchOptions, Figure, Section } from './bench/figures.ts';
import { classSection } from './bench/class.ts';
import { growth } from './bench/growth.ts';
import { replay } from './bench/replay.ts';
import { serve } from './bench/serve.ts';
import { suite } from './bench/suite.ts';
import { upload } from './bench/upload.ts';

const SECTIONS: Record<string, Section> = { replay, serve, upload, suite, growth, class: classSection };

function parse(argv: string[]): { sections: string[]; options: Omit<BenchOptions, 'log'> } {
  const sections: string[] = [];
  let repeats = 3;
  let trainees = [100];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--repeats') repeats = Number(value());
    else if (arg === '--trainees') trainees = value().split(',').map(Number);
    else if (arg in SECTIONS) sections.push(arg);
    else throw new Error(`Unknown argument “${arg}”. Sections: ${Object.keys(SECTIONS).join(', ')}; options: --repeats N, --trainees N[,N…].`);
  }
  if (!Number.isInteger(repeats) || repeats < 1) throw new Error('--repeats takes a whole number of at least 1.');
  if (trainees.some((n) => !Number.isInteger(n) || n < 1 || n > 200)) throw new Error('--trainees takes class sizes from 1 to 200, e.g. 30,100,200.');
  return { sections: sections.length ? sections : Object.keys(SECTIONS), options: { repeats, trainees } };
}

const fmt = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.section,
    f.name,
    `${fmt(f.value)} ${f.unit}`,
    f.floor ? `${fmt(f.floor.value)} (${f.floor.name})` : '',
    f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`,
    f.goal ? `${f.goal.text} ${f.met ? 'met' : 'NOT MET'}` : '',
    String(f.repeats),
  ]);
  const header = ['section', 'figure', 'value', 'floor', 'ratio', 'goal', 'repeats'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const { sections, options } = parse(process.argv.slice(2));
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadBefore: loadavg() };
console.log(`bench: ${sections.join(', ')}; ${options.repeats} repeats; ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}; load ${machine.loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
const figures: Figure[] = [];
const startedAt = new Date();
for (const name of sections) {
  const started = performance.now();
  console.log(`\n— ${name} —`);
  const section = SECTIONS[name] as Section;
  figures.push(...(await section({ ...options, log: (line) => console.log(`  ${line}`) })));
  console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
const loadAfter = loadavg();
console.log(`\n${table(figures)}\n\nload average after: ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
const unmet = figures.filter((f) => f.met === false);
console.log(unmet.length ? `${unmet.length} goal(s) not met: ${unmet.map((f) => `${f.section} ${f.name}`).join('; ')}` : 'every goal met');

const out = path.join(reportsDir(), 'bench.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ startedAt, sections, options, machine: { ...machine, loadAfter }, figures }, null, 2)}\n`);
console.log(`written ${path.relative(process.cwd(), out)}`);
