import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import * as flows from '../../package/flows.ts';
import { ROOT } from '../../scripts/reports/paths.ts';

const NAMESPACES: Record<string, keyof typeof flows> = { idm: 'idm', 'enterprise-portal': 'enterprisePortal', connexion: 'connexion', dbids: 'dbids' };

test('cbp-harness/flows re-exports every flow of every portal folder, so a new one cannot be left out of the package', async () => {
  const folders = readdirSync(path.join(ROOT, 'flows')).filter((f) => statSync(path.join(ROOT, 'flows', f)).isDirectory());
  expect(folders.sort()).toEqual(Object.keys(NAMESPACES).sort());
  for (const folder of folders) {
    const namespace = flows[NAMESPACES[folder] ?? 'idm'] as Record<string, unknown>;
    for (const file of readdirSync(path.join(ROOT, 'flows', folder)).filter((f) => f.endsWith('.ts'))) {
      const module = (await import(pathToFileURL(path.join(ROOT, 'flows', folder, file)).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) expect(namespace[name], `flows/${folder}/${file}: ${name}, in package/flows/${folder}.ts`).toBe(value);
    }
  }
});

test('every entry point of package.json has its source in package/, and the command is package/cli.ts', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, string | { types: string; default: string }>; bin: Record<string, string>; private?: boolean };
  expect(pkg.private).toBeUndefined();
  expect(Object.keys(pkg.exports)).toEqual(['./flows', './catalog', './fixtures', './mock-portal', './package.json']);
  for (const [name, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue;
    expect(target.types, name).toBe(target.default.replace(/\.js$/, '.d.ts'));
    expect(existsSync(path.join(ROOT, target.default.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts'))), name).toBe(true);
  }
  expect(pkg.bin).toEqual({ 'cbp-harness': 'dist/package/cli.js' });
  expect(readFileSync(path.join(ROOT, 'package', 'cli.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
});
