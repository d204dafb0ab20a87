import type { JsonSchema } from './jsonSchema';

/**
 * A query parameter's schema as one plain type: Copilot plugins and message extensions take only
 * scalar parameters (m365-spec-parser skips the others) and connectors refuse choices. A choice becomes
 * its first alternative (every choice in the model lists the form to send first) and a list a
 * comma-separated string; the parameter's description says what else is accepted.
 */
export function flatSchema(schema: JsonSchema): JsonSchema {
  const { anyOf, oneOf, ...rest } = schema;
  const choices = (anyOf ?? oneOf) as JsonSchema[] | undefined;
  if (choices) {
    const { description: _choice, ...first } = flatSchema(choices[0]!);
    return { ...first, ...rest };
  }
  if (schema.type === 'array') {
    const { items: _items, minItems: _min, maxItems: _max, uniqueItems: _unique, ...others } = rest;
    return { ...others, type: 'string' };
  }
  return schema;
}
