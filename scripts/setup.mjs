#!/usr/bin/env node
// Newcomer / CI setup: `npm run setup`. Succeeds wherever `npm start` and `npm test` can work.
//
//  1. npm dependencies: `npm ci` (or `npm install` without a lockfile) unless
//     node_modules already matches package.json + package-lock.json.
//  2. A Chromium for Playwright, first found of:
//       a. $PW_CHROMIUM_PATH, else Playwright's own (chromium.executablePath() exists on disk)
//       b. `npx playwright install chromium` (tried once, 60 s limit; a failure
//          is remembered in node_modules/.cache/cbp-harness/ and never aborts),
//          then on Linux its system libraries (`playwright install-deps chromium`)
//          as root or with password-less sudo
//       c. the system's /usr/bin/chromium
//       d. as root with apt-get: apt-get install chromium
//       e. otherwise: exit 1 with the command a person must run.
//     It is then started once, headless, to be sure it runs here.
//  3. Optional tools, never a failure: ffmpeg (videos of `npm run demo`), qpdf
//     (makes the encrypted test PDFs; without it the committed copies in
//     fixtures/files/encrypted/ are used). Installed in the same apt-get call
//     when one runs for Chromium, else reported with the command to install them.
//  4. Debian's /usr/bin/ffmpeg linked where Playwright looks for its own.
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

const isRoot = process.getuid?.() === 0;
const aptGet = process.platform === 'linux' ? which('apt-get') : undefined;
/** Root, or a password-less sudo (CI machines): what may install system packages without asking anyone. */
const elevated = isRoot ? [] : which('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? ['sudo', '-n'] : undefined;
const asRoot = (cmd, args, opts) => (isRoot ? run(cmd, args, opts) : run(elevated[0], [...elevated.slice(1), cmd, ...args], opts));

function playwrightChromium() {
  try {
    const p = require('playwright-core').chromium.executablePath();
    return p && exists(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `npx playwright <args>` with a hard time limit (kills the whole process group).
 * Its output is kept back; on failure only the last lines are shown.
 */
function tryPlaywright(args, limitMs) {
  log(`$ npx --no-install playwright ${args.join(' ')}   (may take a minute; limit ${limitMs / 1000} s)`);
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', 'playwright', ...args], {
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
    }, limitMs);
    const done = (ok) => {
      clearTimeout(timer);
      if (!ok) {
        const lines = output.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('at ') && !l.startsWith('npm warn'));
        const tail = [...new Set(lines)].slice(-3);
        if (timedOut) tail.push(`timed out after ${limitMs / 1000} s`);
        for (const line of tail) warn(`  | ${line}`);
      }
      resolve(ok);
    };
    child.on('error', () => done(false));
    child.on('close', (code) => done(code === 0 && !timedOut));
  });
}

// The order scripts/chromium.ts chooses in: PW_CHROMIUM_PATH, Playwright's own, the system's.
let chromiumPath = process.env.PW_CHROMIUM_PATH || playwrightChromium();
let chromiumSource = process.env.PW_CHROMIUM_PATH ? 'PW_CHROMIUM_PATH' : chromiumPath ? "Playwright's own" : undefined;
const notes = [];

