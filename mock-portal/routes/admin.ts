import type { CsrfProtection } from '../http/csrf.ts';
import { Router, type Request, type Response } from 'express';
import type { ValidateFunction } from 'ajv';
import { roster, seedClass } from '../domain/classroom/class.ts';
import { refuse } from '../domain/errors.ts';
import { FAULT_POINTS, type FaultMode } from '../domain/faults.ts';
import { mailTo } from '../domain/mail.ts';
import { phoneMessagesTo } from '../domain/phone.ts';
import type { MockState } from '../domain/mock-state.ts';
import { decideRequest } from '../domain/requests.ts';
import { applyScenario, type BodyProblem, type ScenarioInput } from '../domain/scenario.ts';
import { snapshot } from '../domain/snapshot.ts';
import { config } from '../config.ts';
import type { RequestJournal } from '../http/journal.ts';
import type { BoundedSessionStore } from '../http/session-store.ts';
import { check, compile, compileQuery } from '../http/validate.ts';
import { answerSchemas, bodySchemas, querySchemas, type BodySchemaName } from './admin-schemas.ts';
import { openApiDocument } from './admin-openapi.ts';
import { resetTraineeAndSignOut } from './classroom.ts';

export interface ControlApiParts {
  journal: RequestJournal;
  sessions: BoundedSessionStore;
  /** The forms' tokens, forgotten with the world. */
  csrf?: CsrfProtection;
  /** Whether every call needs the admin token (said in the OpenAPI document). */
  tokenRequired: boolean;
}

export interface CallInput {
  body: unknown;
  query: unknown;
  params: Record<string, string>;
  res: Response;
}

/** One call of the control API: what the OpenAPI document says of it, and what it does. */
export interface ControlCall {
  method: 'get' | 'post' | 'delete';
  /** Express path below /__admin, e.g. `/requests/:id/approve`. */
  path: string;
  summary: string;
  /** The JSON body's schema; a call without a body counts as `{}`. */
  body?: BodySchemaName;
  query?: keyof typeof querySchemas;
  answers: Record<number, { description: string; schema?: object }>;
  handle(input: CallInput): void | Promise<void>;
}

const CLOCK_EARLIEST = Date.parse('1970-01-01T00:00:00.000Z');
const CLOCK_LATEST = Date.parse('9999-12-31T23:59:59.999Z');

function badBody(res: Response, problems: BodyProblem[]) {
  res.status(400).json({ errors: problems });
}

const problems = { description: 'refused: the body or the query string is not valid; nothing changed', schema: answerSchemas.problems };

