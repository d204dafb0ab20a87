/** What a log line says of a failure: its first line only (stacks and multi-line details stay out of logs). */
export const errorLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
