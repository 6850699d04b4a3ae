import { test, expect } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import type { RosterEntry } from '../../mock-portal/domain/classroom/class.ts';
import { SERVER_NODE_FLAGS } from '../../fixtures/portal-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = [...SERVER_NODE_FLAGS, '--import', 'tsx', 'mock-portal/cli.ts'];

test.describe('npm start -- --class N', () => {
  test('prints the roster and writes the handout: one card per trainee with the address, user IDs, passwords and mailbox', async ({ request }) => {
    const reports = mkdtempSync(join(tmpdir(), 'cbp-roster-'));
    const child = spawn(process.execPath, [...cli, '--port', '0', '--frozen-clock', '--class', '2'], { cwd: root, env: { ...process.env, CBP_REPORTS_DIR: reports, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    try {
      child.stdout.setEncoding('utf8'); // the roster's table lines are not ASCII: a character may span two chunks
      child.stderr.setEncoding('utf8');
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          output += chunk;
          if (output.includes('Roster handout:')) resolve();
        });
        child.stderr.on('data', (chunk: string) => (output += chunk));
        child.once('exit', (code) => reject(new Error(`the portal exited (${code}):\n${output}`)));
      });
      const url = /listening on (http:\/\/\S+)/.exec(output)![1]!;
      const { trainees } = (await (await request.get(`${url}/__admin/class`)).json()) as { trainees: RosterEntry[] };
      expect(trainees.map((t) => t.trainee)).toEqual(['t01', 't02']);
      expect(output).toContain('jane.ao'); // the demo world is there too
      for (const person of trainees.flatMap((t) => t.people)) expect(output).toMatch(new RegExp(`${person.userId.replace('.', '\\.')}\\W+│ '${person.password}'`));

      const html = readFileSync(join(reports, 'class', 'roster.html'), 'utf8');
      const cards = html.split('<section class="card"').slice(1);
      expect(cards).toHaveLength(2);
      for (const [i, card] of cards.entries()) {
        const entry = trainees[i]!;
        expect(card).toContain(`Trainee ${entry.trainee}`);
        expect(card).toContain(`href="${url}/"`);
        expect(card).toContain(`${url}/mailbox/${entry.trainee}/`);
        for (const p of entry.people) {
          expect(card).toContain(`<code>${p.userId}</code>`);
          expect(card).toContain(`<code>${p.password}</code>`);
        }
        expect(card).not.toContain(entry.trainee === 't01' ? 't02.' : 't01.');
      }
      const pdf = await PDFDocument.load(readFileSync(join(reports, 'class', 'roster.pdf')));
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
      expect((await request.get(`${url}/mailbox/t02/`)).status()).toBe(200);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  });

  for (const [args, says] of [
    [['--class', '0'], '--class: A class has from 1 to 200 trainees, given as a whole number (not "0").'],
    [['--class', '201'], 'not "201"'],
    [['--class', 'thirty'], 'not "thirty"'],
    [['--class', '2.5'], 'not "2.5"'],
    [['--class', ''], 'not ""'],
    [['--class'], "Option '--class <value>' argument missing."],
    [['--public-url', 'http://192.168.1.20:4010'], '--public-url is the address printed on the class roster: give it with --class N.'],
    [['--class', '2', '--public-url', 'ftp://x'], '--public-url must be an http:// or https:// address'],
  ] as const) {
    test(`${args.join(' ')} is refused in one line, exit 2`, () => {
      const run = spawnSync(process.execPath, [...cli, '--port', '0', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(says);
      expect(run.stdout).not.toContain('listening');
    });
  }
});
