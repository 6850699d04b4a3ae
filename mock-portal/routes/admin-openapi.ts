import type { ControlCall } from './admin.ts';
import { answerSchemas, bodySchemas, querySchemas } from './admin-schemas.ts';

/** A schema as OpenAPI 3.1 embeds it: the draft-07 `$schema` and `$id` of a standalone file left out. */
function embedded(schema: object): object {
  const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
  return rest;
}

/** `/requests/:id/approve` → `/requests/{id}/approve`. */
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');
const pathParameters = (path: string) => [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] ?? '');

const refusals = {
  401: { description: 'the admin token is missing or wrong (only when the portal has one)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problems' } } } },
  403: { description: 'a web page of another site, or (without a token) a request not addressed to localhost', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problems' } } } },
};
const notJson = { description: 'the body is not JSON (Content-Type must be application/json); nothing changed', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problems' } } } };

function operation(call: ControlCall): object {
  const parameters = [
    ...pathParameters(call.path).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string', maxLength: 100 } })),
    ...(call.query
      ? Object.entries(querySchemas[call.query].properties).map(([name, schema]) => ({
          name,
          in: 'query',
          required: ((querySchemas[call.query as keyof typeof querySchemas] as { required?: readonly string[] }).required ?? []).includes(name),
          schema,
          description: (schema as { description?: string }).description,
        }))
      : []),
  ];
  const responses: Record<string, object> = {};
  for (const [status, answer] of Object.entries(call.answers)) {
    responses[status] = { description: answer.description, ...(answer.schema ? { content: { 'application/json': { schema: answer.schema } } } : {}) };
  }
  Object.assign(responses, refusals, call.method === 'get' ? {} : { 415: notJson });
  return {
    operationId: `${call.method}${call.path.replace(/[:/.]+([a-z])/gi, (_m, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')}`,
    summary: call.summary,
    ...(parameters.length ? { parameters } : {}),
    ...(call.body
      ? { requestBody: { required: false, description: 'optional when the schema asks for nothing: no body counts as {}', content: { 'application/json': { schema: { $ref: `#/components/schemas/${call.body}` } } } } }
      : {}),
    responses,
  };
}

/**
 * The control API as an OpenAPI 3.1 document, made from the calls and the very schemas that validate them, so the
 * document cannot drift from what the portal does.
 */
export function openApiDocument(calls: ControlCall[], options: { tokenRequired: boolean }): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const call of calls) {
    const path = openApiPath(call.path);
    paths[path] = { ...paths[path], [call.method]: operation(call) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'cbp-harness mock portal: control API',
      version: '1',
      description:
        'Test control of the mock portal (contract.md): scenario, clock, faults, mail, role requests, state and the request journal. ' +
        'JSON in and out; a refused request changes nothing and answers {"errors":[{"path","message"}]}. ' +
        (options.tokenRequired ? 'This portal needs its admin token on every call.' : 'This portal listens on this machine only and needs no token.'),
    },
    servers: [{ url: '/__admin' }],
    components: {
      schemas: {
        ...Object.fromEntries(Object.entries(bodySchemas).map(([name, schema]) => [name, embedded(schema)])),
        Problems: answerSchemas.problems,
      },
      securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'the token given with --admin-token or CBP_ADMIN_TOKEN' } },
    },
    security: options.tokenRequired ? [{ adminToken: [] }] : [{}, { adminToken: [] }],
    paths,
  };
}
