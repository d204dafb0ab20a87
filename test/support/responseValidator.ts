import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export interface ReceivedResponse {
  method: string;
  url: string;
  status: number;
  contentType: string | null;
  body: unknown;
}

/** The documents describe the API, not themselves. */
const UNDESCRIBED = new Set(['/openapi.json', '/swagger.json']);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON that the tests walk and check with expect(); typed bodies are still to do.
type Doc = Record<string, any>;

/**
 * Checks a response against the OpenAPI document the host serves: the path and method are
 * described, the status is one the operation lists, the content type one that status lists, and
 * the body fits its schema. Throws a readable error otherwise, so that docs and answers cannot drift.
 */
export function responseValidator(doc: Doc): (response: ReceivedResponse) => void {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: doc.components }, 'openapi.json');
  const serverPath = new URL(doc.servers[0].url).pathname.replace(/\/+$/, '');
  const compiled = new Map<string, ValidateFunction>();
  const compile = (schema: Doc) => {
    const key = JSON.stringify(schema);
    if (!compiled.has(key)) {
      const rooted = typeof schema.$ref === 'string' ? { $ref: `openapi.json${schema.$ref}` } : schema;
      compiled.set(key, ajv.compile(rooted));
    }
    return compiled.get(key)!;
  };
  return (response) => {
    const where = `${response.method} ${response.url} → ${response.status}`;
    const path = new URL(response.url).pathname.slice(serverPath.length);
    if (UNDESCRIBED.has(path)) return;
    const operation = doc.paths[path]?.[response.method.toLowerCase()];
    if (!operation) throw new Error(`${where}: the OpenAPI document has no ${response.method} ${path}`);
    const described = operation.responses[String(response.status)];
    if (!described) throw new Error(`${where}: the status is not among ${Object.keys(operation.responses).join(', ')}`);
    const mediaType = (response.contentType ?? '').split(';')[0]!.trim();
    const content = described.content?.[mediaType];
    if (!content)
      throw new Error(
        `${where}: content type "${mediaType}" is not among ${Object.keys(described.content ?? {}).join(', ') || 'none (no body)'}`,
      );
    const validate = compile(content.schema);
    if (!validate(response.body)) {
      throw new Error(
        `${where}: the body does not fit the document: ${ajv.errorsText(validate.errors, { separator: '; ' })}\n${JSON.stringify(response.body).slice(0, 500)}`,
      );
    }
  };
}
