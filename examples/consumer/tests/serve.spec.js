// Plain JavaScript, no build step: the mock portal started as a command, and in this process.
import { spawn } from 'node:child_process';
import { test, expect } from '@playwright/test';
import { createApp } from 'cbp-harness/mock-portal';
import { PROCEDURES } from 'cbp-harness/catalog';

test('npx cbp-harness serve starts the mock portal with its demo accounts, and it answers its health check', async ({ request }) => {
  const child = spawn('npx', ['cbp-harness', 'serve', '--port', '0'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    await expect.poll(() => output, { timeout: 60_000 }).toMatch(/listening on http:\/\/\S+/);
    const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
    expect(await (await request.get(`${url}/__admin/health`)).json()).toEqual({ status: 'ok' });
    await expect.poll(() => output).toContain('jane.ao');
  } finally {
    process.kill(-child.pid, 'SIGTERM'); // npx and the portal it started
  }
});

test('createApp serves the mock portal in this process', async ({ request }) => {
  const { url, server } = await createApp().listen(0);
  try {
    expect(await (await request.get(`${url}/__admin/health`)).json()).toEqual({ status: 'ok' });
    expect(PROCEDURES.map((p) => p.id)).toContain('idm.add-ptan');
  } finally {
    server.close();
  }
});
