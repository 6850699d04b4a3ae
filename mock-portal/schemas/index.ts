import { readFileSync } from 'node:fs';

/** The published JSON Schema of POST /__admin/scenario. */
export const scenarioSchema: object = JSON.parse(readFileSync(new URL('./scenario.schema.json', import.meta.url), 'utf8'));
