/** The HTTP status of a Table Storage failure (RestError), if it has one. */
export const tableStatus = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number'
    ? error.statusCode
    : undefined;

/** Runs `work`, answering `fallback` for the statuses given (e.g. 404 = nothing there); anything else propagates. */
export async function unless<T>(statuses: number[], fallback: T, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const status = tableStatus(error);
    if (status !== undefined && statuses.includes(status)) return fallback;
    throw error;
  }
}