/** Every call of the control API (contract.md), in the order the OpenAPI document lists them. */
export function controlCalls(state: MockState, parts: ControlApiParts): ControlCall[] {
  return [
    {
      method: 'get',
      path: '/health',
      summary: 'Liveness',
      answers: { 200: { description: 'the portal answers', schema: answerSchemas.health } },
      handle: ({ res }) => void res.json({ status: 'ok' }),
    },
    {
      method: 'get',
      path: '/openapi.json',
      summary: 'This document: the whole control API as OpenAPI 3.1',
      answers: { 200: { description: 'the OpenAPI document' } },
      handle: ({ res }) => void res.json(openApiDocument(controlCalls(state, parts), { tokenRequired: parts.tokenRequired })),
    },
    {
      method: 'post',
      path: '/reset',
      summary:
        'Forget everything (users, organizations, requests, uploads, mail, faults, sessions, the journal) and set the clock back to its start; with a trainee, put back only that trainee\'s world as seeded and sign their people out',
      body: 'reset',
      answers: { 204: { description: 'the world is new' }, 400: problems, 404: { description: 'no trainee of the class has that ID; nothing changed', schema: answerSchemas.problems } },
      handle: ({ body, res }) => {
        const { seed, trainee } = body as { seed?: number; trainee?: string };
        if (trainee !== undefined) {
          resetTraineeAndSignOut(state, parts.sessions, trainee);
          return void res.status(204).end();
        }
        state.reset(seed);
        parts.sessions.clear();
        parts.csrf?.forgetAll();
        parts.journal.clear();
        res.status(204).end();
      },
    },
    {
      method: 'post',
      path: '/scenario',
      summary: 'Add organizations and users; what is left out is generated',
      body: 'scenario',
      answers: { 201: { description: 'everything added, generated values and passwords included', schema: answerSchemas.anyObject }, 400: problems },
      handle: ({ body, res }) => {
        const outcome = applyScenario(state, body as ScenarioInput);
        if ('problems' in outcome) return badBody(res, outcome.problems);
        res.status(201).json(outcome.result);
      },
    },
    {
      method: 'get',
      path: '/class',
      summary: 'The class: every trainee with their organization, people and passwords (empty without a class)',
      answers: { 200: { description: 'the roster', schema: answerSchemas.roster } },
      handle: ({ res }) => void res.json({ trainees: roster(state) }),
    },
    {
      method: 'post',
      path: '/class',
      summary: 'Seed a class of trainees t01…tNN beside what the portal holds (what npm start -- --class N does)',
      body: 'class',
      answers: {
        201: { description: 'the roster', schema: answerSchemas.roster },
        400: problems,
        409: { description: 'the portal already has a class, or a trainee would clash with what it holds; nothing changed', schema: answerSchemas.problems },
      },
      handle: ({ body, res }) => {
        const { size, seed } = body as { size: number; seed?: number };
        res.status(201).json({ trainees: seedClass(state, size, seed) });
      },
    },
    ...(Object.keys(bodySchemas) as BodySchemaName[]).map(
      (name): ControlCall => ({
        method: 'get',
        path: `/schemas/${name}`,
        summary: `The JSON Schema of the ${name} body`,
        answers: { 200: { description: 'a JSON Schema' } },
        handle: ({ res }) => void res.type('application/schema+json').send(JSON.stringify(bodySchemas[name], null, 2)),
      }),
    ),
    {
      method: 'get',
      path: '/mail',
      summary: "An address's messages, newest first",
      query: 'mail',
      answers: { 200: { description: 'the messages', schema: answerSchemas.mail }, 400: problems },
      handle: ({ query, res }) => void res.json(mailTo(state, (query as { to: string }).to)),
    },
    {
      method: 'get',
      path: '/phone',
      summary: "A phone number's text messages and voice calls (SMS and Voice codes), newest first",
      query: 'phone',
      answers: { 200: { description: 'the messages', schema: answerSchemas.phone }, 400: problems },
      handle: ({ query, res }) => void res.json(phoneMessagesTo(state, (query as { to: string }).to)),
    },
    {
      method: 'get',
      path: '/clock',
      summary: 'The mock clock',
      answers: { 200: { description: 'the time every rule of the portal reads', schema: answerSchemas.clock } },
      handle: ({ res }) => void res.json({ now: state.nowIso(), frozen: state.clock.frozen }),
    },
    {
      method: 'post',
      path: '/clock',
      summary: 'Move the mock clock forward by minutes, or to an instant; freeze it or let it run with real time',
      body: 'clock',
      answers: { 200: { description: 'the new time', schema: answerSchemas.clock }, 400: problems },
      handle: ({ body, res }) => {
        const { advanceMinutes, now, frozen } = body as { advanceMinutes?: number; now?: string; frozen?: boolean };
        const target = now !== undefined ? Date.parse(now) : advanceMinutes !== undefined ? state.clock.nowMs() + advanceMinutes * 60_000 : state.clock.nowMs();
        if (target < CLOCK_EARLIEST || target > CLOCK_LATEST) {
          return badBody(res, [{ path: now !== undefined ? '/now' : '/advanceMinutes', message: 'would put the clock outside 1970 to 9999; choose an instant in between' }]);
        }
        if (now !== undefined) state.clock.set(now);
        else if (advanceMinutes !== undefined) state.clock.advanceMinutes(advanceMinutes);
        if (frozen !== undefined) state.clock.setFrozen(frozen);
        res.json({ now: state.nowIso(), frozen: state.clock.frozen });
      },
    },
    {
      method: 'get',
      path: '/faults',
      summary: 'The fault points and the faults armed now',
      answers: { 200: { description: 'points and armed faults', schema: answerSchemas.faults } },
      handle: ({ res }) => void res.json({ points: Object.entries(FAULT_POINTS).map(([point, description]) => ({ point, description })), armed: state.faults.list() }),
    },
    {
      method: 'post',
      path: '/faults',
      summary: 'Arm a fault: the next operations at that point fail, storing nothing',
      body: 'fault',
      answers: { 201: { description: 'the armed fault', schema: answerSchemas.armedFault }, 400: problems },
      handle: ({ body, res }) => {
        const { point, times, mode } = body as { point: string; times?: number; mode?: FaultMode };
        res.status(201).json(state.faults.arm(point, times ?? 1, mode ?? 'error'));
      },
    },
    {
      method: 'delete',
      path: '/faults',
      summary: 'Clear every armed fault',
      answers: { 204: { description: 'no fault is armed' } },
      handle: ({ res }) => {
        state.faults.clear();
        res.status(204).end();
      },
    },
    {
      method: 'get',
      path: '/requests',
      summary: 'Role requests (IDM and the Enterprise Portal), oldest first',
      query: 'requests',
      answers: { 200: { description: 'the requests', schema: { type: 'array', items: answerSchemas.anyObject } }, 400: problems },
      handle: ({ query, res }) => {
        const { status } = query as { status?: string };
        res.json(status ? state.requests.filter((r) => r.status === status) : state.requests);
      },
    },
    ...(['approve', 'reject'] as const).map(
      (action): ControlCall => ({
        method: 'post',
        path: `/requests/:id/${action}`,
        summary: `${action === 'approve' ? 'Approve' : 'Reject'} a pending request as the CBIC, e-mailing the requester`,
        body: 'decision',
        answers: {
          200: { description: 'the decided request', schema: answerSchemas.anyObject },
          400: problems,
          404: { description: 'no request has that ID', schema: answerSchemas.problems },
          409: { description: 'the request was already decided, or can no longer be granted', schema: answerSchemas.problems },
        },
        handle: async ({ body, params, res }) => {
          const { by, reason } = body as { by?: string; reason?: string };
          res.json(await decideRequest(state, params.id ?? '', action === 'approve' ? 'approved' : 'rejected', by ?? 'CBIC', reason));
        },
      }),
    ),
    {
      method: 'get',
      path: '/state',
      summary: 'A JSON snapshot of users, roles, requests, uploads and the rest, for assertions',
      answers: { 200: { description: 'the snapshot (no password hashes)', schema: answerSchemas.anyObject } },
      handle: ({ res }) => void res.json(snapshot(state)),
    },
    {
      method: 'get',
      path: '/journal',
      summary: `The requests the portal received, newest first (the last ${config.journalMaxEntries} kept)`,
      query: 'journal',
      answers: { 200: { description: 'journal entries', schema: answerSchemas.journal }, 400: problems },
      handle: ({ query, res }) => {
        const entries = parts.journal.find(query as { path?: string; method?: string; limit?: number });
        const matched = parts.journal.find({ ...(query as object), limit: undefined }).length;
        res.json({ entries, meta: { matched, kept: parts.journal.kept, max: parts.journal.max } });
      },
    },
    {
      method: 'delete',
      path: '/journal',
      summary: 'Empty the journal',
      answers: { 204: { description: 'the journal is empty' } },
      handle: ({ res }) => {
        parts.journal.clear();
        res.status(204).end();
      },
    },
    {
      method: 'get',
      path: '/stats',
      summary: "What the portal's bounded stores hold, and its memory",
      answers: { 200: { description: 'figures', schema: answerSchemas.stats } },
      handle: ({ res }) => {
        const memory = process.memoryUsage();
        res.json({
          sessions: { kept: parts.sessions.size(), max: parts.sessions.limits.maxSessions },
          journal: { kept: parts.journal.kept, max: parts.journal.max },
          mail: { kept: state.mail.length, max: config.mailboxMaxMessages },
          memory: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed },
          uptimeSeconds: Math.round(process.uptime()),
        });
      },
    },
  ];
}

