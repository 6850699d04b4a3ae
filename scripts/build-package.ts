// `npm pack` runs this first (package.json "prepack"): the installed package holds the project compiled to
// JavaScript with its type declarations in dist/, so a TypeScript and a plain JavaScript project use it without a
// build step of theirs (Playwright does not transpile what is in node_modules). The templates, styles and schemas
// the mock portal reads at run time are copied beside the compiled code, in the same layout.
// `--out DIR` builds elsewhere than dist/ (the packed-install test stages a package of its own).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './reports/paths.ts';

const out = process.argv.indexOf('--out');
const DIST = out > 0 && process.argv[out + 1] ? path.resolve(process.argv[out + 1] ?? '') : path.join(ROOT, 'dist');
/** Folders whose files other than TypeScript are read at run time (views, styles, JSON Schemas, profiles). */
const ASSET_DIRS = ['mock-portal', 'flows', 'fixtures', 'targets', 'scripts/drift'];
const NOT_SHIPPED = /\.ts$|(^|\/)generated(\/|$)|\.tmp$/;

rmSync(DIST, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', DIST], { cwd: ROOT, stdio: 'inherit' });
if (compiled.status !== 0) {
  process.stderr.write('build-package: tsc failed (see above); nothing to pack.\n');
  process.exit(compiled.status ?? 1);
}

let assets = 0;
for (const dir of ASSET_DIRS.filter((d) => existsSync(path.join(ROOT, d)))) {
  for (const entry of readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (NOT_SHIPPED.test(relative)) continue;
    cpSync(path.join(ROOT, relative), path.join(DIST, relative));
    assets += 1;
  }
}
chmodSync(path.join(DIST, 'package', 'cli.js'), 0o755);
process.stdout.write(`build-package: ${DIST} compiled, ${assets} asset files copied.\n`);
