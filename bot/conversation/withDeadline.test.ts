import { withDeadline } from './withDeadline';

describe('withDeadline', () => {
  test('work done before the deadline is returned', async () => {
    await expect(withDeadline(60_000, async () => 42)).resolves.toEqual({ done: true, value: 42 });
  });

  test('a failure before the deadline is rethrown', async () => {
    await expect(withDeadline(60_000, async () => Promise.reject(new Error('upstream down')))).rejects.toThrow('upstream down');
  });

  test('past the deadline the work is aborted and reported as not done', async () => {
    let signal: AbortSignal | undefined;
    const never = (s: AbortSignal) => {
      signal = s;
      return new Promise<never>((_, reject) => s.addEventListener('abort', () => reject(s.reason as Error)));
    };
    await expect(withDeadline(1, never)).resolves.toEqual({ done: false });
    expect(signal?.aborted).toBe(true);
  });
});
