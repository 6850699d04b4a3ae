import { Router, type Response } from 'express';
import { scenarioSchema } from '../schemas/index.ts';
import { refuse } from '../domain/errors.ts';
import { FAULT_POINTS } from '../domain/faults.ts';
import { mailTo } from '../domain/mail.ts';
import { phoneMessagesTo } from '../domain/phone.ts';
import type { MockState } from '../domain/mock-state';
import { decideRequest } from '../domain/requests.ts';
import { applyScenario, type BodyProblem, type ScenarioInput } from '../domain/scenario.ts';
import { snapshot } from '../domain/snapshot.ts';
import { check, compile } from '../http/validate.ts';
import { adminSchemas } from './admin-schemas.ts';

const validateScenario = compile<ScenarioInput>(scenarioSchema);
const validateReset = compile<{ seed?: number }>(adminSchemas.reset);
const validateClock = compile<{ advanceMinutes?: number; now?: string }>(adminSchemas.clock);
const validateFault = compile<{ point: string; times?: number; mode?: 'error' | 'timeout' }>(adminSchemas.fault);
const validateDecision = compile<{ by?: string; reason?: string }>(adminSchemas.decision);

function badBody(res: Response, problems: BodyProblem[]) {
  res.status(400).json({ errors: problems });
}

/** An empty body (no content) counts as `{}`. */
function bodyOf(raw: unknown): unknown {
  return raw === undefined ? {} : raw;
}

/** The control API (contract.md): JSON in and out, every body checked against a published schema. */
export function adminRoutes(state: MockState): Router {
  const router = Router();

  // GET /__admin/health — liveness.
  router.get('/health', (_req, res) => res.json({ status: 'ok' }));

  // POST /__admin/reset — forget everything, clock back to its start; optional { seed }.
  router.post('/reset', (req, res) => {
    const body = check(validateReset, bodyOf(req.body));
    if (!body.ok) return badBody(res, body.problems);
    state.reset(body.value.seed);
    res.status(204).end();
  });

  // GET /__admin/schemas/scenario — the JSON Schema of the scenario body.
  router.get('/schemas/scenario', (_req, res) => res.type('application/schema+json').send(JSON.stringify(scenarioSchema, null, 2)));

  // POST /__admin/scenario — add organizations and users; 201 with everything generated.
  router.post('/scenario', (req, res) => {
    const body = check(validateScenario, bodyOf(req.body));
    if (!body.ok) return badBody(res, body.problems);
    const outcome = applyScenario(state, body.value);
    if ('problems' in outcome) return badBody(res, outcome.problems);
    res.status(201).json(outcome.result);
  });

  // GET /__admin/mail?to=ADDRESS — that address's messages, newest first.
  router.get('/mail', (req, res) => {
    const to = req.query.to;
    if (typeof to !== 'string' || !to.trim()) return badBody(res, [{ path: '/to', message: 'give the address as ?to=ADDRESS' }]);
    res.json(mailTo(state, to));
  });

  // GET /__admin/phone?to=NUMBER — the text messages and voice calls to that number, newest first.
  router.get('/phone', (req, res) => {
    const to = req.query.to;
    if (typeof to !== 'string' || !/^\D*(\d\D*){10,11}$/.test(to)) return badBody(res, [{ path: '/to', message: 'give the phone number as ?to=NNN-NNN-NNNN' }]);
    res.json(phoneMessagesTo(state, to));
  });

  // GET /__admin/clock and POST /__admin/clock — read or move the mock clock.
  router.get('/clock', (_req, res) => res.json({ now: state.nowIso() }));
  router.post('/clock', (req, res) => {
    const body = check(validateClock, bodyOf(req.body));
    if (!body.ok) return badBody(res, body.problems);
    const { advanceMinutes, now } = body.value;
    if ((advanceMinutes === undefined) === (now === undefined)) {
      return badBody(res, [{ path: '/', message: 'give exactly one of advanceMinutes or now' }]);
    }
    if (now !== undefined) state.clock.set(now);
    else state.clock.advanceMinutes(advanceMinutes ?? 0);
    res.json({ now: state.nowIso() });
  });

  // GET/POST/DELETE /__admin/faults — list the points and armed faults, arm one, clear all.
  router.get('/faults', (_req, res) => {
    res.json({ points: Object.entries(FAULT_POINTS).map(([point, description]) => ({ point, description })), armed: state.faults.list() });
  });
  router.post('/faults', (req, res) => {
    const body = check(validateFault, bodyOf(req.body));
    if (!body.ok) return badBody(res, body.problems);
    try {
      const fault = state.faults.arm(body.value.point, body.value.times ?? 1, body.value.mode ?? 'error');
      res.status(201).json(fault);
    } catch (error) {
      return badBody(res, [{ path: '/point', message: (error as Error).message }]);
    }
  });
  router.delete('/faults', (_req, res) => {
    state.faults.clear();
    res.status(204).end();
  });

  // GET /__admin/requests — every role request; POST …/{id}/approve|reject — decide as the CBIC.
  router.get('/requests', (req, res) => {
    const status = req.query.status;
    res.json(typeof status === 'string' ? state.requests.filter((r) => r.status === status) : state.requests);
  });
  for (const action of ['approve', 'reject'] as const) {
    router.post(`/requests/:id/${action}`, async (req, res) => {
      const body = check(validateDecision, bodyOf(req.body));
      if (!body.ok) return badBody(res, body.problems);
      const decided = await decideRequest(state, req.params.id, action === 'approve' ? 'approved' : 'rejected', body.value.by ?? 'CBIC', body.value.reason);
      res.json(decided);
    });
  }

  // GET /__admin/state — a JSON snapshot for assertions.
  router.get('/state', (_req, res) => res.json(snapshot(state)));

  // Anything else under /__admin is a clear 404 in JSON.
  router.use((req, _res, next) => next(refuse.notFound(`The control API has no ${req.method} ${req.baseUrl}${req.path}. See contract.md.`)));

  return router;
}
