#!/usr/bin/env node
// Newcomer / CI setup: `npm run setup`.
//
//  1. npm dependencies: `npm ci` (or `npm install` without a lockfile) unless
//     node_modules already matches package.json + package-lock.json.
//  2. A Chromium for Playwright, first found of:
//       a. Playwright's own (chromium.executablePath() exists on disk)
//       b. `npx playwright install chromium` (tried once, 60 s limit; a failure
//          is remembered in node_modules/.cache/cbp-harness/ and never aborts)
//       c. the system's /usr/bin/chromium
//       d. as root with apt-get: apt-get install chromium (+ the tools below)
//       e. otherwise: exit 1 and print the command a person must run.
//  3. ffmpeg (Playwright video), qpdf (encrypted PDFs), poppler-utils
//     (pdftoppm) from apt, only if missing, in the same apt-get call.
//  4. Debian's /usr/bin/ffmpeg symlinked where Playwright looks for its own.
//
// Node built-ins only; safe and quick to run again.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const SYSTEM_FFMPEG = '/usr/bin/ffmpeg';
const INSTALL_TIMEOUT_MS = 60_000;
const STATE_DIR = path.join(ROOT, 'node_modules', '.cache', 'cbp-harness');

const log = (msg = '') => process.stdout.write(`${msg}\n`);
const warn = (msg) => process.stderr.write(`[setup] ${msg}\n`);
const exists = (p) => {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const readJson = (p) => {
  try {
    return JSON.parse(fs.readFileSync(p, 'utf8'));
  } catch {
    return undefined;
  }
};
const which = (cmd) =>
  (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, cmd))
    .find((p) => exists(p));
