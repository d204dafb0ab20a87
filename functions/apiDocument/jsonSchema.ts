import { z } from 'zod';

export type JsonSchema = { [key: string]: unknown };

/** Where the OpenAPI 3 rendering keeps named schemas; the Swagger 2 rendering rewrites the prefix. */
export const COMPONENTS = '#/components/schemas/';

const SAFE_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]);

/**
 * Drops what zod adds that tells a reader nothing: the ±MAX_SAFE_INTEGER bounds of every `.int()`,
 * registry `$id`s, the 300-character ISO pattern beside `format: date-time`, and the `allOf` of one
 * `$ref` that zod wraps an optional reference in (connectors refuse allOf).
 */
function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (typeof value !== 'object' || value === null) return value;
  const { allOf, ...others } = value as JsonSchema;
  const only = Array.isArray(allOf) && allOf.length === 1 && Object.keys(others).length === 0 ? (allOf[0] as JsonSchema) : undefined;
  const schema = only ?? (value as JsonSchema);
  const entries = Object.entries(schema).filter(([key, item]) => {
    if (key === '$id') return false;
    if ((key === 'minimum' || key === 'maximum') && SAFE_BOUNDS.has(item as number)) return false;
    return !(key === 'pattern' && schema.format === 'date-time');
  });
  return Object.fromEntries(entries.map(([key, item]) => [key, tidy(item)]));
}

/** One zod schema in OpenAPI 3.0's dialect (`nullable`), as it parses (`input`) or as it yields (`output`). */
export function fromZod(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'openapi-3.0', io });
  return tidy(json) as JsonSchema;
}

/** Named zod schemas as components, each reference to another named one a `$ref`. */
export function componentsFromZod(named: Record<string, z.ZodType>): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'openapi-3.0', io: 'output', uri: (id) => `${COMPONENTS}${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, ...json }]) => [id, tidy(json) as JsonSchema]));
}
