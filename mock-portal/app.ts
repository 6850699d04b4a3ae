import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { cbicHelp, config } from './config.ts';
import { MockState, DEFAULT_SEED } from './domain/mock-state';
import { loadState, saveState } from './domain/persistence.ts';
import { roleMismatch } from './domain/role-consistency.ts';
import { csrf } from './http/csrf.ts';
import { errorPage, notFound } from './http/errors.ts';
import { sessions } from './http/session.ts';
import { adminRoutes } from './routes/admin.ts';
import { cbicRoutes } from './routes/cbic.ts';
import { idmRoutes } from './routes/idm.ts';
import { connexionRoutes } from './routes/connexion.ts';
import { connexionBiddingRoutes } from './routes/connexion/bidding.ts';
import { mailboxRoutes } from './routes/mailbox.ts';
import { phoneOutboxRoutes } from './routes/phone.ts';
import { experianRoutes } from './routes/experian.ts';
import { dbidsRoutes } from './routes/dbids.ts';
import { enterprisePortalRoutes } from './routes/enterprise-portal/index.ts';
import { httpUpstream } from './upstream/client.ts';
import { upstreamHandlers } from './upstream/handlers.ts';
import { newUpstreamBase, registerUpstream } from './upstream/msw-server.ts';

export interface AppOptions {
  /** Seed of the generated data (faker, IDs). */
  seed?: number;
  /** How long to wait for an upstream service before calling it unavailable, in real milliseconds. */
  upstreamTimeoutMs?: number;
  /** Where uploaded files and the portal's records are kept; a temporary folder when left out. */
  dataDir?: string;
}

export interface MockPortal {
  app: Express;
  state: MockState;
  listen(port?: number, host?: string): Promise<{ server: Server; url: string }>;
  /** True when the records were read back from `dataDir` (a restart), false for a fresh world. */
  restored: boolean;
  /** Saves the records now (with `dataDir`; otherwise nothing to do). */
  persist(): void;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Builds the mock portal: the CBIC site, IDM, the Enterprise Portal, Connexion, DBidS, the mailbox and the control API. */
export function createApp(options: AppOptions = {}): MockPortal {
  const base = newUpstreamBase();
  const state = new MockState(httpUpstream(base, options.upstreamTimeoutMs));
  registerUpstream(upstreamHandlers(base, state));
  state.reset(options.seed ?? DEFAULT_SEED);
  state.uploadDir = join(options.dataDir ?? mkdtempSync(join(tmpdir(), 'cbp-portal-')), 'uploads');
  const stateFile = options.dataDir ? join(options.dataDir, 'state.json') : undefined;
  const restored = stateFile ? loadState(state, stateFile) : false;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);

  const views = nunjucks.configure(here('./views'), { autoescape: true, express: app, noCache: process.env.NODE_ENV === 'development' });
  views.addGlobal('cbic', config.cbic);
  views.addGlobal('cbicHelp', cbicHelp);
  // Rule 30: where a person signs in, a mismatch of their DBidS and Connexion roles is shown (partials/role-mismatch.njk).
  views.addGlobal('roleMismatchOf', roleMismatch);
  app.set('view engine', 'njk');

  app.use(helmet({ contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } }, strictTransportSecurity: false }));
  app.use('/assets/design-system', express.static(here('../node_modules/@cmsgov/design-system/dist'), { maxAge: '1h' }));
  app.use('/assets', express.static(here('./public'), { maxAge: '1h' }));

  // With a data folder, every request that may change something is followed by a save of the records.
  if (stateFile) {
    app.use((req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') res.on('finish', () => saveState(state, stateFile));
      next();
    });
  }

  // The control API: JSON, no session, no CSRF (it is for test code, not browsers).
  app.use('/__admin', express.json({ limit: '1mb' }), adminRoutes(state));

  app.use(sessions());
  app.use(express.urlencoded({ extended: false, limit: '100kb' }));
  app.use((req, res, next) => {
    res.locals.csrfToken = csrf.generateToken(req);
    res.locals.csrfField = `<input type="hidden" name="_csrf" value="${res.locals.csrfToken as string}">`;
    res.locals.notice = req.session.notice;
    delete req.session.notice;
    next();
  });
  app.use(csrf.csrfSynchronisedProtection);

  app.use('/', cbicRoutes(state));
  app.use('/idm', idmRoutes(state));
  app.use('/connexion', connexionRoutes(state));
  app.use('/connexion', connexionBiddingRoutes(state));
  app.use('/mailbox', mailboxRoutes(state));
  app.use('/phone', phoneOutboxRoutes(state));
  app.use('/experian', experianRoutes(state));
  app.use('/dbids', dbidsRoutes(state));
  app.use('/portal', enterprisePortalRoutes(state));

  app.use(notFound);
  app.use(errorPage);

  return {
    app,
    state,
    restored,
    persist: () => {
      if (stateFile) saveState(state, stateFile);
    },
    listen(port = 4010, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
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