const run = (cmd, args, opts = {}) => {
  log(`$ ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  return res.status ?? 1;
};

// ---------------------------------------------------------------- 1. npm deps

const DEPS_STAMP = path.join(STATE_DIR, 'deps.json');
const MANIFESTS = ['package.json', 'package-lock.json'];
const manifestHashes = () =>
  Object.fromEntries(
    MANIFESTS.map((f) => {
      const p = path.join(ROOT, f);
      return [f, fs.existsSync(p) ? createHash('sha256').update(fs.readFileSync(p)).digest('hex') : null];
    }),
  );

/** Does node_modules hold what package-lock.json describes? (npm's hidden lockfile vs the real one) */
function nodeModulesMatchLock() {
  const pkg = readJson(path.join(ROOT, 'package.json')) ?? {};
  const lock = readJson(path.join(ROOT, 'package-lock.json'));
  const hidden = readJson(path.join(ROOT, 'node_modules', '.package-lock.json'));
  if (!hidden) return false;
  const sections = ['dependencies', 'devDependencies', 'optionalDependencies'];
  const declared = (s) => Object.keys(pkg[s] ?? {});
  if (!lock) return sections.every((s) => declared(s).every((n) => fs.existsSync(path.join(ROOT, 'node_modules', n, 'package.json'))));
  const lockRoot = lock.packages?.[''] ?? {};
  const names = (o) => JSON.stringify(Object.keys(o ?? {}).sort());
  if (!sections.every((s) => names(pkg[s]) === names(lockRoot[s]))) return false; // deps added/removed since the lock
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    if (!key.startsWith('node_modules/') || entry.link) continue;
    const installed = hidden.packages?.[key];
    if (!installed) {
      if (entry.optional) continue; // platform-specific optional deps are skipped by npm
      return false;
    }
    if (installed.version !== entry.version || !fs.existsSync(path.join(ROOT, key))) return false;
  }
  return true;
}

/**
 * Up to date when package.json + package-lock.json are byte-identical to the last successful
 * install by this script; without that record (node_modules installed by hand), when
 * node_modules matches the lockfile.
 */
function dependenciesInSync() {
  if (!fs.existsSync(path.join(ROOT, 'node_modules'))) return false;
  const stamp = readJson(DEPS_STAMP);
  if (stamp) return JSON.stringify(stamp) === JSON.stringify(manifestHashes());
  return nodeModulesMatchLock();
}

const writeDepsStamp = () => {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  fs.writeFileSync(DEPS_STAMP, JSON.stringify(manifestHashes()) + '\n');
};

function installDependencies() {
  if (dependenciesInSync()) {
    log('npm dependencies: up to date');
    if (!fs.existsSync(DEPS_STAMP)) writeDepsStamp();
    return;
  }
  const hasLock = fs.existsSync(path.join(ROOT, 'package-lock.json'));
  let status = run('npm', [hasLock ? 'ci' : 'install']);
  if (status !== 0 && hasLock && process.env.CI !== 'true') {
    // Usually package.json was edited without updating the lock: npm install fixes that locally.
    // In CI the lockfile must be right, so there we fail instead.
    warn('npm ci failed; falling back to npm install (this may update package-lock.json)');
    status = run('npm', ['install']);
  }
  if (status !== 0) {
    warn(`npm ${hasLock ? 'ci' : 'install'} failed (exit ${status})`);
    process.exit(status);
  }
  writeDepsStamp(); // after the install: npm install may have rewritten package-lock.json
}

installDependencies();

// After the install, Playwright is resolvable from the project root.
const require = createRequire(path.join(ROOT, 'package.json'));
const pwCoreDir = path.dirname(require.resolve('playwright-core/package.json'));
const pwVersion = readJson(path.join(pwCoreDir, 'package.json'))?.version ?? 'unknown';

// ------------------------------------------------------------ 2. Chromium

function playwrightChromium() {
  try {
    const p = require('playwright-core').chromium.executablePath();
    return p && exists(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `npx playwright install chromium` with a hard time limit (kills the whole process group).
 * Its output is kept back; on failure only the last lines are shown.
 */
function tryPlaywrightInstall() {
  log(`$ npx --no-install playwright install chromium   (may take a minute; limit ${INSTALL_TIMEOUT_MS / 1000} s)`);
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', 'playwright', 'install', 'chromium'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so a timeout also stops the download workers
    });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, INSTALL_TIMEOUT_MS);
    const done = (ok) => {
      clearTimeout(timer);
      if (!ok) {
        const lines = output.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('at ') && !l.startsWith('npm warn'));
        const tail = [...new Set(lines)].slice(-3);
        if (timedOut) tail.push(`timed out after ${INSTALL_TIMEOUT_MS / 1000} s`);
        for (const line of tail) warn(`  | ${line}`);
      }
      resolve(ok);
    };
    child.on('error', () => done(false));
    child.on('close', (code) => done(code === 0 && !timedOut));
  });
}

let chromiumPath = playwrightChromium();
let chromiumSource = chromiumPath ? "Playwright's own" : undefined;

if (!chromiumPath) {
  const stamp = path.join(STATE_DIR, 'playwright-install-failed.json');
  const attempted = readJson(stamp);
  if (process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD) {
    log('PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set: not downloading a browser');
  } else if (attempted?.playwright === pwVersion) {
    log(`playwright install chromium already failed on ${attempted.at}; not retrying (rm -r ${STATE_DIR} to retry)`);
  } else if (await tryPlaywrightInstall()) {
    chromiumPath = playwrightChromium();
    if (chromiumPath) chromiumSource = "Playwright's own (just downloaded)";
  } else {
    warn('playwright install chromium failed (no download access?); falling back to the system Chromium');
    fs.mkdirSync(STATE_DIR, { recursive: true });
    fs.writeFileSync(stamp, JSON.stringify({ playwright: pwVersion, at: new Date().toISOString() }) + '\n');
  }
}
if (!chromiumPath && exists(SYSTEM_CHROMIUM)) {
  chromiumPath = SYSTEM_CHROMIUM;
  chromiumSource = 'system';
}

// ------------------------------------------------------- 3. ffmpeg and friends

// Where Playwright looks for ffmpeg; mirrors playwright-core's registry
// (registryDirectory + readDescriptors in lib/coreBundle.js):
//   PLAYWRIGHT_BROWSERS_PATH (also as npm_config_/npm_package_config_), "0" = <playwright-core>/.local-browsers,
//   relative paths resolved against INIT_CWD or cwd; default $XDG_CACHE_HOME|~/.cache + /ms-playwright.
function browsersPath() {
  const name = 'PLAYWRIGHT_BROWSERS_PATH';
  const env =
    process.env[name] ??
    process.env[`npm_config_${name.toLowerCase()}`] ??
    process.env[`npm_package_config_${name.toLowerCase()}`];
  let dir;
  if (env === '0') dir = path.join(pwCoreDir, '.local-browsers');
  else if (env) dir = env;
  else if (process.platform === 'darwin') dir = path.join(os.homedir(), 'Library', 'Caches', 'ms-playwright');
  else if (process.platform === 'win32')
    dir = path.join(process.env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local'), 'ms-playwright');
  else dir = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'ms-playwright');
  return path.isAbsolute(dir) ? dir : path.resolve(process.env.INIT_CWD || process.cwd(), dir);
}

function playwrightFfmpegPath() {
  const entry = readJson(path.join(pwCoreDir, 'browsers.json'))?.browsers?.find((b) => b.name === 'ffmpeg');
  if (!entry || process.platform !== 'linux') return undefined;
  let expected = path.join(browsersPath(), `ffmpeg-${entry.revision}`, 'ffmpeg-linux');
  try {
    // Cross-check with Playwright's own registry (internal API, so best effort).
    const actual = require('playwright-core/lib/coreBundle').registry.registry.findExecutable('ffmpeg').executablePath();
    if (typeof actual === 'string' && actual !== expected) {
      warn(`Playwright expects ffmpeg at ${actual} (computed ${expected}); using Playwright's path`);
      expected = actual;
    }
  } catch {
    /* internal layout changed: keep the computed path */
  }
  return expected;
}

