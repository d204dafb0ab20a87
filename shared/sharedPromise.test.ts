import { sharedPromise } from './sharedPromise';

describe('sharedPromise', () => {
  const counting = (outcomes: Array<'ok' | 'fail'>) => {
    let calls = 0;
    const work = async () => {
      const outcome = outcomes[calls++] ?? 'ok';
      if (outcome === 'fail') throw new Error(`failed ${calls}`);
      return calls;
    };
    return { work, calls: () => calls };
  };

  test('concurrent callers share one pending call', async () => {
    const { work, calls } = counting([]);
    const shared = sharedPromise(work, 'settled');
    expect(await Promise.all([shared(), shared(), shared()])).toEqual([1, 1, 1]);
    expect(calls()).toBe(1);
  });

  test("'settled': a call after the first settled runs the work again", async () => {
    const { work } = counting([]);
    const shared = sharedPromise(work, 'settled');
    await shared();
    expect(await shared()).toBe(2);
  });

  test("'failed': a result is kept for good, a failure is forgotten and tried again", async () => {
    const { work, calls } = counting(['fail']);
    const shared = sharedPromise(work, 'failed');
    await expect(shared()).rejects.toThrow('failed 1');
    expect(await shared()).toBe(2);
    expect(await shared()).toBe(2);
    expect(calls()).toBe(2);
  });
});
