import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { chromiumExecutablePath } from '../../scripts/chromium.ts';
import { ROOT } from '../../scripts/reports/paths.ts';

/**
 * `npm run setup` (scripts/setup.mjs) on a stand-in machine: a project whose dependencies are installed (Playwright's
 * core only), a PATH holding node and nothing else (no qpdf, ffmpeg, sudo; apt-get only when given), a home of its own.
 */
function setupOn(machine: string, extraBin: Record<string, string> = {}) {
  mkdirSync(path.join(machine, 'scripts'), { recursive: true });
  copyFileSync(path.join(ROOT, 'scripts', 'setup.mjs'), path.join(machine, 'scripts', 'setup.mjs'));
  writeFileSync(path.join(machine, 'package.json'), '{ "name": "machine", "private": true, "type": "module" }\n');
  mkdirSync(path.join(machine, 'node_modules'), { recursive: true });
  writeFileSync(path.join(machine, 'node_modules', '.package-lock.json'), '{ "packages": {} }\n'); // what npm leaves: installed
  symlinkSync(path.join(ROOT, 'node_modules', 'playwright-core'), path.join(machine, 'node_modules', 'playwright-core'));
  const bin = path.join(machine, 'bin');
  mkdirSync(bin);
  symlinkSync(process.execPath, path.join(bin, 'node'));
  for (const [name, script] of Object.entries(extraBin)) {
    writeFileSync(path.join(bin, name), script);
    chmodSync(path.join(bin, name), 0o755);
  }
  const executablePath = chromiumExecutablePath();
  if (!executablePath) throw new Error('no Chromium on this machine for the stand-in to use');
  const result = spawnSync(process.execPath, [path.join(machine, 'scripts', 'setup.mjs')], {
    cwd: machine,
    env: { PATH: bin, HOME: path.join(machine, 'home'), PW_CHROMIUM_PATH: executablePath, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

test('without apt-get, qpdf or ffmpeg on its PATH it succeeds, naming the optional tools and how to get them', () => {
  const { code, output } = setupOn(test.info().outputPath('machine'));
  expect(code, output).toBe(0);
  expect(output).toContain('cbp-harness setup done');
  expect(output).toMatch(/chromium {5}\S+ {2}\[PW_CHROMIUM_PATH; starts\]/);
  expect(output).toContain('qpdf         not installed (optional: makes the encrypted test PDFs');
  expect(output).toContain("Optional, to install when you want them: your package manager's install of: ");
  expect(output).not.toMatch(/pdftoppm|poppler/);
});

test('with apt-get, a Chromium already there: nothing is installed for the optional tools, the apt-get command is printed', () => {
  const machine = test.info().outputPath('machine');
  const calls = path.join(machine, 'apt-get-calls');
  const { code, output } = setupOn(machine, { 'apt-get': `#!/bin/sh\necho "$@" >> ${calls}\nexit 1\n` });
  expect(code, output).toBe(0);
  expect(existsSync(calls) ? readFileSync(calls, 'utf8') : '').toBe('');
  expect(output).toMatch(/Optional, to install when you want them: sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y .*qpdf/);
});
