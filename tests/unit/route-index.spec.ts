import { test, expect } from '@playwright/test';
import express, { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import type { AddressInfo } from 'node:net';
import { routeIndex, type IndexedRoute } from '../../mock-portal/http/route-index.ts';

/**
 * Issue 14: the route tables find a request's route by a lookup instead of Express's walk through every route.
 * The same table answers every request below exactly as Express's own router does.
 */
const says = (text: string): RequestHandler => (req, res) => void res.send(`${text} ${JSON.stringify(req.params)}`);
const passes: RequestHandler = (_req, _res, next) => next();
const skipsRoute: RequestHandler = (_req, _res, next) => next('route');
const guardRefuses: RequestHandler = (req, res, next) => (req.query.guard === 'no' ? void res.status(403).send('refused by the guard') : next());

const TABLE: IndexedRoute[] = [
  { method: 'get', path: '/', handlers: [says('home')] },
  { method: 'get', path: '/dashboard', handlers: [guardRefuses, says('dashboard')] },
  { method: 'post', path: '/dashboard', handlers: [says('posted')] },
  { method: 'get', path: '/requests/new', handlers: [says('new request')] },
  { method: 'get', path: '/requests/:id', handlers: [says('request')] },
  { method: 'get', path: '/contracts/:id/form-c/:period', handlers: [says('form c')] },
  { method: 'get', path: '/falls-through', handlers: [passes] },
  { method: 'get', path: '/falls-through', handlers: [says('second route')] },
  { method: 'get', path: '/skips', handlers: [skipsRoute, says('never')] },
  { method: 'get', path: '/skips', handlers: [says('after the skip')] },
  { method: 'get', path: '/throws', handlers: [() => { throw new Error('thrown'); }] },
  { method: 'get', path: '/rejects', handlers: [async () => { throw new Error('rejected'); }] },
];

const expressRouter = (): Router => {
  const router = Router();
  for (const route of TABLE) router[route.method](route.path, ...route.handlers);
  return router;
};
const indexedRouter = (): Router => {
  const router = Router();
  router.use(routeIndex(TABLE));
  return router;
};

async function serve(table: Router) {
  const app = express();
  app.use('/system', table);
  app.use('/system', (req, res) => void res.status(404).send(`past the table ${JSON.stringify(req.params)}`));
  app.use(((error: Error & { status?: number }, _req, res, _next) => void res.status(error.status ?? 500).send(`error: ${error.message}`)) as ErrorRequestHandler);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const REQUESTS: [method: string, path: string][] = [
  ['GET', '/system/'], ['GET', '/system'], ['GET', '/system/dashboard'], ['GET', '/system/Dashboard/'], ['GET', '/system/dashboard//'],
  ['GET', '/system/dashboard?guard=no'], ['HEAD', '/system/dashboard'], ['POST', '/system/dashboard'], ['PUT', '/system/dashboard'],
  ['GET', '/system/requests/new'], ['GET', '/system/requests/R-17'], ['GET', '/system/requests/a%20b'], ['GET', '/system/requests/%E0%A4%A'],
  ['GET', '/system/requests/'], ['GET', '/system/requests/1/2'], ['GET', '/system/contracts/C1/form-c/2021-Q1'], ['GET', '/system/CONTRACTS/C1/FORM-C/x/'],
  ['GET', '/system/falls-through'], ['GET', '/system/skips'], ['GET', '/system/throws'], ['GET', '/system/rejects'], ['GET', '/system/nowhere'],
  ['GET', '/system/dash%62oard'], ['OPTIONS', '/system/dashboard'], ['OPTIONS', '/system/requests/9'], ['OPTIONS', '/system/nowhere'],
];

test('a table answers every request as Express’s router does: order, HEAD, letter case, trailing slash, parameters, next, errors', async () => {
  const reference = await serve(expressRouter());
  const indexed = await serve(indexedRouter());
  try {
    for (const [method, path] of REQUESTS) {
      const answers = await Promise.all([reference, indexed].map(async ({ base }) => {
        const response = await fetch(base + path, { method });
        return `${response.status} ${await response.text()}`;
      }));
      expect(answers[1], `${method} ${path}`).toBe(answers[0]);
    }
  } finally {
    await reference.close();
    await indexed.close();
  }
});

test('a table with no route for the request passes it on untouched', async () => {
  const indexed = await serve(indexedRouter());
  try {
    const response = await fetch(`${indexed.base}/system/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('past the table {}');
  } finally {
    await indexed.close();
  }
});
