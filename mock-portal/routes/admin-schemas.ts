import { config } from '../config.ts';
import { FAULT_POINTS } from '../domain/faults.ts';
import { scenarioSchema } from '../schemas/index.ts';

/**
 * JSON Schemas of the control API: every body and query string it takes, and the answers it gives. The same
 * objects validate the requests (routes/admin.ts) and make the OpenAPI document (routes/admin-openapi.ts).
 * The scenario's own schema is ../schemas/scenario.schema.json.
 */
export const bodySchemas = {
  reset: {
    title: 'Reset',
    description: 'Optional. Without trainee the whole portal is reset; the same seed gives the same generated data. With trainee only that trainee\'s world is put back as seeded (not both).',
    type: 'object',
    additionalProperties: false,
    properties: {
      seed: { type: 'integer', minimum: 0, maximum: 4294967295, description: 'seed of the generated data (default 2021)' },
      trainee: { type: 'string', pattern: '^t[0-9]{2,3}$', examples: ['t07'], description: 'a trainee of the class, such as "t07": only their organization, people and what they did are reset' },
    },
    not: { required: ['seed', 'trainee'] },
  },
  class: {
    title: 'Class',
    description: 'Seeds a class beside what the portal holds: trainees t01…tNN, each an organization with its AO, BAO, EU, an authorized official and a newcomer.',
    type: 'object',
    additionalProperties: false,
    required: ['size'],
    properties: {
      size: { type: 'integer', minimum: 1, maximum: config.classroom.maxTrainees, description: `how many trainees (1 to ${config.classroom.maxTrainees})` },
      seed: { type: 'integer', minimum: 0, maximum: 4294967295, description: "seed of the trainees' names and passwords (default: the portal's seed)" },
    },
  },
  scenario: scenarioSchema,
  clock: {
    title: 'Clock',
    description: 'Moves the mock clock: forward by advanceMinutes, or to the instant now (not both); frozen stops it or lets it run.',
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      advanceMinutes: { type: 'number', minimum: 0, maximum: 5256000, description: 'minutes to move forward (at most ten years at once)' },
      now: { type: 'string', format: 'date-time', description: 'the instant to show, ISO-8601 with a time zone, from 1970 to 9999' },
      frozen: { type: 'boolean', description: 'true: the clock stands still until moved (the tests’ portals); false: it runs on with real time (npm start)' },
    },
    not: { required: ['advanceMinutes', 'now'] },
  },
  fault: {
    title: 'Fault',
    description: 'Arms a fault: the next `times` operations at `point` fail the way the real portal reports a failure.',
    type: 'object',
    additionalProperties: false,
    required: ['point'],
    properties: {
      point: { enum: Object.keys(FAULT_POINTS), description: 'where the operations fail (GET /__admin/faults describes each point)' },
      times: { type: 'integer', minimum: 1, maximum: 1000, description: 'how many operations fail (default 1)' },
      mode: { enum: ['error', 'timeout'], description: 'error: the service answers a failure; timeout: it does not answer in time (default error)' },
    },
  },
  decision: {
    title: 'Decision',
    description: 'Optional. Who decided (default CBIC) and why.',
    type: 'object',
    additionalProperties: false,
    properties: { by: { type: 'string', minLength: 1, maxLength: 100 }, reason: { type: 'string', maxLength: 1000 } },
  },
} as const;

export type BodySchemaName = keyof typeof bodySchemas;

export const querySchemas = {
  mail: {
    type: 'object',
    additionalProperties: false,
    required: ['to'],
    properties: { to: { type: 'string', minLength: 1, maxLength: 320, pattern: '\\S', description: 'the e-mail address whose messages to list' } },
  },
  phone: {
    type: 'object',
    additionalProperties: false,
    required: ['to'],
    properties: { to: { type: 'string', pattern: '^\\D*(\\d\\D*){10,11}$', maxLength: 30, description: 'the phone number whose texts and calls to list, e.g. 410-555-0100' } },
  },
  requests: {
    type: 'object',
    additionalProperties: false,
    properties: { status: { enum: ['pending', 'approved', 'rejected'], description: 'only the requests with this status' } },
  },
  journal: {
    type: 'object',
    additionalProperties: false,
    properties: {
      path: { type: 'string', minLength: 1, maxLength: 2000, description: 'only requests to this path; ending in * matches every path that starts with what comes before it' },
      method: { type: 'string', pattern: '^[A-Za-z]{1,10}$', description: 'only requests with this HTTP method (any letter case)' },
      limit: { type: 'integer', minimum: 1, maximum: config.journalMaxEntries, description: 'at most this many entries, newest first' },
    },
  },
} as const;

const armedFault = {
  type: 'object',
  required: ['point', 'remaining', 'mode'],
  properties: { point: { type: 'string' }, remaining: { type: 'integer' }, mode: { enum: ['error', 'timeout'] } },
} as const;