if (!chromiumPath) {
  const stamp = path.join(STATE_DIR, 'playwright-install-failed.json');
  const attempted = readJson(stamp);
  if (process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD) {
    log('PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set: not downloading a browser');
  } else if (attempted?.playwright === pwVersion) {
    log(`playwright install chromium already failed on ${attempted.at}; not retrying (rm -r ${STATE_DIR} to retry)`);
  } else if (await tryPlaywright(['install', 'chromium'], INSTALL_TIMEOUT_MS)) {
    chromiumPath = playwrightChromium();
    if (chromiumPath) chromiumSource = "Playwright's own (just downloaded)";
    // Its system libraries (Linux): Playwright installs them with apt-get, which needs root.
    if (chromiumPath && process.platform === 'linux') {
      if (elevated) {
        const args = ['playwright', 'install-deps', 'chromium'];
        if ((isRoot ? run('npx', ['--no-install', ...args]) : run(elevated[0], [...elevated.slice(1), 'npx', '--no-install', ...args])) !== 0) {
          notes.push("Playwright's system libraries could not be installed; if Chromium does not start, run: sudo npx playwright install-deps chromium");
        }
      } else {
        notes.push("if Chromium does not start, its system libraries are missing: sudo npx playwright install-deps chromium");
      }
    }
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

// ------------------------------------------------------- 3. optional tools

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
  const name = { linux: 'ffmpeg-linux', darwin: 'ffmpeg-mac', win32: 'ffmpeg-win64.exe' }[process.platform];
  if (!entry || !name) return undefined;
  let expected = path.join(browsersPath(), `ffmpeg-${entry.revision}`, name);
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
const hasFfmpeg = () => hasOwnFfmpeg || exists(SYSTEM_FFMPEG) || which('ffmpeg') !== undefined;

/** What each optional tool is for, as the summary says it. */
const OPTIONAL = {
  ffmpeg: { has: hasFfmpeg, why: 'records the videos of `npm run demo`' },
  qpdf: { has: () => which('qpdf') !== undefined, why: 'makes the encrypted test PDFs (without it: the copies in fixtures/files/encrypted/)' },
};
const missingOptional = () => Object.keys(OPTIONAL).filter((name) => !OPTIONAL[name].has());

// Chromium from apt (Debian/Ubuntu, as root): the optional tools that are missing come in the same call.
if (!chromiumPath && aptGet && elevated) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (asRoot('apt-get', ['update'], { env }) !== 0) warn('apt-get update failed; trying the install anyway');
  if (asRoot('apt-get', ['install', '-y', 'chromium', ...missingOptional()], { env }) !== 0) warn('apt-get install failed');
  if (exists(SYSTEM_CHROMIUM)) {
    chromiumPath = SYSTEM_CHROMIUM;
    chromiumSource = 'system (installed now with apt-get)';
  }
}

/** The command that installs `packages` here, for a person to run. */
function installCommand(packages) {
  if (process.platform === 'darwin') return `brew install ${packages.join(' ')}`;
  if (aptGet) return `sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`;
  return `your package manager's install of: ${packages.join(' ')} (e.g. sudo dnf install ${packages.join(' ')})`;
}

if (!chromiumPath) {
  warn('no Chromium for Playwright was found, and none could be installed here. Either:');
  warn('    npx playwright install --with-deps chromium      (where downloads work)');
  if (process.platform === 'linux') warn(`    ${installCommand(['chromium'])}`);
  warn('    or point PW_CHROMIUM_PATH at a Chromium or Chrome binary,');
  warn('then run `npm run setup` again.');
  process.exit(1);
}

// ---------------------------------------------------------- 4. it starts here

async function launches(executablePath) {
  try {
    const browser = await require('playwright-core').chromium.launch({ executablePath, timeout: 60_000 });
    await browser.close();
    return undefined;
  } catch (error) {
    return String(error?.message ?? error).split('\n').find((l) => l.trim()) ?? 'unknown error';
  }
}

const launchError = await launches(chromiumPath);
if (launchError) {
  warn(`Chromium at ${chromiumPath} does not start: ${launchError}`);
  warn(process.platform === 'linux' ? 'Its system libraries are probably missing: sudo npx playwright install-deps chromium' : 'Reinstall it: npx playwright install chromium');
  warn('then run `npm run setup` again.');
  process.exit(1);
}

// ------------------------------------------------ 5. link Debian's ffmpeg

function linkFfmpeg() {
  if (hasOwnFfmpeg) return `Playwright's own at ${ffmpegTarget}`;
  if (!ffmpegTarget || process.platform !== 'linux' || !exists(SYSTEM_FFMPEG)) return which('ffmpeg') ?? 'not found';
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
log(`  chromium     ${chromiumPath}  [${chromiumSource}; starts]`);
for (const [name, tool] of Object.entries(OPTIONAL)) {
  const found = name === 'ffmpeg' ? (hasFfmpeg() ? ffmpegNote : undefined) : which(name);
  log(`  ${name.padEnd(12)} ${found ?? `not installed (optional: ${tool.why})`}`);
}
const optional = missingOptional();
if (optional.length) log(`\nOptional, to install when you want them: ${installCommand(optional)}`);
for (const note of notes) log(`note: ${note}`);
