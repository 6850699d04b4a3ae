import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { test as plainTest } from '@playwright/test';
import { test, expect } from '../../fixtures/test.ts';
import { DEMO_WORLD } from '../../mock-portal/domain/demo.ts';
import { runDrift, type DriftRun } from './run-drift.ts';

/** Exit 2 and one line on stderr, "drift: …", with no stack trace. */
function expectOneClearLine(run: DriftRun): string {
  expect(run.code, run.stdout + run.stderr).toBe(2);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^drift: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return lines[0] ?? '';
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test.describe('npm run drift with an unusable target or profile', () => {
  // These two need no portal of their own.
  plainTest('a profile that breaks its schema is refused with every path and message', async ({}, testInfo) => {
    const dir = testInfo.outputPath('profile');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({
      codes: { source: 'carrier-pigeon' },
      accounts: { AO: { userId: 'jane.ao', password: 'in-the-file' } },
      procedures: { 'idm.add-ptan': { account: 'AO', input: { application: 'PECOS', ptans: [], justification: 'x' } }, 'idm.fly-away': { account: 'AO', input: {} } },
    }));

    const line = expectOneClearLine(await runDrift(['--target', 'http://127.0.0.1:9', '--profile', file], testInfo.outputPath('reports')));

    expect(line).toContain('bad.json cannot be used');
    expect(line).toContain('/codes/source must be one of "control-api", "prompt", "totp"');
    expect(line).toContain('/accounts/AO/password must be { "env": "NAME" } (an environment variable) or { "fromWorld": true }: secrets are never written in a profile');
    expect(line).toContain('/procedures/idm.add-ptan/input/application must be equal to one of the allowed values');
    expect(line).toContain('/procedures/idm.add-ptan/input/ptans must NOT have fewer than 1 items');
    expect(line).toContain('/procedures/idm.fly-away is not a catalogued procedure');
  });

  plainTest('a target that does not answer', async ({}, testInfo) => {
    const target = `http://127.0.0.1:${await closedPort()}`;
    const line = expectOneClearLine(await runDrift(['--target', target], testInfo.outputPath('reports')));
    expect(line).toBe(`drift: the target ${target} does not answer (ECONNREFUSED)`);
  });

  test('a code source that times out', async ({ control, portalServer }, testInfo) => {
    test.setTimeout(180_000);
    await control.scenario(DEMO_WORLD);
    const dir = testInfo.outputPath('profile');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'prompt.json');
    writeFileSync(file, JSON.stringify({
      mock: {},
      codes: { source: 'prompt', timeoutSeconds: 2 },
      accounts: { AO: { userId: 'jane.ao', password: { env: 'DRIFT_TEST_PASSWORD' } } },
      procedures: { 'idm.update-email': { account: 'AO', input: { newEmail: 'jane.ames@example.test' } } },
    }));

    const run = await runDrift(['--target', portalServer.url, '--profile', file], testInfo.outputPath('reports'), { DRIFT_TEST_PASSWORD: 'Correct-Horse-Battery-9' });

    expect(expectOneClearLine(run)).toBe('drift: no one-time code for jane.ao came from the terminal within 2 s (codes: prompt)');
    expect(run.stdout).toContain('One-time code for jane.ao');
  });
});
