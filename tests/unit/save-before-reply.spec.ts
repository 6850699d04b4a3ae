import { test, expect } from '@playwright/test';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { saveBeforeReply } from '../../mock-portal/http/save-before-reply.ts';

/** Issue 13: a change is saved before the first byte of its answer; a failed save never answers the route's success. */
async function serve(save: () => void, route: express.RequestHandler) {
  const app = express();
  app.use(saveBeforeReply(save));
  app.all('/change', route);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/change`, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('the save runs before any byte of the answer, whether the route ends, streams or redirects', async () => {
  const seen: boolean[] = [];
  let response: express.Response | undefined;
  const routes: express.RequestHandler[] = [
    (_req, res) => void (response = res).json({ ok: true }),
    (_req, res) => {
      response = res;
      res.write('first chunk ');
      res.end('last chunk');
    },
    (_req, res) => void (response = res).redirect(303, '/elsewhere'),
  ];
  for (const route of routes) {
    const portal = await serve(() => seen.push(response?.headersSent ?? true), route);
    const answer = await fetch(portal.url, { method: 'POST', redirect: 'manual' });
    expect(answer.status).toBeLessThan(400);
    await portal.close();
  }
  expect(seen).toEqual([false, false, false]);
});

test('reads are not saved', async () => {
  let saves = 0;
  const portal = await serve(() => saves++, (_req, res) => void res.send('page'));
  await fetch(portal.url);
  await fetch(portal.url, { method: 'HEAD' });
  await fetch(portal.url, { method: 'DELETE' });
  expect(saves).toBe(1);
  await portal.close();
});

test('when the save fails, the answer is a 503 saying the change may be lost, not the route’s success', async () => {
  const portal = await serve(() => {
    throw new Error('disk full');
  }, (_req, res) => void res.status(201).json({ created: true }));
  const answer = await fetch(portal.url, { method: 'POST' });
  expect(answer.status).toBe(503);
  expect(await answer.json()).toEqual({ errors: [{ path: '/', message: expect.stringContaining('could not save this change') }] });
  await portal.close();
});