const bodyValidators = new Map<BodySchemaName, ValidateFunction>(
  (Object.keys(bodySchemas) as BodySchemaName[]).map((name) => [name, compile(bodySchemas[name])]),
);
const queryValidators = new Map<keyof typeof querySchemas, ValidateFunction>(
  (Object.keys(querySchemas) as (keyof typeof querySchemas)[]).map((name) => [name, compileQuery(querySchemas[name])]),
);

function validated(call: ControlCall, req: Request): { ok: true; body: unknown; query: unknown } | { ok: false; problems: BodyProblem[] } {
  const query: Record<string, unknown> = { ...req.query };
  const queryValidator = call.query ? queryValidators.get(call.query) : undefined;
  if (queryValidator) {
    const checked = check(queryValidator, query);
    if (!checked.ok) return { ok: false, problems: checked.problems.map((p) => ({ ...p, message: `in the query string: ${p.message}` })) };
  }
  const body: unknown = req.body === undefined ? {} : req.body;
  const bodyValidator = call.body ? bodyValidators.get(call.body) : undefined;
  if (bodyValidator) {
    const checked = check(bodyValidator, body);
    if (!checked.ok) return checked;
  }
  return { ok: true, body, query };
}

/**
 * The control API (contract.md): JSON in and out, every body and query string checked against the published
 * schemas of admin-schemas.ts, which also make GET /__admin/openapi.json. Who may call it: http/admin-access.ts.
 */
export function adminRoutes(state: MockState, parts: ControlApiParts): Router {
  const router = Router();
  const calls = controlCalls(state, parts);
  for (const call of calls) {
    router[call.method](call.path, async (req, res) => {
      const input = validated(call, req);
      if (!input.ok) return badBody(res, input.problems);
      await call.handle({ body: input.body, query: input.query, params: req.params as Record<string, string>, res });
    });
  }
  // A known path asked with another method: 405, saying which methods it takes.
  for (const path of new Set(calls.map((c) => c.path))) {
    const allowed = calls.filter((c) => c.path === path).map((c) => c.method.toUpperCase());
    if (allowed.includes('GET')) allowed.push('HEAD');
    router.all(path, (req, res) => {
      res.setHeader('Allow', allowed.join(', '));
      res.status(405).json({ errors: [{ path: '/', message: `${req.method} is not a call of ${req.baseUrl}${req.path}; it takes ${allowed.join(', ')}.` }] });
    });
  }
  // Anything else under /__admin is a clear 404 in JSON.
  router.use((req, _res, next) => next(refuse.notFound(`The control API has no ${req.method} ${req.baseUrl}${req.path}. See GET /__admin/openapi.json.`)));
  return router;
}
