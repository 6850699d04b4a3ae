/**
 * Issue 5, what does not depend on the machine: a large upload streams to disk as it arrives (the server does not
 * gather the body in memory first) and leaves nothing behind but the stored copy. How much memory it takes, and how
 * long, are measurements of the benchmark (printed by scripts/measure-upload.ts), not assertions here: they
 * depend on how busy the machine is.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readlink, stat } from 'node:fs/promises';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { once } from 'node:events';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from '../../fixtures/test.ts';
import { PortalControl } from '../../fixtures/control.ts';
import { MIB, make49MiBPdf, make51MiBPdf } from '../../fixtures/files/make-files.ts';
import { startPortal, type RunningPortal } from '../../fixtures/portal-server.ts';
import { ConnexionSession, validFields } from './connexion-http.ts';

const JANE = { userId: 'jane.ao', password: 'Correct-Horse-Battery-9', email: 'jane.ao@example.test' };

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Name → size of every file in `folder` (none when the folder does not exist yet). */
async function filesIn(folder: string): Promise<Record<string, number>> {
  const names = await readdir(folder).catch(() => [] as string[]);
  // A file the portal removes between the listing and its stat (a cut-off upload's temporary file) is gone: not counted.
  const sizes = await Promise.all(names.map(async (name) => [name, (await stat(join(folder, name)).catch(() => undefined))?.size] as const));
  return Object.fromEntries(sizes.filter((entry): entry is readonly [string, number] => entry[1] !== undefined));
}

const bytesIn = async (folder: string) => Object.values(await filesIn(folder)).reduce((a, b) => a + b, 0);

/** Writes `chunk`, waiting while the connection pushes back (so what was written has left this process). */
async function send(req: ClientRequest, chunk: Buffer | string): Promise<void> {
  if (!req.write(chunk)) await once(req, 'drain');
}

/**
 * An upload of Upload a Document's fields and a file of `fileSize` bytes, as a raw HTTP request of the logged-in
 * session, so that the test decides when each part of the body is sent: write `head`, the file's bytes, then `tail`.
 */
async function handMadeUpload(fileSize: number): Promise<{ req: ClientRequest; head: string; tail: string }> {
  const boundary = `----cbp${randomUUID()}`;
  const fields = Object.entries(validFields('jane.ao'))
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('');
  const head = `${fields}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="financials.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const { cookies } = await world.api.storageState();
  const url = new URL(`/connexion/documents/upload?_csrf=${encodeURIComponent(await world.session.token())}`, world.portal.url);
  const req = httpRequest(url, {
    method: 'POST',
    headers: {
      cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': Buffer.byteLength(head) + fileSize + Buffer.byteLength(tail),
    },
  });
  return { req, head, tail };
}

interface World {
  portal: RunningPortal;
  api: APIRequestContext;
  control: PortalControl;
  session: ConnexionSession;
  /** Where this portal keeps uploaded files (its --data-dir's uploads/). */
  uploads: string;
}

let world: World;

// A portal of its own with --data-dir, so the test can look into the folder where uploads are written.
test.beforeEach(async ({ playwright }, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  await mkdir(dataDir, { recursive: true });
  const portal = await startPortal(['--data-dir', dataDir]);
  const api = await playwright.request.newContext({ baseURL: portal.url });
  const control = new PortalControl(api, portal.url);
  await control.scenario({
    organizations: [{ id: 'acme', ptans: ['1234560001'], authorizedOfficials: ['jane.ao'], bidderNumbers: ['210001'] }],
    users: [{ ...JANE, organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] }],
  });
  world = { portal, api, control, session: await ConnexionSession.logIn(api, control, JANE), uploads: join(dataDir, 'uploads') };
});

test.afterEach(async () => {
  await world.api.dispose();
  await world.portal.stop();
});

test('a 49 MiB upload is on the server\'s disk while it is still arriving; then only the stored copy is left', async () => {
  test.setTimeout(120_000);
  const path = await make49MiBPdf();
  const size = (await stat(path)).size;
  const heldBack = 1 * MIB;

  // The upload form's multipart body, sent by hand so that its end can be held back.
  const { req, head, tail } = await handMadeUpload(size);
  const answered = once(req, 'response') as Promise<[IncomingMessage]>;

  await send(req, head);
  for await (const chunk of createReadStream(path, { end: size - heldBack - 1 })) await send(req, chunk as Buffer);
  // The body is not complete, yet the server has written what it received so far: it streams the file to disk
  // instead of gathering the whole body first (a little may still be in transit or in the parser's lookbehind).
  await expect.poll(() => bytesIn(world.uploads), { message: 'bytes of the unfinished upload written to the upload folder' }).toBeGreaterThanOrEqual(size - heldBack - 64 * 1024);

  for await (const chunk of createReadStream(path, { start: size - heldBack })) await send(req, chunk as Buffer);
  req.end(tail);
  const [response] = await answered;
  response.resume();
  expect(response.statusCode).toBe(302);
  expect(response.headers.location).toBe('/connexion/documents/upload/complete');

  const { uploads } = await world.control.state();
  const sha256 = await sha256Of(path);
  expect(uploads).toEqual([expect.objectContaining({ fileName: 'financials.pdf', size, sha256 })]);
  // Nothing left behind: no temporary or incoming file, only the stored copy, byte for byte the file sent.
  expect(await filesIn(world.uploads)).toEqual({ [`${uploads[0]!.id}.pdf`]: size });
  expect(await sha256Of(join(world.uploads, `${uploads[0]!.id}.pdf`))).toBe(sha256);
});

test('a 51 MiB upload is refused and leaves nothing in the upload folder', async () => {
  test.setTimeout(120_000);
  const response = await world.session.upload({ ...validFields('jane.ao'), file: createReadStream(await make51MiBPdf()) });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain('The file must be under 50 MB');
  expect((await world.control.state()).uploads).toEqual([]);
  expect(await filesIn(world.uploads)).toEqual({});
});

/** The files under `folder` that the portal process holds open (Linux: its /proc/<pid>/fd links). */
async function openFilesIn(pid: number, folder: string): Promise<string[]> {
  const fds = await readdir(`/proc/${pid}/fd`);
  const targets = await Promise.all(fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')));
  return targets.filter((target) => target.startsWith(folder));
}

// Issue 13, item 3: a body that stops mid-file must not leave its temporary file in the folder, open
// (mock-portal/http/upload-body.ts stops the parse when the request closes unfinished).
test('an upload cut off in the middle of the file leaves no file and no open descriptor behind', async () => {
  const path = await make49MiBPdf();
  const size = (await stat(path)).size;
  const { req, head } = await handMadeUpload(size);
  req.on('error', () => undefined); // the connection is cut on purpose
  await send(req, head);
  for await (const chunk of createReadStream(path, { end: 8 * MIB - 1 })) await send(req, chunk as Buffer);
  await expect.poll(() => bytesIn(world.uploads), { message: 'the upload reached the disk' }).toBeGreaterThan(4 * MIB);
  req.destroy();
  await expect.poll(() => filesIn(world.uploads), { message: 'files left in the upload folder' }).toEqual({});
  expect(await openFilesIn(world.portal.pid!, world.uploads)).toEqual([]);
  expect((await world.control.state()).uploads).toEqual([]);
});