const bound = { type: 'object', required: ['kept', 'max'], properties: { kept: { type: 'integer' }, max: { type: 'integer' } } } as const;

const problem = {
  type: 'object',
  required: ['path', 'message'],
  properties: {
    path: { type: 'string', description: 'JSON Pointer to what was wrong ("/" for the request as a whole)' },
    message: { type: 'string', description: 'what was wrong and what to do' },
  },
};

export const answerSchemas = {
  problems: {
    title: 'Problems',
    description: 'Why the request was refused. Nothing was changed.',
    type: 'object',
    required: ['errors'],
    properties: { errors: { type: 'array', minItems: 1, items: problem } },
  },
  health: { type: 'object', required: ['status'], properties: { status: { const: 'ok' } } },
  clock: { type: 'object', required: ['now'], properties: { now: { type: 'string', format: 'date-time' }, frozen: { type: 'boolean' } } },
  mail: {
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'to', 'subject', 'text', 'sentAt'],
      properties: { id: { type: 'string' }, to: { type: 'string' }, subject: { type: 'string' }, text: { type: 'string' }, sentAt: { type: 'string', format: 'date-time' } },
    },
  },
  phone: {
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'to', 'channel', 'text', 'sentAt'],
      properties: {
        id: { type: 'string' },
        to: { type: 'string', description: 'NNN-NNN-NNNN' },
        channel: { enum: ['sms', 'voice'] },
        text: { type: 'string', description: 'what the text says, or what the call says aloud' },
        sentAt: { type: 'string', format: 'date-time' },
      },
    },
  },
  faults: {
    type: 'object',
    required: ['points', 'armed'],
    properties: {
      points: { type: 'array', items: { type: 'object', required: ['point', 'description'], properties: { point: { type: 'string' }, description: { type: 'string' } } } },
      armed: { type: 'array', items: armedFault },
    },
  },
  armedFault,
  journal: {
    type: 'object',
    required: ['entries', 'meta'],
    properties: {
      entries: {
        type: 'array',
        description: 'newest first',
        items: {
          type: 'object',
          required: ['id', 'loggedAt', 'mockTime', 'request', 'response', 'durationMs'],
          properties: {
            id: { type: 'integer', description: 'increases by one with every request the portal received' },
            loggedAt: { type: 'string', format: 'date-time', description: 'real time the request arrived' },
            mockTime: { type: 'string', format: 'date-time', description: 'the mock clock when the request arrived' },
            request: {
              type: 'object',
              required: ['method', 'path', 'query'],
              properties: {
                method: { type: 'string' },
                path: { type: 'string' },
                query: { type: 'string', description: 'the query string, without its "?"; CSRF tokens blanked' },
                contentType: { type: 'string' },
                bodyBytes: { type: 'integer', description: 'the body length the client announced' },
              },
            },
            response: {
              type: 'object',
              required: ['status', 'completed'],
              properties: {
                status: { type: ['integer', 'null'], description: 'null when no answer was started' },
                contentType: { type: 'string' },
                completed: { type: 'boolean', description: 'false when the connection closed before the answer was sent' },
              },
            },
            durationMs: { type: 'number' },
            userId: { type: 'string', description: 'the signed-in person (or the one signing in) the request was made as' },
          },
        },
      },
      meta: {
        type: 'object',
        required: ['matched', 'kept', 'max'],
        properties: {
          matched: { type: 'integer', description: 'entries kept that match the filter' },
          kept: { type: 'integer', description: 'entries kept in all' },
          max: { type: 'integer', description: 'entries kept at most; older ones are dropped' },
        },
      },
    },
  },
  stats: {
    type: 'object',
    required: ['sessions', 'journal', 'mail', 'memory', 'uptimeSeconds'],
    properties: {
      sessions: bound,
      journal: bound,
      mail: bound,
      memory: { type: 'object', required: ['rssBytes', 'heapUsedBytes'], properties: { rssBytes: { type: 'integer' }, heapUsedBytes: { type: 'integer' } } },
      uptimeSeconds: { type: 'number' },
    },
  },
  roster: {
    type: 'object',
    required: ['trainees'],
    properties: {
      trainees: {
        type: 'array',
        items: {
          type: 'object',
          required: ['trainee', 'organization', 'mailboxPath', 'people'],
          properties: {
            trainee: { type: 'string' },
            organization: { type: 'object', required: ['id', 'legalBusinessName', 'ptans', 'bidderNumbers'] },
            mailboxPath: { type: 'string', description: "where the trainee reads their mail, below the portal's address" },
            people: { type: 'array', items: { type: 'object', required: ['userId', 'password', 'role', 'name', 'email'] } },
          },
        },
      },
    },
  },
  anyObject: { type: 'object', description: 'see contract.md' },
} as const;

/** The old name of the small bodies' schemas, kept for code that imported it. */
export const adminSchemas = bodySchemas;