const ffmpegTarget = playwrightFfmpegPath();
const isLink = (p) => {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
};
// A real file there means Playwright downloaded its own ffmpeg: keep it.
const hasOwnFfmpeg = ffmpegTarget !== undefined && !isLink(ffmpegTarget) && exists(ffmpegTarget);

const needed = [];
if (!chromiumPath) needed.push('chromium');
if (!hasOwnFfmpeg && !exists(SYSTEM_FFMPEG)) needed.push('ffmpeg');
if (!which('qpdf')) needed.push('qpdf');
if (!which('pdftoppm')) needed.push('poppler-utils');

const aptGet = which('apt-get');
const isRoot = process.getuid?.() === 0;
if (needed.length && aptGet && isRoot) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update'], { env }) !== 0) warn('apt-get update failed; trying the install anyway');
  if (run('apt-get', ['install', '-y', ...needed], { env }) !== 0) warn('apt-get install failed');
  if (!chromiumPath && exists(SYSTEM_CHROMIUM)) {
    chromiumPath = SYSTEM_CHROMIUM;
    chromiumSource = 'system (installed now with apt-get)';
  }
}
const stillMissing = [
  ...(chromiumPath ? [] : ['chromium']),
  ...(hasOwnFfmpeg || exists(SYSTEM_FFMPEG) ? [] : ['ffmpeg']),
  ...(which('qpdf') ? [] : ['qpdf']),
  ...(which('pdftoppm') ? [] : ['poppler-utils']),
];
if (stillMissing.length) {
  const cmd = `sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ${stillMissing.join(' ')}`;
  warn(`missing: ${stillMissing.join(', ')}`);
  warn(aptGet ? `run:\n\n    ${cmd}\n` : `install them with your package manager (on Debian/Ubuntu: ${cmd})`);
  if (stillMissing.includes('chromium'))
    warn('or point PW_CHROMIUM_PATH at a Chromium/Chrome binary, or run `npx playwright install chromium` where downloads work');
  warn('then run `npm run setup` again.');
  process.exit(1);
}

// ------------------------------------------------ 4. link Debian's ffmpeg

function linkFfmpeg() {
  if (!ffmpegTarget) return `not linked (no Linux ffmpeg entry for Playwright on ${process.platform})`;
  if (hasOwnFfmpeg) return `Playwright's own at ${ffmpegTarget}`;
  if (!exists(SYSTEM_FFMPEG)) return `not linked (${SYSTEM_FFMPEG} missing)`;
  const dir = path.dirname(ffmpegTarget);
  let note = 'already linked';
  if (!isLink(ffmpegTarget) || fs.readlinkSync(ffmpegTarget) !== SYSTEM_FFMPEG) {
    fs.mkdirSync(dir, { recursive: true });
    fs.rmSync(ffmpegTarget, { force: true }); // a stale or broken link
    fs.symlinkSync(SYSTEM_FFMPEG, ffmpegTarget);
    note = 'linked now';
  }
  // Playwright's marker file: without it `playwright install` garbage-collects
  // this directory, and with it `playwright install` keeps it instead of downloading.
  const marker = path.join(dir, 'INSTALLATION_COMPLETE');
  if (!fs.existsSync(marker)) fs.writeFileSync(marker, '');
  return `${ffmpegTarget} -> ${SYSTEM_FFMPEG} (${note})`;
}

const ffmpegNote = linkFfmpeg();

// ---------------------------------------------------------------- summary

log('');
log('cbp-harness setup done');
log(`  playwright   ${pwVersion}`);
log(`  chromium     ${chromiumPath}  [${chromiumSource}]`);
log(`  ffmpeg       ${ffmpegNote}`);
log(`  qpdf         ${which('qpdf')}`);
log(`  pdftoppm     ${which('pdftoppm')}`);
if (process.env.PW_CHROMIUM_PATH) log(`  note         PW_CHROMIUM_PATH=${process.env.PW_CHROMIUM_PATH} overrides the chromium above in tests`);
