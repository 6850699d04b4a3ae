#!/usr/bin/env node
// `cbp-harness <command>`: this repository's npm commands for a project that installed cbp-harness. Each runs in
// a process of its own, as `npm start`, `npm run flows`, `npm run demo` do here; reports go to ./reports.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../fixtures/portal-server.ts';
import { COMPILED, OWN_EXT, nodeScript } from '../scripts/node-script.ts';

interface Command {
  /** The script it runs, relative to this file, without its extension. */
  script: string;
  nodeFlags?: string[];
  usage: string;
}

const COMMANDS: Record<string, Command> = {
  serve: { script: '../mock-portal/cli', nodeFlags: SERVER_NODE_FLAGS, usage: 'serve [--port N] [--seed N] [--no-demo] [--data-dir DIR]   the mock portal with its demo world, as npm start' },
  flows: { script: '../scripts/run-flows', usage: 'flows [Playwright options]        replays every documented procedure, reports into ./reports' },
  'merge-reports': { script: '../scripts/merge-reports', usage: 'merge-reports FOLDER              one ./reports from the blob reports of --shard runs' },
  drift: { script: '../scripts/drift', usage: 'drift --target URL [options]      replays the procedures against another deployment' },
  demo: { script: '../scripts/demo', usage: 'demo <procedure id> [--pause]     replays one procedure slowly, with a caption per step' },
};

const version = (JSON.parse(readFileSync(new URL(COMPILED ? '../../package.json' : '../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const usage = `cbp-harness ${version}

Usage: cbp-harness <command> [options]

${Object.values(COMMANDS).map((c) => `  ${c.usage}`).join('\n')}

Reports go to ./reports (CBP_REPORTS_DIR to change). Exit codes: 0 done, 1 a procedure failed, 2 could not run.
`;

const [name, ...args] = process.argv.slice(2);
if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
  process.stdout.write(usage);
  process.exit(name === undefined ? 2 : 0);
}
if (name === '--version' || name === '-v') {
  process.stdout.write(`${version}\n`);
  process.exit(0);
}
const command = COMMANDS[name];
if (!command) {
  process.stderr.write(`cbp-harness: no command "${name}".\n\n${usage}`);
  process.exit(2);
}
if (!existsSync(fileURLToPath(new URL(`${command.script}${OWN_EXT}`, import.meta.url)))) {
  process.stderr.write(`cbp-harness ${name} is not available in this version (${version}). Update cbp-harness to a version that has it.\n`);
  process.exit(2);
}

// Reports belong to the project that runs the command, not to the installed package.
const reports = path.resolve(process.cwd(), process.env.CBP_REPORTS_DIR ?? 'reports');
const child = spawn(process.execPath, [...(command.nodeFlags ?? []), ...nodeScript(import.meta.url, command.script), ...args], {
  stdio: 'inherit',
  env: { ...process.env, CBP_REPORTS_DIR: reports },
});
// Ctrl-C reaches the child too (same process group): wait for it to finish its reports; pass a SIGTERM on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
