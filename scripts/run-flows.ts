// `npm run flows`: replays every documented procedure that has a flow (tests/procedures/*.spec.ts, tagged
// @procedure) in headless Chromium and writes reports/: the Playwright HTML report, JUnit XML, an illustrated
// guide per procedure (HTML and PDF), the traceability matrix and an index. Extra arguments go to Playwright
// (e.g. `npm run flows -- --workers=1`). Exits non-zero if a procedure fails or a flow leaves a step out.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Matrix } from './reports/traceability.ts';
import { ROOT, reportsDir } from './reports/paths.ts';

const reports = reportsDir();
const matrixFile = path.join(reports, 'traceability.json');
rmSync(matrixFile, { force: true }); // a stale one must not pass for this run's
const cli = path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
const args = [cli, 'test', '--config', path.join(ROOT, 'scripts', 'flows.config.ts'), '--pass-with-no-tests', ...process.argv.slice(2)];

const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
const code: number = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));

// The reporters have printed the summary and the closing `N passed, N failed`; a gap fails the run too.
if (!existsSync(matrixFile)) process.stdout.write('No reports were written (see the errors above).\n');
const matrix = existsSync(matrixFile) ? (JSON.parse(readFileSync(matrixFile, 'utf8')) as Matrix) : undefined;
process.exit(code !== 0 ? code : !matrix || matrix.summary.gaps > 0 ? 1 : 0);
