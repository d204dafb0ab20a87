import { fieldLabel } from './fieldLabel';
import { COMPONENTS, type JsonSchema } from './jsonSchema';

/** Swagger 2.0 keeps named schemas here. */
export const DEFINITIONS = '#/definitions/';

/**
 * An OpenAPI 3.0 schema as Swagger 2.0 says it, in the subset Power Platform connectors import:
 * `nullable` becomes `x-nullable`, references point at definitions, and a choice (`anyOf`/`oneOf`,
 * which connectors refuse) becomes its first alternative, the others left to the description.
 * Every choice in the facade's model lists the form connectors should send first. Each property gets
 * its label (`x-ms-summary`), which certification asks of every field.
 */
export function toSwagger2Schema(schema: JsonSchema): JsonSchema {
  const { anyOf, oneOf, allOf, nullable, $ref, properties, items, additionalProperties, ...rest } = schema;
  if (allOf !== undefined) throw new Error('allOf has no rendering for connectors; describe the merged object instead');
  const choices = (anyOf ?? oneOf) as JsonSchema[] | undefined;
  if (choices) {
    const first = toSwagger2Schema(choices[0]!);
    const description = [rest.description, first.description].filter(Boolean).join('. ');
    return { ...first, ...rest, ...(description && { description }), ...(nullable === true && { 'x-nullable': true }) };
  }
  return {
    ...rest,
    ...(typeof $ref === 'string' && { $ref: $ref.replace(COMPONENTS, DEFINITIONS) }),
    ...(nullable === true && { 'x-nullable': true }),
    ...(properties !== undefined && {
      properties: Object.fromEntries(
        Object.entries(properties as Record<string, JsonSchema>).map(([name, value]) => [
          name,
          { 'x-ms-summary': fieldLabel(name), ...toSwagger2Schema(value) },
        ]),
      ),
    }),
    ...(items !== undefined && { items: toSwagger2Schema(items as JsonSchema) }),
    ...(additionalProperties !== undefined && {
      additionalProperties:
        typeof additionalProperties === 'object' ? toSwagger2Schema(additionalProperties as JsonSchema) : additionalProperties,
    }),
  };
}
