import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { PROCEDURES } from '../../flows/catalog.ts';
import { ROOT } from '../../scripts/reports/paths.ts';

interface ListedSpec { title: string; file: string; tags: string[] }
interface ListedSuite { specs?: ListedSpec[]; suites?: ListedSuite[] }
const specsOf = (s: ListedSuite): ListedSpec[] => [...(s.specs ?? []), ...(s.suites ?? []).flatMap(specsOf)];

// What `npm run flows` would replay, listed without running anything: each procedure spec must be found by it,
// or its procedure would show as "no flow" in the reports while its tests pass.
test('every procedure spec is named after a catalogued procedure and holds @procedure tests titled with its id', () => {
  const dir = path.join(ROOT, 'tests', 'procedures');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.spec.ts')) : [];
  const ids: string[] = PROCEDURES.map((p) => p.id);
  for (const file of files) expect(ids, `tests/procedures/${file}`).toContain(file.replace(/\.spec\.ts$/, ''));

  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TEST_')));
  const listed = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', '--config', 'scripts/flows.config.ts', '--list', '--reporter=json'], { cwd: ROOT, env, encoding: 'utf8' });
  const specs = specsOf(JSON.parse(listed.stdout) as ListedSuite);
  for (const file of files) {
    const id = file.replace(/\.spec\.ts$/, '');
    const own = specs.filter((s) => path.basename(s.file) === file);
    expect(own.length, `${file}: no test tagged @procedure`).toBeGreaterThan(0);
    for (const spec of own) expect(spec.title, `${file}: a procedure test's title starts with its id`).toMatch(new RegExp(`^${id.replace('.', '\\.')}\\b`));
  }
});
