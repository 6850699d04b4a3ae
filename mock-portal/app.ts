import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { cbicHelp, config } from './config.ts';
import { MockState, DEFAULT_SEED } from './domain/mock-state.ts';
import { roleMismatch } from './domain/role-consistency.ts';
import { adminAccess, isLoopback, trainerAccess } from './http/admin-access.ts';
import { CsrfProtection } from './http/csrf.ts';
import { errorPage, notFound } from './http/errors.ts';
import { RequestJournal } from './http/journal.ts';
import { saveBeforeReply } from './http/save-before-reply.ts';
import { sessions } from './http/session.ts';
import { whoMadeRequest } from './http/who.ts';
import { BoundedSessionStore } from './http/session-store.ts';
import { DurableState } from './storage/durable-state.ts';
import { adminRoutes } from './routes/admin.ts';
import { cbicRoutes } from './routes/cbic.ts';
import { idmRoutes } from './routes/idm.ts';
import { connexionRoutes } from './routes/connexion.ts';
import { connexionBiddingRoutes } from './routes/connexion/bidding.ts';
import { mailboxRoutes } from './routes/mailbox.ts';
import { phoneOutboxRoutes } from './routes/phone.ts';
import { experianRoutes } from './routes/experian.ts';
import { trainerRoutes, traineeMailboxRoutes } from './routes/classroom.ts';
import { dbidsRoutes } from './routes/dbids.ts';
import { enterprisePortalRoutes } from './routes/enterprise-portal/index.ts';
import { httpUpstream } from './upstream/client.ts';
import { upstreamHandlers } from './upstream/handlers.ts';
import { localMessaging } from './upstream/messaging.ts';
import { newUpstreamBase, registerUpstream } from './upstream/msw-server.ts';

export interface AppOptions {
  /** Seed of the generated data (faker, IDs). */
  seed?: number;
  /** How long to wait for an upstream service before calling it unavailable, in real milliseconds. */
  upstreamTimeoutMs?: number;
  /** Where uploaded files and the portal's records are kept; a temporary folder when left out. */
  dataDir?: string;
  /** When given, every control API call must carry it (`Authorization: Bearer TOKEN`); needed to listen beyond loopback. */
  adminToken?: string;
}

export interface MockPortal {
  app: Express;
  state: MockState;
  listen(port?: number, host?: string): Promise<{ server: Server; url: string }>;
  /** True when the records were read back from `dataDir` (a restart), false for a fresh world. */
  restored: boolean;
  /** Saves the records now (with `dataDir`; otherwise nothing to do). */
  persist(): void;
  /** Files a crash had left half-done in `dataDir`, removed at start. */
  removedAtStart: string[];
  /** Closes the records' database (with `dataDir`) or removes the temporary folder (without). */
  close(): void;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where npm put a dependency: beside this file in the repository, hoisted into the project's node_modules once installed. */
function packageDir(name: string): string {
  const dirs = createRequire(import.meta.url).resolve.paths(name) ?? [];
  const found = dirs.map((dir) => join(dir, name)).find((dir) => existsSync(join(dir, 'package.json')));
  if (!found) throw new Error(`${name} is not installed: run npm install.`);
  return found;
}

/** Builds the mock portal: the CBIC site, IDM, the Enterprise Portal, Connexion, DBidS, the mailbox and the control API. */
export function createApp(options: AppOptions = {}): MockPortal {
  const base = newUpstreamBase();
  const state: MockState = new MockState({ ...httpUpstream(base, options.upstreamTimeoutMs), ...localMessaging(() => state, options.upstreamTimeoutMs) });
  registerUpstream(upstreamHandlers(base, state));
  state.reset(options.seed ?? DEFAULT_SEED);
  const folder = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cbp-portal-'));
  state.uploadDir = join(folder, 'uploads');
  const durable = options.dataDir ? new DurableState(state, options.dataDir) : undefined;
  const journal = new RequestJournal(config.journalMaxEntries);
  const sessionStore = new BoundedSessionStore();
  const csrf = new CsrfProtection();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);

  const views = nunjucks.configure(here('./views'), { autoescape: true, express: app, noCache: process.env.NODE_ENV === 'development' });
  views.addGlobal('cbic', config.cbic);
  views.addGlobal('cbicHelp', cbicHelp);
  // Rule 30: where a person signs in, a mismatch of their DBidS and Connexion roles is shown (partials/role-mismatch.njk).
  views.addGlobal('roleMismatchOf', roleMismatch);
  app.set('view engine', 'njk');

  app.use(journal.recorder(() => state.clock.nowMs(), (req) => req.path === '/__admin/journal' && req.method === 'GET', whoMadeRequest));
  app.use(helmet({ contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } }, strictTransportSecurity: false }));
  app.use('/assets/design-system', express.static(join(packageDir('@cmsgov/design-system'), 'dist'), { maxAge: '1h' }));
  app.use('/assets', express.static(here('./public'), { maxAge: '1h' }));

  // With a data folder, a change is on disk before it is acknowledged.
  if (durable) app.use(saveBeforeReply(() => durable.save()));

  // The control API: JSON, no session, no CSRF (it is for test code, not browsers); who may call it: admin-access.ts.
  app.use(
    '/__admin',
    adminAccess({ token: options.adminToken }),
    express.json({ type: ['application/json', 'application/*+json'], limit: '1mb' }),
    adminRoutes(state, { journal, sessions: sessionStore, csrf, tokenRequired: options.adminToken !== undefined }),
  );

  app.use(sessions(sessionStore));
  app.use(express.urlencoded({ extended: false, limit: '100kb' }));
  app.use(csrf.tokenWhenAFormNeedsIt);
  app.use((req, res, next) => {
    res.locals.notice = req.session.notice;
    delete req.session.notice;
    next();
  });
  app.use(csrf.protect);

  app.use('/', cbicRoutes(state));
  app.use('/idm', idmRoutes(state));
  app.use('/connexion', connexionRoutes(state));
  app.use('/connexion', connexionBiddingRoutes(state));
  app.use('/mailbox', traineeMailboxRoutes(state));
  app.use('/mailbox', mailboxRoutes(state));
  app.use('/phone', phoneOutboxRoutes(state));
  app.use('/experian', experianRoutes(state));
  app.use('/dbids', dbidsRoutes(state));
  app.use('/portal', enterprisePortalRoutes(state));
  app.use('/class', trainerAccess({ token: options.adminToken }), trainerRoutes(state, { journal, sessions: sessionStore }));

  app.use(notFound);
  app.use(errorPage);

  return {
    app,
    state,
    restored: durable?.restored ?? false,
    removedAtStart: durable?.removedAtStart ?? [],
    persist: () => durable?.save(),
    close: () => {
      if (durable) durable.close();
      else rmSync(folder, { recursive: true, force: true });
    },
    listen(port = 4010, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        if (!isLoopback(host) && !options.adminToken) {
          return reject(new Error(`Listening on ${host} lets anyone on the network drive the control API: give an admin token (--admin-token TOKEN or CBP_ADMIN_TOKEN), or listen on 127.0.0.1.`));
        }
        const server = app.listen(port, host, (error?: Error) => {
          if (error) return reject(error);
          const address = server.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}` });
        });
      });
    },
  };
}
