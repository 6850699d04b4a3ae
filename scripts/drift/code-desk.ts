import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { AddressInfo } from 'node:net';

/**
 * The terminal's code desk: `npm run drift` owns the terminal, the replay runs in Playwright's workers, so a worker
 * that needs a one-time code from the person (codes: "prompt") asks here over HTTP on 127.0.0.1, and the desk asks
 * the person, one question at a time. No answer within the time-out: the worker is told, and drift exits 2.
 */
export interface CodeDesk {
  url: string;
  /** Set once a question went unanswered: the one line drift ends with. */
  timedOut(): string | undefined;
  close(): Promise<void>;
}

export async function openCodeDesk(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<CodeDesk> {
  const lines = createInterface({ input, terminal: false });
  const answers: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  lines.on('line', (line) => (waiting.length ? waiting.shift()?.(line) : answers.push(line)));
  lines.on('close', () => {
    ended = true;
    for (const w of waiting.splice(0)) w(undefined);
  });
  const nextLine = (timeoutMs: number) =>
    new Promise<string | undefined>((resolve) => {
      if (answers.length) return resolve(answers.shift());
      if (ended) return resolve(undefined);
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(done), 1);
        resolve(undefined);
      }, timeoutMs);
      const done = (line: string | undefined) => {
        clearTimeout(timer);
        resolve(line);
      };
      waiting.push(done);
    });

  let failure: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { userId = 'the account', timeoutMs = 120_000 } = (safeJson(body) ?? {}) as { userId?: string; timeoutMs?: number };
      queue = queue.then(async () => {
        output.write(`\n  One-time code for ${userId} (sent by the portal; ${Math.round(timeoutMs / 1000)} s to answer): `);
        const line = (await nextLine(timeoutMs))?.trim();
        if (line) return reply(res, 200, { code: line });
        failure = `no one-time code for ${userId} came from the terminal within ${Math.round(timeoutMs / 1000)} s (codes: prompt)`;
        output.write('\n');
        return reply(res, 504, { error: failure });
      });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    timedOut: () => failure,
    close: async () => {
      lines.close();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}

function reply(res: import('node:http').ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
