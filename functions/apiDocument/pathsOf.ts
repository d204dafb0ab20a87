/** The `paths` object both OpenAPI versions write: every operation under its path and method, rendered by `render`. */
export function pathsOf<Operation extends { path: string; method: string }>(
  operations: readonly Operation[],
  render: (operation: Operation) => unknown,
): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) (paths[operation.path] ??= {})[operation.method] = render(operation);
  return paths;
}
