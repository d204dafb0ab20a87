/** JSON.parse that answers undefined for unreadable text: callers validate with zod next, so both failures look alike. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
