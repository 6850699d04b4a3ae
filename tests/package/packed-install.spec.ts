import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { ROOT } from '../../scripts/reports/paths.ts';

const PLAYWRIGHT_VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@playwright/test/package.json'), 'utf8')) as { version: string }).version;
const OWN = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string>; files: string[] };

interface Done { code: number; output: string; seconds: number }

/** A command as a person types it in `cwd`, without the variables npm and the test runner set for this run. */
function sh(cwd: string, command: string, args: readonly string[]): Promise<Done> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|TEST_|CBP_|PW_TEST|PLAYWRIGHT_)/i.test(k) && k !== 'INIT_CWD'));
  const started = Date.now();
  const child = spawn(command, args, { cwd, env: { ...env, FORCE_COLOR: '0', npm_config_update_notifier: 'false' } });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: (Date.now() - started) / 1000 })));
}

// What the issue asks, from outside: the project packed with `npm pack`, installed into a new project
// (examples/consumer) from the tarball and the npm cache, and used there by that project's own Playwright run.
test.describe('the packed package, installed into a new project', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let project = '';
  const took: Record<string, number> = {};

  test.beforeAll(async ({}, info) => {
    info.setTimeout(900_000); // a TypeScript build, npm pack and npm install
    const stage = info.outputPath('stage');
    project = info.outputPath('consumer');
    // The package's own folder, staged: this run builds its dist/ there, not in the repository's (another run may pack too).
    mkdirSync(stage, { recursive: true });
    for (const file of ['package.json', 'README.md', ...OWN.files]) cpSync(path.join(ROOT, file), path.join(stage, file), { recursive: true });
    const build = await sh(ROOT, process.execPath, ['--import', 'tsx', 'scripts/build-package.ts', '--out', path.join(stage, 'dist')]);
    expect(build.code, build.output).toBe(0);
    const pack = await sh(stage, 'npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', info.outputPath()]);
    expect(pack.code, pack.output).toBe(0);
    const [packed] = JSON.parse(pack.output.slice(pack.output.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    const files = packed?.files.map((f) => f.path) ?? [];
    expect(files).toContain('dist/package/cli.js');
    expect(files).toContain('dist/package/fixtures.d.ts');
    expect(files).toContain('dist/mock-portal/views/layouts/base.njk');
    expect(files).toContain('docs/contract.md');
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), 'no TypeScript to compile in the package').toEqual([]);
    took.buildAndPack = build.seconds + pack.seconds;

    cpSync(path.join(ROOT, 'examples', 'consumer'), project, { recursive: true });
    const tarball = path.join(info.outputPath(), packed?.filename ?? '');
    const install = await sh(project, 'npm', ['install', tarball, `@playwright/test@${PLAYWRIGHT_VERSION}`, '--prefer-offline', '--no-audit', '--no-fund']);
    expect(install.code, install.output).toBe(0);
    took.install = install.seconds;
  });

  test.afterAll(async ({}, info) => {
    info.annotations.push({ type: 'timing', description: Object.entries(took).map(([k, s]) => `${k} ${s.toFixed(0)} s`).join(', ') });
    process.stdout.write(`packed-install timings: ${JSON.stringify(took)}\n`);
  });

  test('prepack builds the package, so a plain `npm pack` of the repository ships the compiled code', () => {
    expect(OWN.scripts.prepack).toBe('tsx scripts/build-package.ts');
  });

  test('its types check in a TypeScript project (strict, no skipLibCheck)', async () => {
    const tsc = await sh(project, 'npx', ['tsc', '-p', 'tsconfig.json']);
    took.typecheck = tsc.seconds;
    expect(tsc.code, tsc.output).toBe(0);
  });

  test('the project\'s own Playwright run: a flow against its own mock portal (TypeScript), and npx cbp-harness serve (plain JavaScript)', async () => {
    const run = await sh(project, 'npx', ['playwright', 'test', '--workers=1']);
    took.playwright = run.seconds;
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('3 passed');
  });

  test('npx cbp-harness flows replays the packaged procedures into the project\'s reports/', async () => {
    const run = await sh(project, 'npx', ['cbp-harness', 'flows', '--grep', 'idm.add-ptan: an AO', '--workers=1']);
    took.flows = run.seconds;
    expect(run.code, run.output).toBe(0);
    expect(run.output.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
    expect(readFileSync(path.join(project, 'reports', 'guides', 'idm.add-ptan.html'), 'utf8')).toContain('How to Add More Than One PTAN to a Role');
    expect(readFileSync(path.join(project, 'reports', 'index.html'), 'utf8')).toContain('not run this time');
  });

  test('npx cbp-harness names its commands and its version; one it does not have says so', async () => {
    const version = await sh(project, 'npx', ['cbp-harness', '--version']);
    expect(version.output.trim()).toBe(OWN.version);
    const help = await sh(project, 'npx', ['cbp-harness', 'help']);
    for (const command of ['serve', 'flows', 'merge-reports', 'drift', 'demo']) expect(help.output).toContain(`  ${command} `);
    const unknown = await sh(project, 'npx', ['cbp-harness', 'bid']);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('no command "bid"');
    // drift ships with its profile schema: an unusable profile and an unreachable target each get their one line, exit 2.
    const badProfile = path.join(project, 'bad-profile.json');
    writeFileSync(badProfile, JSON.stringify({ accounts: 'none' }));
    const profile = await sh(project, 'npx', ['cbp-harness', 'drift', '--target', 'http://127.0.0.1:9', '--profile', badProfile]);
    expect(profile.code, profile.output).toBe(2);
    expect(profile.output).toContain('bad-profile.json');
    expect(profile.output).not.toContain('    at ');
    const unreachable = await sh(project, 'npx', ['cbp-harness', 'drift', '--target', 'http://127.0.0.1:9']);
    expect(unreachable.code, unreachable.output).toBe(2);
    expect(unreachable.output).toContain('http://127.0.0.1:9');
    expect(unreachable.output).not.toContain('    at ');
  });
});
