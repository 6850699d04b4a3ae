/** JSON Schemas of the control API's smaller bodies. The scenario's own schema is ../schemas/scenario.schema.json. */
export const adminSchemas = {
  reset: {
    type: 'object',
    additionalProperties: false,
    properties: { seed: { type: 'integer', minimum: 0, maximum: 4294967295 } },
  },
  clock: {
    type: 'object',
    additionalProperties: false,
    properties: {
      advanceMinutes: { type: 'number', minimum: 0, maximum: 5256000 },
      now: { type: 'string', format: 'date-time' },
    },
  },
  fault: {
    type: 'object',
    additionalProperties: false,
    required: ['point'],
    properties: {
      point: { type: 'string', minLength: 1 },
      times: { type: 'integer', minimum: 1, maximum: 1000 },
      mode: { enum: ['error', 'timeout'] },
    },
  },
  decision: {
    type: 'object',
    additionalProperties: false,
    properties: { by: { type: 'string', minLength: 1, maxLength: 100 }, reason: { type: 'string', maxLength: 1000 } },
  },
} as const;
