import { validate } from '@readme/openapi-parser';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { test, expect } from '../../fixtures/test.ts';

/** Issue 13: GET /__admin/openapi.json describes the whole control API, from the schemas that validate it. */
interface Operation {
  requestBody?: { content: { 'application/json': { schema: { $ref: string } } } };
  responses: Record<string, { content?: { 'application/json': { schema: object } } }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
}

async function documentOf(request: import('@playwright/test').APIRequestContext, baseURL: string): Promise<Document> {
  const answer = await request.get(`${baseURL}/__admin/openapi.json`);
  expect(answer.status()).toBe(200);
  return (await answer.json()) as Document;
}

test.describe('the OpenAPI document of the control API', () => {
  test('is a valid OpenAPI 3.1 document listing every call of contract.md', async ({ request, control }) => {
    const document = await documentOf(request, control.baseURL);
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result)).toBe(true);
    const listed = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    for (const call of [
      'GET /health', 'POST /reset', 'POST /scenario', 'GET /schemas/scenario', 'GET /mail', 'GET /clock', 'POST /clock', 'GET /faults', 'POST /faults', 'DELETE /faults',
      'GET /requests', 'POST /requests/{id}/approve', 'POST /requests/{id}/reject', 'GET /state', 'GET /journal', 'DELETE /journal', 'GET /openapi.json',
    ]) {
      expect(listed).toContain(call);
    }
  });

  test('every body schema in it is the one the portal validates with and publishes', async ({ request, control }) => {
    const document = await documentOf(request, control.baseURL);
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations)) {
        const ref = operation.requestBody?.content['application/json'].schema.$ref;
        if (!ref) continue;
        const name = ref.replace('#/components/schemas/', '');
        const published = (await (await request.get(`${control.baseURL}/__admin/schemas/${name}`)).json()) as Record<string, unknown>;
        const { $schema: _dialect, $id: _id, ...embeddable } = published;
        expect(document.components.schemas[name], name).toEqual(embeddable);
      }
    }
  });

  test('every call it lists answers as it says: GETs with their schema, bodies refused by their schema', async ({ request, control }) => {
    const document = await documentOf(request, control.baseURL);
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const problems = ajv.compile(document.components.schemas.Problems as object);
    const samples: Record<string, string> = { '/mail': '?to=nobody@example.test', '/phone': '?to=410-555-0100' };
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const url = `${control.baseURL}/__admin${path.replace('{id}', '12345678')}`;
        if (method === 'get') {
          const answer = await request.get(url + (samples[path] ?? ''));
          expect(answer.status(), `GET ${path}`).toBe(200);
          const schema = operation.responses['200']?.content?.['application/json'].schema;
          if (schema) expect(ajv.validate(schema, await answer.json()), `GET ${path}: ${JSON.stringify(ajv.errors)}`).toBe(true);
        } else if (operation.requestBody) {
          const answer = await request.fetch(url, { method, data: { notAField: true } });
          expect(answer.status(), `${method} ${path}`).toBe(400);
          const body: unknown = await answer.json();
          expect(problems(body), `${method} ${path}`).toBe(true);
          expect(JSON.stringify(body)).toContain('/notAField');
        }
      }
    }
  });
});
